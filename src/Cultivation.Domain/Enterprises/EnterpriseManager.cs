using Cultivation.Contests;
using Cultivation.Districts;
using Cultivation.Exceptions;
using Cultivation.IndustryFields;
using Cultivation.Users;

namespace Cultivation.Enterprises;

/// <summary>
/// Enterprise rules that need the database: a credit code belongs to one enterprise only (deleted ones
/// included), and districts and industry fields must exist.
/// </summary>
public sealed class EnterpriseManager(
    IEnterpriseRepository enterprises,
    IDistrictRepository districts,
    IIndustryFieldRepository industryFields,
    ICurrentUser currentUser)
{
    public async Task<Enterprise> CreateAsync(
        EnterpriseKind kind, string name, string? creditCode, Guid districtId, CancellationToken cancellationToken = default)
    {
        var code = ParseOptional(creditCode);
        if (code is { } c)
        {
            await EnsureCreditCodeIsFreeAsync(c, null, cancellationToken);
        }
        await EnsureDistrictExistsAsync(districtId, cancellationToken);
        return new Enterprise(Guid.CreateVersion7(), kind, name, code, districtId);
    }

    public async Task ChangeCreditCodeAsync(Enterprise enterprise, string? creditCode, CancellationToken cancellationToken = default)
    {
        var code = ParseOptional(creditCode);
        if (code?.Value == enterprise.CreditCode)
        {
            return;
        }
        if (code is { } c)
        {
            await EnsureCreditCodeIsFreeAsync(c, enterprise.Id, cancellationToken);
        }
        enterprise.SetCreditCode(code);
    }

    public async Task IncorporateAsync(
        Enterprise enterprise, string creditCode, DateOnly incorporatedOn, DateOnly today, CancellationToken cancellationToken = default)
    {
        var code = CreditCode.Parse(creditCode);
        await EnsureCreditCodeIsFreeAsync(code, enterprise.Id, cancellationToken);
        enterprise.Incorporate(code, incorporatedOn, today);
    }

    public async Task MoveToDistrictAsync(Enterprise enterprise, Guid districtId, CancellationToken cancellationToken = default)
    {
        if (enterprise.DistrictId == districtId)
        {
            return;
        }
        await EnsureDistrictExistsAsync(districtId, cancellationToken);
        enterprise.MoveToDistrict(districtId);
    }

    /// <summary>Records an award within the edition's prize quota (<see cref="ContestEdition.EnsureWithinQuota"/>).</summary>
    public async Task<AwardRecord> RecordAwardAsync(Enterprise enterprise, ContestEdition edition, AwardDetails details,
        CancellationToken cancellationToken = default)
    {
        var award = enterprise.RecordAward(edition, details);
        await EnsureWithinQuotaAsync(edition, null, award, cancellationToken);
        return award;
    }

    /// <summary>Changes an award; a prize it did not have before must fit the edition's quota.</summary>
    public async Task<AwardRecord> UpdateAwardAsync(Enterprise enterprise, Guid awardId, ContestEdition edition, AwardDetails details,
        CancellationToken cancellationToken = default)
    {
        var before = enterprise.Awards.FirstOrDefault(a => a.Id == awardId) is { } old ? PrizeOf(old) : null;
        var award = enterprise.UpdateAward(awardId, edition, details);
        await EnsureWithinQuotaAsync(edition, before, award, cancellationToken);
        return award;
    }

    /// <summary>Counted over every district as stored, plus this award (which the store does not hold with this prize yet).</summary>
    private async Task EnsureWithinQuotaAsync(ContestEdition edition, (Guid, ContestTrack, PrizeLevel)? before, AwardRecord award,
        CancellationToken cancellationToken)
    {
        if (PrizeOf(award) is not { } prize || prize == before)
        {
            return;
        }
        var counts = await enterprises.CountPrizesAsync([edition.Id], cancellationToken);
        edition.EnsureWithinQuota(prize.Track, prize.Level, counts.GetValueOrDefault(prize) + 1);
    }

    private static (Guid EditionId, ContestTrack Track, PrizeLevel Level)? PrizeOf(AwardRecord award) =>
        award.PrizeLevel is { } level ? (award.EditionId, award.Track, level) : null;

    public async Task EnsureIndustryFieldExistsAsync(Guid? industryFieldId, string field, CancellationToken cancellationToken = default)
    {
        if (industryFieldId is { } id && await industryFields.FindAsync(id, includeDetails: false, cancellationToken) is null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.IndustryFieldNotFound, field);
        }
    }

    /// <summary>A district officer creates and moves enterprises only within their own district.</summary>
    private async Task EnsureDistrictExistsAsync(Guid districtId, CancellationToken cancellationToken)
    {
        if (currentUser.DistrictId is { } scope && scope != districtId)
        {
            throw new BusinessException(CultivationDomainErrorCodes.DistrictOutOfScope, "districtId");
        }
        if (await districts.FindAsync(districtId, includeDetails: false, cancellationToken) is null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.DistrictNotFound, "districtId");
        }
    }

    private async Task EnsureCreditCodeIsFreeAsync(CreditCode code, Guid? exceptId, CancellationToken cancellationToken)
    {
        var holder = await enterprises.FindByCreditCodeAsync(code.Value, cancellationToken);
        if (holder is not null && holder.Id != exceptId)
        {
            throw new BusinessException(CultivationDomainErrorCodes.CreditCodeAlreadyRegistered, "creditCode", code.Value);
        }
    }

    private static CreditCode? ParseOptional(string? creditCode) =>
        string.IsNullOrWhiteSpace(creditCode) ? null : CreditCode.Parse(creditCode);
}
