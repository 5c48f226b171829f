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
