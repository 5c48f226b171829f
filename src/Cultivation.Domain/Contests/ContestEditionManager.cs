using Cultivation.Enterprises;
using Cultivation.Exceptions;

namespace Cultivation.Contests;

/// <summary>Edition rules that need the database: one edition per year, no deletion or track removal under recorded awards.</summary>
public sealed class ContestEditionManager(IContestEditionRepository editions, IEnterpriseRepository enterprises)
{
    public async Task<ContestEdition> CreateAsync(int year, string name, CancellationToken cancellationToken = default)
    {
        await EnsureYearIsFreeAsync(year, null, cancellationToken);
        return new ContestEdition(Guid.CreateVersion7(), year, name);
    }

    public async Task ChangeYearAsync(ContestEdition edition, int year, CancellationToken cancellationToken = default)
    {
        if (edition.Year == year)
        {
            return;
        }
        await EnsureYearIsFreeAsync(year, edition.Id, cancellationToken);
        edition.SetYear(year);
    }

    /// <summary>Replaces the quotas, refusing to drop a track or prize level that recorded awards still use.</summary>
    public async Task SetPrizeQuotasAsync(ContestEdition edition, IReadOnlyCollection<PrizeQuota> quotas, CancellationToken cancellationToken = default)
    {
        var removed = edition.PrizeQuotas
            .Where(old => !quotas.Any(q => q.Track == old.Track && q.Level == old.Level))
            .ToList();
        foreach (var quota in removed)
        {
            if (await enterprises.AnyAwardAsync(edition.Id, quota.Track, quota.Level, cancellationToken))
            {
                throw new BusinessException(CultivationDomainErrorCodes.TrackStillHasAwards, "tracks", quota.Track, quota.Level);
            }
        }
        edition.SetPrizeQuotas(quotas);
    }

    public async Task EnsureCanDeleteAsync(ContestEdition edition, CancellationToken cancellationToken = default)
    {
        if (await enterprises.AnyAwardAsync(edition.Id, null, null, cancellationToken))
        {
            throw new BusinessException(CultivationDomainErrorCodes.EditionHasAwards, null, edition.Year);
        }
    }

    private async Task EnsureYearIsFreeAsync(int year, Guid? exceptId, CancellationToken cancellationToken)
    {
        var existing = await editions.FindByYearAsync(year, cancellationToken);
        if (existing is not null && existing.Id != exceptId)
        {
            throw new BusinessException(CultivationDomainErrorCodes.EditionYearAlreadyExists, "year", year);
        }
    }
}
