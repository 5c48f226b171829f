namespace Cultivation.HttpApi.Tests;

/// <summary>Files of the repository the tests read (the Angular client's sources), found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cultivation.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Cultivation.sln not found above " + AppContext.BaseDirectory);
    }
}
