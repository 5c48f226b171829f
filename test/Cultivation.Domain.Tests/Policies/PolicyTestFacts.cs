using Cultivation.Policies;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>Seeded rule sets and facts for evaluator tests. Assessments are on 2025-06-01 unless said otherwise, so "last year" is 2024.</summary>
internal static class PolicyTestFacts
{
    public static readonly DateOnly Date = new(2025, 6, 1);

    public static PolicyRuleDefinition Rules(string programme, string version) =>
        PolicySeedRuleSet.All.Single(s => s.ProgrammeCode == programme && s.Version == version).Definition;

    public static PolicyEvaluation Evaluate(string programme, string version, PolicyFacts facts, DateOnly? date = null) =>
        new PolicyEvaluator().Evaluate(programme, version, Rules(programme, version), facts, date ?? Date);

    /// <summary>The common conditions (registered in Shanghai, SME size, clean record) confirmed, plus any others named.</summary>
    public static Dictionary<string, bool> Confirmed(params string[] more)
    {
        var confirmations = new Dictionary<string, bool>
        {
            [PolicyConfirmations.RegisteredInShanghai] = true,
            [PolicyConfirmations.MeetsSmeSizeStandard] = true,
            [PolicyConfirmations.ClearOfNegativeRecords] = true
        };
        foreach (var name in more)
        {
            confirmations[name] = true;
        }
        return confirmations;
    }

    public static PolicyYearFigures Year(int year, decimal revenue, decimal? main = null, decimal? rd = null, decimal? assets = null, decimal? liabilities = null,
        decimal? netProfit = null, int? rdStaff = null, int? employees = null) => new()
    {
        Year = year, OperatingRevenue = revenue, MainBusinessRevenue = main, RdExpense = rd, TotalAssets = assets, TotalLiabilities = liabilities,
        NetProfit = netProfit, RdStaff = rdStaff, Employees = employees
    };

    public static PolicyCriterionResult Criterion(PolicyEvaluation evaluation, string code) =>
        evaluation.Requirements.Concat(evaluation.DirectRoutes).SelectMany(Flatten).Single(c => c.Code == code);

    public static PolicyIndicatorScore Indicator(PolicyEvaluation evaluation, string code) =>
        evaluation.Score!.Dimensions.SelectMany(d => d.Indicators).Single(i => i.Code == code);

    public static PolicyDimensionScore Dimension(PolicyEvaluation evaluation, string code) =>
        evaluation.Score!.Dimensions.Single(d => d.Code == code);

    private static IEnumerable<PolicyCriterionResult> Flatten(PolicyCriterionResult result) => result.Children.SelectMany(Flatten).Prepend(result);
}
