namespace Cultivation.Policies;

public static class PolicyProgrammeConsts
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 128;
    public const int MaxDescriptionLength = 1024;
}

public static class PolicyRuleSetConsts
{
    public const int MaxVersionLength = 32;
    public const int MaxSourceLength = 256;
    public const int MaxCriterionCodeLength = 64;
    public const int MaxCriterionNameLength = 256;
    /// <summary>Deepest nesting of all/any criteria a definition may have.</summary>
    public const int MaxCriterionDepth = 8;
    public const int MaxNameLength = 64;
    public const int MaxBasisLength = 2000;
    public const int MaxCriteriaPerList = 100;
    public const int MaxTablesPerIndicator = 5;
    public const int MaxBandsPerTable = 50;
    /// <summary>Bounds on what one set of facts may list (years, rounds, honours, titles, confirmations).</summary>
    public const int MaxFactEntries = 200;
}

public static class PolicyTitleConsts
{
    public const int MaxValidityYears = 10;
    public const int MaxDocumentNumberLength = 128;
    public const int MaxEvidenceNoteLength = 1000;
    public const int MaxReasonLength = 500;
    /// <summary>Reminders ahead of the yearly update duty, the 复核 due date and the expiry.</summary>
    public const int UpdateReminderDays = 30;
    public const int ReviewReminderDays = 60;
    public const int ExpiryReminderDays = 90;
    public const int MaxDueWithinDays = 3660;
}

public static class FinancingRoundConsts
{
    public const int MaxRoundNameLength = 32;
    public const int MaxInvestorNameLength = 256;
}

public static class PolicyScreeningConsts
{
    /// <summary>The largest cohort one screening evaluates.</summary>
    public const int MaxCohort = 200_000;
    public const int MaxExportRows = 100_000;
}
