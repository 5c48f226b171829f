using Cultivation.FollowUps;
using Cultivation.Jobs;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Cultivation.Scheduling;

/// <summary>
/// The in-memory store forgets fire times while the host is down, so at start the daily job is run once if
/// its last scheduled time passed without a run (not once per missed day, and not never). The clustered
/// store remembers and handles its misfires itself.
/// </summary>
public sealed class RamStoreCatchUp(
    IServiceScopeFactory scopes,
    ISchedulerFactory schedulers,
    IOptions<JobsOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<RamStoreCatchUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsClustered)
        {
            lifetime.ApplicationStarted.Register(() => _ = CatchUpAsync());
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CatchUpAsync()
    {
        try
        {
            var now = clock.GetUtcNow();
            var lastFire = new CronExpression(options.Value.DailyCron).WithTimeZone(ShanghaiTime.Zone).GetPreviousValidTimeBefore(now);
            if (lastFire is null)
            {
                return;
            }
            await using var scope = scopes.CreateAsyncScope();
            var runs = scope.ServiceProvider.GetRequiredService<IRepository<JobRun, Guid>>();
            var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryableExecuter>();
            var since = lastFire.Value.UtcDateTime;
            var ran = await executer.AnyAsync((await runs.GetQueryableAsync()).Where(r => r.JobName == FollowUpReminderJob.Name && r.StartTime >= since));
            if (!ran)
            {
                logger.LogInformation("The daily follow-up run of {Fire:u} was missed while the host was down; running it now.", lastFire);
                await (await schedulers.GetScheduler()).TriggerJob(new JobKey(FollowUpReminderJob.Name));
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "Checking for a missed daily run failed.");
        }
    }
}
