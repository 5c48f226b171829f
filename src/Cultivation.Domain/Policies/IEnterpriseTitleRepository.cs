using Cultivation.FollowUps;
using Cultivation.Repositories;

namespace Cultivation.Policies;

/// <summary>Titles, with the daily job's set-based statements (none reads a title into memory to decide).</summary>
public interface IEnterpriseTitleRepository : IRepository<EnterpriseTitle, Guid>
{
    /// <summary>The enterprise's latest title of the programme that is not revoked (active or lapsed), to renew.</summary>
    Task<EnterpriseTitle?> FindRenewableAsync(Guid enterpriseId, Guid programmeId, CancellationToken cancellationToken = default);

    Task<bool> HasActiveAsync(Guid enterpriseId, Guid programmeId, CancellationToken cancellationToken = default);

    Task<List<EnterpriseTitle>> GetOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    /// <summary>Marks every active title whose validity ended before <paramref name="today"/> lapsed; returns their enterprises.</summary>
    Task<List<Guid>> LapseExpiredAsync(DateOnly today, CancellationToken cancellationToken = default);

    /// <summary>Moves the passed update deadline of the programme's active titles to <paramref name="next"/> (or none past a title's validity).</summary>
    Task<int> AdvanceUpdateDutyAsync(Guid programmeId, DateOnly today, DateOnly? next, CancellationToken cancellationToken = default);

    /// <summary>Adds the day's title reminders (update duty, 复核, expiry) in one statement; an existing reminder key is skipped.</summary>
    Task<int> AddRemindersAsync(DateOnly today, Guid runId, DateTime now, CancellationToken cancellationToken = default);

    Task<List<TitleReminderToNotify>> GetCreatedRemindersAsync(Guid runId, CancellationToken cancellationToken = default);
}

public sealed record TitleReminderToNotify(ReminderKind Kind, Guid TitleId, DateOnly DueDate, Guid EnterpriseId, string EnterpriseName,
    Guid DistrictId, string ProgrammeName);
