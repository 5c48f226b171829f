using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Cultivation.Jobs.Tests;

/// <summary>
/// The application's container with the jobs module on top: Quartz with the in-memory store (started by the
/// tests that need it), e-mail to an SMTP server on 127.0.0.1 and a 企业微信 robot address on 127.0.0.1.
/// </summary>
public abstract class JobsTestFixture : CultivationTestFixture
{
    public int SmtpPort { get; } = FreePort();

    public int WeComPort { get; } = FreePort();

    public string WeComWebhook => $"http://127.0.0.1:{WeComPort}/cgi-bin/webhook/send?key=test";

    protected override void ConfigureServices(IServiceCollection services)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "false",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:From"] = "cultivation@test.example",
            ["Notifications:PublicBaseUrl"] = "https://cultivation.test.example",
            ["Notifications:WeComWebhooks:310115"] = WeComWebhook
        }).Build();
        services.AddCultivationJobs(configuration);
        services.AddQuartz(q => q.AddJob<Scheduling.FailingJob>(j => j.WithIdentity(Scheduling.FailingJob.Name).StoreDurably(true)));
    }

    /// <summary>The scheduler, started: with the in-memory store and the real clock, as the embedded profile runs it.</summary>
    public async Task<IScheduler> StartedSchedulerAsync()
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start(); // starting a started scheduler changes nothing
        return scheduler;
    }

    public override async Task DisposeAsync()
    {
        foreach (var scheduler in await Services.GetRequiredService<ISchedulerFactory>().GetAllSchedulers())
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
        await base.DisposeAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class SqliteJobsFixture : JobsTestFixture
{
    protected override string ProviderName => "Sqlite";
}

public sealed class MariaDbJobsFixture : JobsTestFixture
{
    protected override string ProviderName => "MySql";
}
