using Cultivation.Contests;
using Cultivation.Data;
using Cultivation.Repositories;

namespace Cultivation.FollowUps;

/// <summary>Every edition gets the default follow-up policy unless it has one.</summary>
public sealed class FollowUpPolicyDataSeedContributor(
    IContestEditionRepository editions,
    IFollowUpPolicyRepository policies,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 35;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        var editionIds = await executer.ToListAsync((await editions.GetQueryableAsync()).Select(e => e.Id), cancellationToken);
        var covered = (await policies.GetForEditionsAsync(editionIds, cancellationToken)).Select(p => p.EditionId).ToHashSet();
        var missing = editionIds.Where(id => !covered.Contains(id)).Select(id => new FollowUpPolicy(Guid.CreateVersion7(), id)).ToList();
        if (missing.Count > 0)
        {
            await policies.InsertManyAsync(missing, cancellationToken: cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }
}

/// <summary>
/// The statutory holiday arrangements that could be verified against the State Council's notices (as
/// published by 新华社): 2024, 2025 and 2026. Years already present are left as administrators keep them.
/// </summary>
public sealed class HolidayCalendarDataSeedContributor(IHolidayCalendarRepository calendars, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 15;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        var added = false;
        foreach (var (year, source, days) in StatutoryHolidays.Years)
        {
            if (await calendars.FindByYearAsync(year, cancellationToken) is null)
            {
                await calendars.InsertAsync(new HolidayCalendar(StatutoryHolidays.IdOf(year), year, source, days), cancellationToken: cancellationToken);
                added = true;
            }
        }
        if (added)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }
}
