using Cultivation.Contests;
using Cultivation.Repositories;

namespace Cultivation.Enterprises;

public interface IEnterpriseRepository : IRepository<Enterprise, Guid>
{
    /// <summary>Looks across all districts and includes deleted enterprises: a credit code is never reused.</summary>
    Task<Enterprise?> FindByCreditCodeAsync(string creditCode, CancellationToken cancellationToken = default);

    /// <summary>Whether any enterprise, in any district, has an award in the edition (optionally of a track and level).</summary>
    Task<bool> AnyAwardAsync(Guid editionId, ContestTrack? track, PrizeLevel? level, CancellationToken cancellationToken = default);

    /// <summary>How many awards of each track and prize level the editions have, over every district (deleted enterprises not counted).</summary>
    Task<Dictionary<(Guid EditionId, ContestTrack Track, PrizeLevel Level), int>> CountPrizesAsync(IReadOnlyCollection<Guid> editionIds,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Each of <paramref name="enterprises"/> (order kept) with its latest award by edition year, or null: one index
    /// dive per enterprise for the award's id, then a primary-key join.
    /// </summary>
    IQueryable<EnterpriseWithLatestAward> WithLatestAward(IQueryable<Enterprise> enterprises);

    Task<bool> AnyUsingIndustryFieldAsync(Guid industryFieldId, CancellationToken cancellationToken = default);
}
