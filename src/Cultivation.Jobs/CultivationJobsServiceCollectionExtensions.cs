using Cultivation.FollowUps;
using Cultivation.Imports;
using Cultivation.Jobs;
using Cultivation.Notifications;
using Cultivation.Policies;
using Cultivation.Profiles;
using Cultivation.Scheduling;
using Cultivation.Timing;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace Microsoft.Extensions.DependencyInjection;

public static class CultivationJobsServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with the jobs and their schedules (Asia/Shanghai), the in-memory store by default or the
    /// clustered MySQL store in production (<c>Jobs:Store = Clustered</c>), run records and outbox senders. Imports
    /// run as Quartz jobs too: the one mechanism for background work.
    /// </summary>
    public static IServiceCollection AddCultivationJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(JobsOptions.SectionName);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(section);
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.SectionName));
        services.Configure<FollowUpOptions>(configuration.GetSection(FollowUpOptions.SectionName));
        services.AddScoped<IOutboxSender, SmtpOutboxSender>();
        services.AddHttpClient<IOutboxSender, WeComOutboxSender>(http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<IJobScheduler, QuartzJobScheduler>();
        services.AddSingleton<IImportJobQueue, QuartzImportJobQueue>();
        services.AddSingleton<IProfileIndexTrigger, QuartzProfileIndexTrigger>();
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
        // A node keeps the triggers stored in the clustered store, with their fire times: one missed while every
        // node was down is then a misfire, handled by firing once. StoredScheduleUpdater applies changed schedules.
        services.Configure<QuartzOptions>(o => o.Scheduling.IgnoreDuplicates = true);
        services.AddSingleton<SchedulerStartTime>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = options.InstanceName;
                if (string.IsNullOrWhiteSpace(options.InstanceId))
                {
                    scheduler.GenerateInstanceId = true;
                }
                else
                {
                    scheduler.InstanceId = options.InstanceId;
                }
                scheduler.DefaultTimeZone = ShanghaiTime.Zone;
            });
            q.UseDefaultThreadPool(4);
            if (options.IsClustered)
            {
                var connectionString = configuration.GetConnectionString("Default")
                                       ?? throw new InvalidOperationException("Jobs:Store = Clustered needs ConnectionStrings:Default.");
                q.UsePersistentStore(store =>
                {
                    store.UseMySqlConnector(connectionString);
                    store.ConfigureStore(ado =>
                    {
                        ado.TablePrefix = QuartzSchema.TablePrefix;
                        ado.MisfireThreshold = TimeSpan.FromMilliseconds(options.MisfireThresholdMilliseconds);
                        // The DbMigrator creates the tables; a node only checks they are there.
                        ado.SchemaProvisioning = SchemaProvisioning.Validate;
                    });
                    store.UseClustering(cluster =>
                    {
                        cluster.Enabled = true;
                        cluster.CheckinInterval = TimeSpan.FromMilliseconds(options.ClusterCheckinMilliseconds);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromMilliseconds(options.ClusterCheckinMilliseconds * 2);
                    });
                    store.UseSystemTextJsonSerializer(_ => { });
                });
            }
            else
            {
                q.UseInMemoryStore(_ => { });
            }

            AddJob<FollowUpReminderJob>(q, FollowUpReminderJob.Name);
            AddJob<WeeklyDigestJob>(q, WeeklyDigestJob.Name);
            AddJob<OutboxDeliveryJob>(q, OutboxDeliveryJob.Name);
            AddJob<ImportJob>(q, ImportJob.Name);
            AddJob<ProfileIndexJob>(q, ProfileIndexJob.Name);
            AddJob<ProfileIndexRebuildJob>(q, ProfileIndexRebuildJob.Name);
            AddJob<SavedSearchAlertJob>(q, SavedSearchAlertJob.Name);
            AddJob<PolicyTitleJob>(q, PolicyTitleJob.Name);
            if (options.Recurring)
            {
                q.AddTrigger<FollowUpReminderJob>(trigger => JobSchedule.Cron(trigger, FollowUpReminderJob.Name, options.DailyCron));
                q.AddTrigger<WeeklyDigestJob>(trigger => JobSchedule.Cron(trigger, WeeklyDigestJob.Name, options.DigestCron));
                q.AddTrigger<OutboxDeliveryJob>(trigger => JobSchedule.Repeating(trigger, OutboxDeliveryJob.Name, options.OutboxInterval));
                q.AddTrigger<ProfileIndexJob>(trigger => JobSchedule.Repeating(trigger, ProfileIndexJob.Name, options.SearchIndexInterval));
                q.AddTrigger<SavedSearchAlertJob>(trigger => JobSchedule.Cron(trigger, SavedSearchAlertJob.Name, options.SavedSearchAlertCron));
                q.AddTrigger<PolicyTitleJob>(trigger => JobSchedule.Cron(trigger, PolicyTitleJob.Name, options.PolicyTitleCron));
            }
            q.AddJobListener<JobRunListener>([]);
        });
        if (options.Enabled)
        {
            // Jobs:Enabled = false keeps the scheduler (and its admin view) but never starts it: for tests and tools.
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
            services.AddHostedService<ImportRecoveryOnStart>();
            services.AddHostedService<SearchIndexOnStart>();
            if (options.Recurring)
            {
                services.AddHostedService<RamStoreCatchUp>();
                services.AddHostedService<StoredScheduleUpdater>();
            }
        }
        return services;
    }

    /// <summary>A durable job (kept without a trigger), recovered on another node when its node dies, one run at a time.</summary>
    private static void AddJob<TJob>(IQuartzBuilder q, string name)
        where TJob : class, IJob =>
        q.AddJob<TJob>(job => job.WithIdentity(name).StoreDurably(true).RequestRecovery(true).DisallowConcurrentExecution(true));
}
