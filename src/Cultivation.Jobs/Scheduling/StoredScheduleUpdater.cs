using Cultivation.FollowUps;
using Cultivation.Notifications;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Cultivation.Scheduling;

/// <summary>
/// The clustered store keeps its triggers when a node starts (so their missed fire times are remembered);
/// a schedule changed in configuration replaces the stored trigger here, once the scheduler is up.
/// </summary>
public sealed class StoredScheduleUpdater(
    ISchedulerFactory schedulers,
    IOptions<JobsOptions> options,
    TimeProvider clock,
    ILogger<StoredScheduleUpdater> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsClustered)
        {
            return;
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var settings = options.Value;
        foreach (var (job, cron) in new[] { (FollowUpReminderJob.Name, settings.DailyCron), (WeeklyDigestJob.Name, settings.DigestCron) })
        {
            var key = new TriggerKey(JobSchedule.TriggerName(job));
            if (await scheduler.GetTrigger(key, cancellationToken) is ICronTrigger stored && stored.CronExpressionString != cron)
            {
                logger.LogInformation("The schedule of {Job} changed from {Old} to {New}.", job, stored.CronExpressionString, cron);
                var trigger = TriggerBuilder.Create(clock);
                JobSchedule.Cron(trigger, job, cron);
                await scheduler.RescheduleJob(key, trigger.Build(), cancellationToken);
            }
        }
        var outboxKey = new TriggerKey(JobSchedule.TriggerName(OutboxDeliveryJob.Name));
        if (await scheduler.GetTrigger(outboxKey, cancellationToken) is ISimpleTrigger outbox && outbox.RepeatInterval != settings.OutboxInterval)
        {
            var trigger = TriggerBuilder.Create(clock);
            JobSchedule.Repeating(trigger, OutboxDeliveryJob.Name, settings.OutboxInterval);
            await scheduler.RescheduleJob(outboxKey, trigger.Build(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
