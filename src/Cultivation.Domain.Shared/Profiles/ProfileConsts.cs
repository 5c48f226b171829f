namespace Cultivation.Profiles;

public static class ProfileConsts
{
    public const int MaxHeadlineLength = 100;
    public const int MaxSummaryLength = 2000;
    public const int MaxSectionLength = 2000;
    public const int MaxUseOfFundsLength = 500;
    public const int MaxChainTags = 8;
    public const int MaxChainTagLength = 20;
    public const int MaxConsentedByLength = 64;
    public const int MaxConsentNoteLength = 500;
    public const int MaxWithdrawReasonLength = 200;
    /// <summary>100亿元: no SME round is larger.</summary>
    public const decimal MaxFinancingAmount = 10_000_000_000m;
}
