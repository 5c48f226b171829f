using Cultivation.Exceptions;

namespace Cultivation.Profiles;

/// <summary>
/// The written part of a profile. Team describes roles and backgrounds, never names or contacts: investors read it.
/// Amounts are yuan.
/// </summary>
public sealed record ProfileContent
{
    public required string Headline { get; init; }
    public string? HeadlineEn { get; init; }
    public required string Summary { get; init; }
    public string? SummaryEn { get; init; }
    public string? ProductAndTechnology { get; init; }
    public string? MarketAndCustomers { get; init; }
    public string? Team { get; init; }
    public FinancingStage? FinancingStage { get; init; }
    public decimal? FinancingAmountMin { get; init; }
    public decimal? FinancingAmountMax { get; init; }
    public string? UseOfFunds { get; init; }
    public IReadOnlyList<string> ChainTags { get; init; } = [];

    /// <summary>The band investors filter by: the most the enterprise seeks.</summary>
    public FinancingAmountBand? AmountBand => (FinancingAmountMax ?? FinancingAmountMin) switch
    {
        null => null,
        < 5_000_000m => FinancingAmountBand.Under5M,
        < 10_000_000m => FinancingAmountBand.From5MTo10M,
        < 50_000_000m => FinancingAmountBand.From10MTo50M,
        < 100_000_000m => FinancingAmountBand.From50MTo100M,
        _ => FinancingAmountBand.From100M
    };

    internal ProfileContent Validated()
    {
        if (FinancingStage is { } stage)
        {
            Check.Defined(stage, "financingStage");
        }
        CheckAmount(FinancingAmountMin, "financingAmountMin");
        CheckAmount(FinancingAmountMax, "financingAmountMax");
        if (FinancingAmountMin > FinancingAmountMax)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ProfileFinancingRangeReversed, "financingAmountMax");
        }
        var tags = ChainTags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        if (tags.Count > ProfileConsts.MaxChainTags)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ProfileTooManyChainTags, "chainTags", ProfileConsts.MaxChainTags);
        }
        return this with
        {
            Headline = Check.NotNullOrWhiteSpace(Headline, "headline", ProfileConsts.MaxHeadlineLength),
            HeadlineEn = Check.Length(Blank(HeadlineEn), "headlineEn", ProfileConsts.MaxHeadlineLength),
            Summary = Check.NotNullOrWhiteSpace(Summary, "summary", ProfileConsts.MaxSummaryLength),
            SummaryEn = Check.Length(Blank(SummaryEn), "summaryEn", ProfileConsts.MaxSummaryLength),
            ProductAndTechnology = Check.Length(Blank(ProductAndTechnology), "productAndTechnology", ProfileConsts.MaxSectionLength),
            MarketAndCustomers = Check.Length(Blank(MarketAndCustomers), "marketAndCustomers", ProfileConsts.MaxSectionLength),
            Team = Check.Length(Blank(Team), "team", ProfileConsts.MaxSectionLength),
            UseOfFunds = Check.Length(Blank(UseOfFunds), "useOfFunds", ProfileConsts.MaxUseOfFundsLength),
            ChainTags = tags.Select(t => Check.NotNullOrWhiteSpace(t, "chainTags", ProfileConsts.MaxChainTagLength)).ToList()
        };
    }

    private static void CheckAmount(decimal? amount, string field)
    {
        if (amount is < 0 or > ProfileConsts.MaxFinancingAmount)
        {
            throw new BusinessException(CultivationDomainErrorCodes.AmountMustNotBeNegative, field);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// The enterprise's recorded consent to publication (who at the enterprise agreed, when, and to what). The officer
/// records it; the evidence (a signed form, an e-mail) is described in the note.
/// </summary>
public sealed record PublicationConsent
{
    public required string ConsentedBy { get; init; }
    public required DateOnly ConsentedOn { get; init; }
    /// <summary>The profile may be shown to investors.</summary>
    public bool Profile { get; init; }
    /// <summary>Exact revenue and growth may be shown instead of bands.</summary>
    public bool ExactFigures { get; init; }
    /// <summary>Investors may ask to be put in touch, through the officer.</summary>
    public bool ContactThroughOfficer { get; init; }
    public string? Note { get; init; }
    public Guid? RecordedByUserId { get; init; }
    public DateTime RecordedTime { get; init; }

    internal PublicationConsent Validated() => this with
    {
        ConsentedBy = Check.NotNullOrWhiteSpace(ConsentedBy, "consentedBy", ProfileConsts.MaxConsentedByLength),
        Note = Check.Length(string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), "note", ProfileConsts.MaxConsentNoteLength)
    };
}
