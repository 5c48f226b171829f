using Cultivation.Identity;
using Cultivation.Jobs;
using Cultivation.Notifications;
using Cultivation.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Cultivation.Scheduling;

/// <summary>
/// Records every job run (start, end, outcome, what it did) and tells the administrators in their inbox
/// when one fails.
/// </summary>
public sealed class JobRunListener(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunListener> logger) : IJobListener
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Guid> _runs = new();

    public string Name => "cultivation-job-runs";

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runs = scope.ServiceProvider.GetRequiredService<IRepository<JobRun, Guid>>();
        var now = clock.GetUtcNow().UtcDateTime;
        var node = context.Scheduler.SchedulerInstanceId;
        if (context.Recovering)
        {
            // The jobs never run concurrently, so a run of this job still "running" belongs to the node that died.
            var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryableExecuter>();
            var jobName = context.JobDetail.Key.Name;
            foreach (var orphan in await executer.ToListAsync((await runs.GetQueryableAsync())
                         .Where(r => r.JobName == jobName && r.Outcome == JobRunOutcome.Running), cancellationToken))
            {
                orphan.MarkInterrupted(node, now);
            }
        }
        var run = new JobRun(Guid.CreateVersion7(), context.JobDetail.Key.Name, node, now);
        await runs.InsertAsync(run, autoSave: true, cancellationToken);
        _runs[context.FireInstanceId] = run.Id;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (!_runs.TryRemove(context.FireInstanceId, out var runId))
        {
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var runs = sp.GetRequiredService<IRepository<JobRun, Guid>>();
            var run = await runs.GetAsync(runId, cancellationToken: cancellationToken);
            var outcome = context.Result as JobOutcome;
            var failure = jobException?.InnerException ?? jobException;
            run.Finish(failure is not null ? JobRunOutcome.Failed : outcome?.NothingToDo == true ? JobRunOutcome.Skipped : JobRunOutcome.Succeeded,
                outcome?.Summary, failure?.Message, clock.GetUtcNow().UtcDateTime);
            if (failure is not null)
            {
                logger.LogError(failure, "Job {Job} failed", run.JobName);
                await AlertAdministratorsAsync(sp, run, cancellationToken);
            }
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Recording the run of {Job} failed", context.JobDetail.Key.Name);
        }
    }

    private static async Task AlertAdministratorsAsync(IServiceProvider sp, JobRun run, CancellationToken cancellationToken)
    {
        var admins = await sp.GetRequiredService<INotificationRecipients>().GetActiveUsersInRoleAsync(CultivationRoles.MunicipalAdmin, cancellationToken);
        var message = new NotificationMessage(
            NotificationTexts.Format("Job:Failed:Title", run.JobName),
            NotificationTexts.Format("Job:Failed:Body", run.JobName, run.Node, run.Error ?? string.Empty),
            "/admin/jobs",
            $"job-failed:{run.Id:N}");
        await sp.GetRequiredService<NotificationWriter>().WriteAsync(message, admins, null, cancellationToken);
    }
}
