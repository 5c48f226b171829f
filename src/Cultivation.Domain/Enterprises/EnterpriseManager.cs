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
