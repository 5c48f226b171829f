using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;
using Cultivation.Policies;

namespace Cultivation.Enterprises;

public class FinancingRoundDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public DateOnly Date { get; set; }
    public string? RoundName { get; set; }
    public decimal Amount { get; set; }
    public string? InvestorName { get; set; }
    public bool QualifiedInvestor { get; set; }
    public decimal? PostMoneyValuation { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class CreateUpdateFinancingRoundDto
{
    /// <summary>When the money was paid in (实缴).</summary>
    [Required]
    public DateOnly? Date { get; set; }

    [StringLength(FinancingRoundConsts.MaxRoundNameLength)]
    public string? RoundName { get; set; }

    /// <summary>Paid-in amount, yuan.</summary>
    [Required]
    [Range(0.01, EnterpriseFiguresConsts.MaxAmount)]
    public decimal? Amount { get; set; }

    [StringLength(FinancingRoundConsts.MaxInvestorNameLength)]
    public string? InvestorName { get; set; }

    /// <summary>From a qualified institutional investor (合格机构投资者).</summary>
    public bool QualifiedInvestor { get; set; }

    /// <summary>Post-money valuation (投后估值), yuan.</summary>
    [Range(0.01, 1e16)]
    public decimal? PostMoneyValuation { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public interface IFinancingRoundAppService
{
    Task<ListResultDto<FinancingRoundDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    Task<FinancingRoundDto> CreateAsync(Guid enterpriseId, CreateUpdateFinancingRoundDto input, CancellationToken cancellationToken = default);

    Task<FinancingRoundDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateFinancingRoundDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken = default);
}
