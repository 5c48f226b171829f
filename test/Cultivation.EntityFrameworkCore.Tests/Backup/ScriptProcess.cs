using System.Diagnostics;

namespace Cultivation.EntityFrameworkCore.Tests.Backup;

/// <summary>One of the repository's shell scripts run as its own process, bounded in time and killed by its id on timeout.</summary>
public static class ScriptProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string LastLine => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

        public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}{Environment.NewLine}{Error}";
    }

    public static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Cultivation.sln")))
        {
            root = root.Parent;
        }
        return root?.FullName ?? throw new InvalidOperationException("Cultivation.sln not found above the test output.");
    }

    public static async Task<Result> RunAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash", [Path.Combine(root, script), .. arguments])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true
        };
        // Only what the test passes: not the runner's own database settings.
        start.Environment.Remove("ConnectionStrings__Default");
        start.Environment.Remove("Database__Provider");
        start.Environment.Remove("CULTIVATION_DB_PASSWORD");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{script} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{script} did not finish within {timeout.TotalSeconds:F0} s (process {process.Id} killed):{Environment.NewLine}{await error}");
        }
        return new Result(process.ExitCode, await output, await error);
    }
}
