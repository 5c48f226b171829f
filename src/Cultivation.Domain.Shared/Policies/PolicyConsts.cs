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
    public const int MaxDefinitionLength = 200_000;
}
