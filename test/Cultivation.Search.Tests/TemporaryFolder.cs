namespace Cultivation.Search.Tests;

/// <summary>A folder of its own under the temp directory, deleted with what is in it when disposed.</summary>
public sealed class TemporaryFolder(string purpose) : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cultivation-" + purpose, Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
