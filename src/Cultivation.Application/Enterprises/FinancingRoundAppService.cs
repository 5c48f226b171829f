using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Enterprises;

/// <summary>An enterprise's equity financing rounds; officers of its district keep them (the figures permission).</summary>
[Authorize(CultivationPermissions.Enterprises.Default)]
public sealed class FinancingRoundAppService(IEnterpriseRepository enterprises, IUnitOfWork unitOfWork, TimeProvider clock) : IFinancingRoundAppService
{
    public async Task<ListResultDto<FinancingRoundDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        return new ListResultDto<FinancingRoundDto>(enterprise.FinancingRounds.OrderByDescending(r => r.Date).Select(ToDto).ToList());
    }

    [Authorize(CultivationPermissions.Enterprises.Figures)]
    public async Task<FinancingRoundDto> CreateAsync(Guid enterpriseId, CreateUpdateFinancingRoundDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        var round = enterprise.AddFinancingRound(ToValues(input), ShanghaiTime.Today(clock));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(round);
    }

    [Authorize(CultivationPermissions.Enterprises.Figures)]
    public async Task<FinancingRoundDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateFinancingRoundDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        var round = enterprise.UpdateFinancingRound(id, ToValues(input), ShanghaiTime.Today(clock));
        round.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(round);
    }

    [Authorize(CultivationPermissions.Enterprises.Figures)]
    public async Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        enterprise.RemoveFinancingRound(id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static FinancingRoundValues ToValues(CreateUpdateFinancingRoundDto input) =>
        new(input.Date!.Value, input.Amount!.Value, input.QualifiedInvestor, input.PostMoneyValuation, input.RoundName, input.InvestorName);

    private static FinancingRoundDto ToDto(FinancingRound r) => new()
    {
        Id = r.Id, EnterpriseId = r.EnterpriseId, Date = r.Date, RoundName = r.RoundName, Amount = r.Amount, InvestorName = r.InvestorName,
        QualifiedInvestor = r.QualifiedInvestor, PostMoneyValuation = r.PostMoneyValuation, ConcurrencyStamp = r.ConcurrencyStamp
    };
}
