using Cultivation.Contests;
using Cultivation.Repositories;

namespace Cultivation.Enterprises;

public interface IEnterpriseRepository : IRepository<Enterprise, Guid>
{
    /// <summary>Looks across all districts and includes deleted enterprises: a credit code is never reused.</summary>
    Task<Enterprise?> FindByCreditCodeAsync(string creditCode, CancellationToken cancellationToken = default);

    /// <summary>Whether any enterprise, in any district, has an award in the edition (optionally of a track and level).</summary>
    Task<bool> AnyAwardAsync(Guid editionId, ContestTrack? track, PrizeLevel? level, CancellationToken cancellationToken = default);

    Task<bool> AnyUsingIndustryFieldAsync(Guid industryFieldId, CancellationToken cancellationToken = default);
}
