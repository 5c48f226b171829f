using System.Globalization;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;
using MiniExcelLibs;

namespace Cultivation.Policies;

/// <summary>
/// Screening (筛查): the rule version in force on the date over a cohort. The facts of the whole cohort come in a handful
/// of set-based queries (<see cref="IPolicyFactsSource"/>), then each enterprise is evaluated in memory by the same pure
/// evaluator as the calculator. A district officer's cohort is the district's (the query filter); nothing is stored.
/// </summary>
[Authorize(CultivationPermissions.Policies.Screen)]
public sealed class PolicyScreeningAppService(
    IEnterpriseRepository enterprises,
    IEnterpriseTitleRepository titles,
    IPolicyProgrammeRepository programmes,
    IPolicyFactsSource factsSource,
    PolicyEvaluator evaluator,
    IAsyncQueryableExecuter executer,
    TimeProvider clock) : IPolicyScreeningAppService
{
    public async Task<PolicyScreeningResultDto> RunAsync(RunPolicyScreeningInput input, CancellationToken cancellationToken = default)
    {
        var screening = await ScreenAsync(input, PolicyScreeningConsts.MaxCohort, cancellationToken);
        var list = screening.Rows.Where(r => r.List == input.List).ToList();
        var page = list.Skip(input.SkipCount).Take(input.MaxResultCount).ToList();
        var ids = page.Select(r => r.EnterpriseId).ToList();
        var names = (await executer.ToListAsync((await enterprises.GetQueryableAsync()).Where(e => ids.Contains(e.Id))
            .Select(e => new Head(e.Id, e.Name, e.CreditCode, e.DistrictId)), cancellationToken)).ToDictionary(h => h.Id);
        var result = screening.Result;
        result.List = input.List;
        result.Items = new PagedResultDto<PolicyScreeningItemDto>(list.Count, page.Select(r => ToItem(r, names[r.EnterpriseId])).ToList());
        return result;
    }

    public async Task<FileDto> ExportAsync(ExportPolicyScreeningInput input, CancellationToken cancellationToken = default)
    {
        var screening = await ScreenAsync(input, PolicyScreeningConsts.MaxExportRows, cancellationToken);
        var cohort = EnterpriseListQuery.Filter(await enterprises.GetQueryableAsync(), input, await titles.GetQueryableAsync());
        var names = (await executer.ToListAsync(cohort.Select(e => new Head(e.Id, e.Name, e.CreditCode, e.DistrictId)), cancellationToken))
            .ToDictionary(h => h.Id);
        var sheets = new Dictionary<string, object>();
        foreach (var (list, sheet) in new[] { (PolicyScreeningList.Eligible, "符合条件"), (PolicyScreeningList.NearMiss, "接近条件"), (PolicyScreeningList.NeedsEvidence, "需补充材料") })
        {
            var rows = screening.Rows.Where(r => r.List == list && names.ContainsKey(r.EnterpriseId))
                .Select(r => ToItem(r, names[r.EnterpriseId]))
                .Select(i => new Dictionary<string, object?>
                {
                    ["企业名称"] = i.EnterpriseName,
                    ["统一社会信用代码"] = i.CreditCode,
                    ["总分"] = i.Score,
                    ["结论"] = i.Summary.Zh,
                    ["未满足的条件"] = string.Join("；", i.Failed.Select(f => f.Zh)),
                    ["差距"] = string.Join("；", i.NearMisses.Select(n => n.Zh)),
                    ["需补充"] = string.Join("、", i.MissingFacts),
                    ["直通条件"] = string.Join("、", i.AppliedDirectRoutes)
                }).ToList();
            if (rows.Count == 0)
            {
                rows.Add(new Dictionary<string, object?> { ["企业名称"] = null, ["统一社会信用代码"] = null, ["总分"] = null, ["结论"] = null,
                    ["未满足的条件"] = null, ["差距"] = null, ["需补充"] = null, ["直通条件"] = null });
            }
            sheets[sheet] = rows;
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        var stamp = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Timing.ShanghaiTime.Zone).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return new FileDto($"screening-{screening.Result.ProgrammeCode}-{screening.Result.RuleSetVersion}-{stamp}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stream.ToArray());
    }

    private async Task<(PolicyScreeningResultDto Result, List<Row> Rows)> ScreenAsync(RunPolicyScreeningInput input, int maxCohort, CancellationToken cancellationToken)
    {
        var date = input.AssessmentDate!.Value;
        var programme = await programmes.FindByCodeAsync(input.ProgrammeCode.Trim(), cancellationToken)
            ?? throw new BusinessException(CultivationDomainErrorCodes.PolicyProgrammeNotFound, "programmeCode", input.ProgrammeCode);
        var ruleSet = programme.RuleSetOn(date)
            ?? throw new BusinessException(CultivationDomainErrorCodes.PolicyNoRuleSetOnDate, "assessmentDate", programme.Name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var definition = ruleSet.ReadDefinition();
        var cohort = EnterpriseListQuery.Filter(await enterprises.GetQueryableAsync(), input, await titles.GetQueryableAsync());
        var count = await executer.CountAsync(cohort, cancellationToken);
        if (count > maxCohort)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyScreeningTooLarge, null, count, maxCohort);
        }
        var facts = await factsSource.ReadAsync(cohort, date, cancellationToken);
        var rows = new List<Row>(facts.Count);
        var unverified = false;
        foreach (var (enterpriseId, enterpriseFacts) in facts)
        {
            var evaluation = evaluator.Evaluate(programme.Code, ruleSet.Version, definition, enterpriseFacts, date);
            unverified |= evaluation.UsesUnverifiedCriteria;
            rows.Add(new Row(enterpriseId, ListOf(evaluation), evaluation.Outcome, evaluation.Score?.Points, evaluation.Summary,
                evaluation.Requirements.Where(r => r.Status == PolicyCriterionStatus.Fail).Select(r => new PolicyText(r.NameZh, r.NameEn)).ToList(),
                evaluation.NearMisses, evaluation.MissingFacts, evaluation.AppliedDirectRoutes));
        }
        // Best score first, then a stable order by id (time-ordered: the earliest recorded first).
        rows = rows.OrderByDescending(r => r.Score ?? decimal.MinValue).ThenBy(r => r.EnterpriseId).ToList();
        int Count(PolicyScreeningList list) => rows.Count(r => r.List == list);
        return (new PolicyScreeningResultDto
        {
            ProgrammeCode = programme.Code, ProgrammeName = programme.Name, RuleSetVersion = ruleSet.Version, AssessmentDate = date,
            UsesUnverifiedCriteria = unverified, CohortCount = rows.Count, EligibleCount = Count(PolicyScreeningList.Eligible),
            NearMissCount = Count(PolicyScreeningList.NearMiss), NeedsEvidenceCount = Count(PolicyScreeningList.NeedsEvidence),
            NotEligibleCount = Count(PolicyScreeningList.NotEligible)
        }, rows);
    }

    private static PolicyScreeningList ListOf(PolicyEvaluation evaluation) => evaluation.Outcome switch
    {
        PolicyOutcome.Eligible => PolicyScreeningList.Eligible,
        PolicyOutcome.NeedsEvidence => PolicyScreeningList.NeedsEvidence,
        _ when PolicyNearMiss.IsNearMiss(evaluation) => PolicyScreeningList.NearMiss,
        _ => PolicyScreeningList.NotEligible
    };

    private static PolicyScreeningItemDto ToItem(Row r, Head head) => new()
    {
        EnterpriseId = r.EnterpriseId, EnterpriseName = head.Name, CreditCode = head.CreditCode, DistrictId = head.DistrictId, Outcome = r.Outcome,
        List = r.List, Score = r.Score, Summary = r.Summary, Failed = r.Failed, NearMisses = r.NearMisses, MissingFacts = r.MissingFacts,
        AppliedDirectRoutes = r.AppliedDirectRoutes
    };

    private sealed record Head(Guid Id, string Name, string? CreditCode, Guid DistrictId);

    private sealed record Row(Guid EnterpriseId, PolicyScreeningList List, PolicyOutcome Outcome, decimal? Score, PolicyText Summary,
        List<PolicyText> Failed, List<PolicyText> NearMisses, List<string> MissingFacts, List<string> AppliedDirectRoutes);
}
