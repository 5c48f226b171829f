using System.Diagnostics;
using System.Net.Sockets;
using MimeKit;

namespace Cultivation.Jobs.Tests.Notifications;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd (python3-aiosmtpd, installed by etc/test.sh) storing
/// what it receives in a maildir. Stopped by its process id.
/// </summary>
public sealed class SmtpServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _maildir;

    private SmtpServerProcess(Process process, string maildir)
    {
        _process = process;
        _maildir = maildir;
    }

    public static async Task<SmtpServerProcess> StartAsync(int port, string maildir)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var server = new SmtpServerProcess(process, maildir);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited ({process.ExitCode}); is python3-aiosmtpd installed? {await error}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        await server.DisposeAsync();
        throw new TimeoutException("aiosmtpd did not listen within 10 s.");
    }

    /// <summary>The messages the server has stored so far.</summary>
    public static List<MimeMessage> Received(string maildir) =>
        Directory.Exists(Path.Combine(maildir, "new"))
            ? Directory.GetFiles(Path.Combine(maildir, "new")).Select(f => MimeMessage.Load(f)).ToList()
            : [];

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
