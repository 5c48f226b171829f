using Cultivation.Timing;
using Quartz;

namespace Cultivation.Scheduling;

/// <summary>How the jobs' triggers are built, at registration and when a changed schedule replaces a stored one.</summary>
public static class JobSchedule
{
    /// <summary>The name of the trigger that carries a job's configured schedule.</summary>
    public static string TriggerName(string jobName) => jobName + "-trigger";

    /// <summary>
    /// A cron schedule in Shanghai time. A fire time missed while every node was down (misfire) fires once when a
    /// node is back — not once per missed day, and not never.
    /// </summary>
    public static ITriggerConfigurator<TJob> Cron<TJob>(ITriggerConfigurator<TJob> trigger, string jobName, string cron)
        where TJob : IJob =>
        trigger.ForJob(jobName).WithIdentity(TriggerName(jobName))
            .WithCronSchedule(cron, schedule => schedule.InTimeZone(ShanghaiTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));

    /// <summary>Every <paramref name="interval"/> from start; missed repetitions are skipped, not caught up.</summary>
    public static ITriggerConfigurator<TJob> Repeating<TJob>(ITriggerConfigurator<TJob> trigger, string jobName, TimeSpan interval)
        where TJob : IJob =>
        trigger.ForJob(jobName).WithIdentity(TriggerName(jobName)).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount));
}
