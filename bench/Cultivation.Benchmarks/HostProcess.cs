using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Cultivation.Benchmarks;

/// <summary>The real host, built in Release, started as its own process on 127.0.0.1 and stopped by its id.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;

    private HostProcess(Process process, string dataFolder, Uri address)
    {
        _process = process;
        _dataFolder = dataFolder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<HostProcess> StartAsync(string hostDll, string connectionString)
    {
        var port = FreePort();
        var dataFolder = Directory.CreateTempSubdirectory("cultivation-bench-host-").FullName;
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true
        };
        start.Environment["Database__Provider"] = "MySql";
        start.Environment["Database__ServerVersion"] = Program.ServerVersion;
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["Cultivation__DataFolder"] = dataFolder;
        start.Environment["Jwt__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        start.Environment["RateLimiting__SignInPerMinute"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("host: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, dataFolder, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}.");
            }
            await Task.Delay(500);
        }
        await host.DisposeAsync();
        throw new TimeoutException("The host was not ready within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
