namespace Cultivation.Policies;

/// <summary>Every criterion of a definition (requirements, direct routes, their children and exemptions) and its indicators.</summary>
public static class PolicyDefinitionWalk
{
    public static IEnumerable<PolicyCriterionDefinition> Criteria(PolicyRuleDefinition definition) =>
        definition.Requirements.Concat(definition.DirectRoutes).SelectMany(Flatten);

    public static IEnumerable<PolicyIndicatorDefinition> Indicators(PolicyRuleDefinition definition) =>
        definition.Scoring?.Dimensions.SelectMany(d => d.Indicators) ?? [];

    /// <summary>Criteria, indicators and the scoring table that still ship unverified.</summary>
    public static int CountUnverified(PolicyRuleDefinition definition) =>
        Criteria(definition).Count(c => c.Unverified) + Indicators(definition).Count(i => i.Unverified) + (definition.Scoring?.Unverified == true ? 1 : 0);

    private static IEnumerable<PolicyCriterionDefinition> Flatten(PolicyCriterionDefinition c) =>
        (c.Children ?? []).Concat(c.WaivedBy is null ? [] : [c.WaivedBy]).SelectMany(Flatten).Prepend(c);
}
