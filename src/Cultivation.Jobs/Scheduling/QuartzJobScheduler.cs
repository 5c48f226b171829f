using Cultivation.FollowUps;
using Cultivation.Imports;
using Cultivation.Jobs;
using Cultivation.Notifications;
using Quartz;

namespace Cultivation.Scheduling;

/// <summary>The admin screen's view of the Quartz scheduler: jobs, schedules, next and previous fire times; trigger now.</summary>
public sealed class QuartzJobScheduler(ISchedulerFactory schedulers) : IJobScheduler
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [FollowUpReminderJob.Name] = "每个工作日 08:30：到期、逾期提醒与升级 / Working days 08:30: due, overdue and escalation reminders",
        [WeeklyDigestJob.Name] = "每周一 09:00：周报摘要 / Mondays 09:00: weekly digests",
        [OutboxDeliveryJob.Name] = "邮件与企业微信消息投递（失败重试）/ E-mail and WeCom delivery with retries",
        [Profiles.ProfileIndexJob.Name] = "项目档案变更写入搜索索引（失败退避重试）/ Profile changes into the search index, with back-off",
        [Profiles.ProfileIndexRebuildJob.Name] = "按需：从数据库全量重建搜索索引 / On demand: rebuild the search index from the database",
        [Profiles.SavedSearchAlertJob.Name] = "每天 08:00：保存的搜索有新的或更新的项目时提醒 / Daily 08:00: saved-search alerts",
        [Policies.PolicyTitleJob.Name] = "每天 08:15：称号到期失效、年度信息更新与复核、到期提醒 / Daily 08:15: title lapses, update-duty, 复核 and expiry reminders",
        [ImportJob.Name] = "批量导入的校验、提交与撤销（按需，依次执行）/ Import validation, commit and revert, on demand, one at a time"
    };

    public async Task<IReadOnlyList<ScheduledJobInfo>> GetJobsAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var result = new List<ScheduledJobInfo>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).OrderBy(k => k.Name))
        {
            // Its schedule, not a one-off "run now" trigger that may be waiting beside it.
            var triggers = await scheduler.GetTriggersOfJob(key, cancellationToken);
            var trigger = triggers.FirstOrDefault(t => t.Key.Name == JobSchedule.TriggerName(key.Name)) ?? triggers.FirstOrDefault();
            var schedule = trigger switch
            {
                ICronTrigger cron => $"{cron.CronExpressionString} ({cron.TimeZone.Id})",
                null or ISimpleTrigger { RepeatCount: 0 } => "按需 / on demand",
                ISimpleTrigger simple => $"every {simple.RepeatInterval.TotalSeconds:0} s",
                _ => string.Empty
            };
            result.Add(new ScheduledJobInfo(key.Name, Descriptions.GetValueOrDefault(key.Name, key.Name), schedule,
                trigger?.NextFireTimeUtc?.UtcDateTime, trigger?.PreviousFireTimeUtc?.UtcDateTime));
        }
        return result;
    }

    public async Task TriggerAsync(string jobName, CancellationToken cancellationToken = default) =>
        await (await schedulers.GetScheduler(cancellationToken)).TriggerJob(new JobKey(jobName), cancellationToken);
}
