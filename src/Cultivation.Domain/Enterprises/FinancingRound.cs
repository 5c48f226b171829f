using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Policies;

namespace Cultivation.Enterprises;

/// <summary>
/// An equity financing round (股权融资) the enterprise closed: when the money was paid in, how much, from whom (a
/// qualified institutional investor or not) and the post-money valuation when known. The policy rules read them
/// (2 years' equity raised, cumulative qualified financing, the latest valuation); officers record them, matchmaking
/// outcomes will too.
/// </summary>
public class FinancingRound : AuditedEntity<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    /// <summary>When the money was paid in (实缴).</summary>
    public DateOnly Date { get; private set; }
    /// <summary>天使轮, A轮, Pre-B, 战略融资, …</summary>
    public string? RoundName { get; private set; }
    /// <summary>Paid-in amount, yuan.</summary>
    public decimal Amount { get; private set; }
    public string? InvestorName { get; private set; }
    /// <summary>From a qualified institutional investor (合格机构投资者).</summary>
    public bool QualifiedInvestor { get; private set; }
    /// <summary>Post-money valuation (投后估值), yuan.</summary>
    public decimal? PostMoneyValuation { get; private set; }

    private FinancingRound()
    {
    }

    internal FinancingRound(Guid id, Enterprise enterprise, FinancingRoundValues values, DateOnly today) : base(id)
    {
        EnterpriseId = enterprise.Id;
        DistrictId = enterprise.DistrictId;
        Update(values, today);
    }

    internal void Update(FinancingRoundValues values, DateOnly today)
    {
        if (values.Date > today)
        {
            throw new BusinessException(CultivationDomainErrorCodes.FinancingRoundInFuture, "date");
        }
        if (values.Date.Year < EnterpriseConsts.MinFoundedYear)
        {
            throw new BusinessException(CultivationDomainErrorCodes.FoundedOnOutOfRange, "date", $"{EnterpriseConsts.MinFoundedYear}-01-01");
        }
        if (values.Amount <= 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.AmountMustNotBeNegative, "amount");
        }
        if (values.PostMoneyValuation is { } valuation && valuation < values.Amount)
        {
            throw new BusinessException(CultivationDomainErrorCodes.FinancingValuationBelowAmount, "postMoneyValuation");
        }
        Date = values.Date;
        RoundName = Check.Length(Blank(values.RoundName), "roundName", FinancingRoundConsts.MaxRoundNameLength);
        Amount = values.Amount;
        InvestorName = Check.Length(Blank(values.InvestorName), "investorName", FinancingRoundConsts.MaxInvestorNameLength);
        QualifiedInvestor = values.QualifiedInvestor;
        PostMoneyValuation = values.PostMoneyValuation;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record FinancingRoundValues(DateOnly Date, decimal Amount, bool QualifiedInvestor, decimal? PostMoneyValuation = null,
    string? RoundName = null, string? InvestorName = null);
