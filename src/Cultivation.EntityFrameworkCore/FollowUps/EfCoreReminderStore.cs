using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.FollowUps;

/// <summary>
/// Set-based: one INSERT … SELECT adds every reminder of the day over all plans and requests, with the
/// provider's insert-or-ignore so an existing reminder key is skipped atomically — concurrent runs on two
/// nodes create each reminder once. No row is read into memory to decide. Values are parameters; the only
/// text put into the statements is the provider's keyword and enum constants.
/// </summary>
public sealed class EfCoreReminderStore(CultivationDbContext dbContext, ICultivationDbProvider provider) : IReminderStore
{
    private const int Active = (int)FollowUpStatus.Active;
    private const int Resolved = (int)RequestStatus.Resolved;
    private const int DueSoon = (int)ReminderKind.DueSoon;
    private const int DueToday = (int)ReminderKind.DueToday;
    private const int Overdue = (int)ReminderKind.Overdue;
    private const int Escalation = (int)ReminderKind.Escalation;
    private const int RequestOverdue = (int)ReminderKind.RequestOverdue;
    private const int ApplicationDueSoon = (int)ReminderKind.ApplicationDueSoon;
    private const int ApplicationOverdue = (int)ReminderKind.ApplicationOverdue;
    private const int ApplicationEscalation = (int)ReminderKind.ApplicationEscalation;
    private const int FirstOpenStage = (int)Policies.PolicyApplicationStage.Materials;
    private const int LastOpenStage = (int)Policies.PolicyApplicationStage.Publicity;

    public Task<int> EscalateAsync(ReminderSelection selection, CancellationToken cancellationToken = default) =>
        dbContext.Database.ExecuteSqlRawAsync(EscalateSql, [selection.Today, selection.EscalateDueBefore], cancellationToken);

    public Task<int> AddRemindersAsync(ReminderSelection selection, Guid runId, DateTime now, CancellationToken cancellationToken = default) =>
        dbContext.Database.ExecuteSqlRawAsync(AddRemindersSql,
            [runId, now, selection.Today, selection.DueSoonUntil, selection.EscalateDueBefore, selection.RequestsRaisedOnOrBefore,
                selection.ApplicationsEscalateDueBefore ?? selection.EscalateDueBefore], cancellationToken);

    /// <summary>A run's reminders across districts (deleted records included: the reminder was made while they existed).</summary>
    public async Task<List<ReminderToNotify>> GetCreatedAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        using var _ = dbContext.DisableFilter<ISoftDelete>();
        using var __ = dbContext.DisableFilter<IDistrictScoped>();
        return await (from r in dbContext.Reminders
                      where r.RunId == runId
                      join e in dbContext.Enterprises on r.EnterpriseId equals e.Id
                      select new ReminderToNotify(
                          r.Kind, r.SubjectId, r.DueDate, r.EnterpriseId, e.Name, r.DistrictId,
                          r.Kind == ReminderKind.RequestOverdue
                              ? dbContext.EnterpriseRequests.Where(q => q.Id == r.SubjectId).Select(q => q.OwnerId).FirstOrDefault()
                              : r.Kind >= ReminderKind.ApplicationDueSoon
                                  ? dbContext.PolicyApplications.Where(a => a.Id == r.SubjectId).Select(a => a.RecommendedById).FirstOrDefault()
                                  : dbContext.FollowUpPlans.Where(p => p.Id == r.SubjectId).Select(p => p.OfficerId).FirstOrDefault(),
                          r.Kind >= ReminderKind.ApplicationDueSoon && dbContext.PolicyApplications.Any(a => a.Id == r.SubjectId
                              && (a.Stage == Policies.PolicyApplicationStage.MunicipalReview || a.Stage == Policies.PolicyApplicationStage.Publicity))))
            .ToListAsync(cancellationToken);
    }

    // {0} run id, {1} now, {2} today, {3} due soon until, {4} escalate if due before, {5} requests raised on or before,
    // {6} applications escalate if due before.
    // Each plan due by {3} is joined to the kinds it calls for, so one pass over the (Status, NextDueDate) index does all.
    private string AddRemindersSql => $$"""
        {{provider.InsertIgnore}} INTO AppReminders (SubjectId, DueDate, Kind, DistrictId, EnterpriseId, RunId, CreationTime)
        SELECT p.Id, p.NextDueDate, k.Kind, p.DistrictId, p.EnterpriseId, {0}, {1}
        FROM AppFollowUpPlans p
        JOIN (SELECT {{DueSoon}} AS Kind UNION ALL SELECT {{DueToday}} UNION ALL SELECT {{Overdue}} UNION ALL SELECT {{Escalation}}) k
          ON (k.Kind = {{DueSoon}} AND p.NextDueDate > {2})
          OR (k.Kind = {{DueToday}} AND p.NextDueDate = {2})
          OR (k.Kind = {{Overdue}} AND p.NextDueDate < {2})
          OR (k.Kind = {{Escalation}} AND p.NextDueDate < {4})
        WHERE p.IsDeleted = 0 AND p.Status = {{Active}} AND p.EndsOn >= {2} AND p.NextDueDate <= {3}
        UNION ALL
        SELECT r.Id, r.RaisedOn, {{RequestOverdue}}, r.DistrictId, r.EnterpriseId, {0}, {1}
        FROM AppEnterpriseRequests r
        WHERE r.IsDeleted = 0 AND r.Status <> {{Resolved}} AND r.RaisedOn <= {5}
        UNION ALL
        SELECT a.Id, a.StageDueOn, k.Kind, a.DistrictId, a.EnterpriseId, {0}, {1}
        FROM AppPolicyApplications a
        JOIN (SELECT {{ApplicationDueSoon}} AS Kind UNION ALL SELECT {{ApplicationOverdue}} UNION ALL SELECT {{ApplicationEscalation}}) k
          ON (k.Kind = {{ApplicationDueSoon}} AND a.StageDueOn >= {2})
          OR (k.Kind = {{ApplicationOverdue}} AND a.StageDueOn < {2})
          OR (k.Kind = {{ApplicationEscalation}} AND a.StageDueOn < {6})
        WHERE a.IsDeleted = 0 AND a.Stage >= {{FirstOpenStage}} AND a.Stage <= {{LastOpenStage}} AND a.StageDueOn <= {3}
        """;

    // {0} today, {1} due before
    private static readonly string EscalateSql = $$"""
        UPDATE AppFollowUpPlans SET EscalationLevel = 1
        WHERE IsDeleted = 0 AND Status = {{Active}} AND EscalationLevel = 0 AND EndsOn >= {0} AND NextDueDate < {1}
        """;
}
