using Cultivation.Exceptions;
using static Cultivation.CultivationDomainErrorCodes;

namespace Cultivation.Policies;

/// <summary>
/// Checks a rule definition before it is saved: every measure and confirmation is in the vocabulary, criteria are
/// complete, codes unique, bands contiguous from −∞ to +∞ with points within the indicator's maximum, minimums reachable.
/// The first fault is raised with the JSON path of the field at fault (definition.scoring.dimensions[0]…).
/// </summary>
public static class PolicyRuleDefinitionValidator
{
    public static void Validate(PolicyRuleDefinition definition, string path = "definition")
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (definition.Requirements.Count == 0 && definition.DirectRoutes.Count == 0 && definition.Scoring is null)
        {
            throw new BusinessException(PolicyDefinitionEmpty, $"{path}.requirements");
        }
        for (var i = 0; i < definition.Requirements.Count; i++)
        {
            ValidateCriterion(definition.Requirements[i], $"{path}.requirements[{i}]", definition, codes, 1);
        }
        for (var i = 0; i < definition.DirectRoutes.Count; i++)
        {
            ValidateCriterion(definition.DirectRoutes[i], $"{path}.directRoutes[{i}]", definition, codes, 1);
        }
        if (definition.Scoring is { } scoring)
        {
            ValidateScoring(scoring, $"{path}.scoring", codes);
        }
        if (definition.Title is { } title)
        {
            ValidateTitle(title, $"{path}.title");
        }
    }

    /// <summary>Validity within bounds, an update duty on a real calendar day (never 29 February), 复核 due within the validity.</summary>
    private static void ValidateTitle(PolicyTitleTerms title, string path)
    {
        if (title.ValidityYears is < 1 or > PolicyTitleConsts.MaxValidityYears)
        {
            throw new BusinessException(PolicyTitleTermsInvalid, $"{path}.validityYears");
        }
        if (title.ReviewLeadMonths < 0 || title.ReviewLeadMonths >= title.ValidityYears * 12)
        {
            throw new BusinessException(PolicyTitleTermsInvalid, $"{path}.reviewLeadMonths");
        }
        if ((title.InformationUpdateMonth is null) != (title.InformationUpdateDay is null)
            || (title.InformationUpdateMonth is { } month && (month is < 1 or > 12
                || title.InformationUpdateDay!.Value < 1 || title.InformationUpdateDay.Value > DateTime.DaysInMonth(2001, month))))
        {
            throw new BusinessException(PolicyTitleTermsInvalid, $"{path}.informationUpdateDay");
        }
        Check.Length(title.Source, $"{path}.source", PolicyRuleSetConsts.MaxSourceLength);
    }

    private static void ValidateCriterion(PolicyCriterionDefinition c, string path, PolicyRuleDefinition definition, HashSet<string> codes, int depth)
    {
        if (depth > PolicyRuleSetConsts.MaxCriterionDepth)
        {
            throw new BusinessException(PolicyDefinitionTooDeep, path, PolicyRuleSetConsts.MaxCriterionDepth);
        }
        ValidateNamed(c.Code, c.NameZh, c.NameEn, path, codes);
        Check.Length(c.Source, $"{path}.source", PolicyRuleSetConsts.MaxSourceLength);
        switch (c.Kind)
        {
            case PolicyCriterionKind.Compare:
                ValidateMeasure(c.Measure, c.Subject, c.Years, c.Aggregate, path, c.Code);
                if (c.Comparison is null || !Enum.IsDefined(c.Comparison.Value))
                {
                    throw new BusinessException(PolicyCriterionIncomplete, $"{path}.comparison", c.Code);
                }
                if (c.Threshold is null)
                {
                    throw new BusinessException(PolicyCriterionIncomplete, $"{path}.threshold", c.Code);
                }
                break;
            case PolicyCriterionKind.Confirmation:
                if (c.Confirmation is null || !PolicyConfirmations.All.Contains(c.Confirmation))
                {
                    throw new BusinessException(PolicyUnknownConfirmation, $"{path}.confirmation", c.Confirmation ?? "");
                }
                break;
            case PolicyCriterionKind.All:
            case PolicyCriterionKind.Any:
                if (c.Children is not { Count: > 0 })
                {
                    throw new BusinessException(PolicyCriterionIncomplete, $"{path}.children", c.Code);
                }
                for (var i = 0; i < c.Children.Count; i++)
                {
                    ValidateCriterion(c.Children[i], $"{path}.children[{i}]", definition, codes, depth + 1);
                }
                break;
            case PolicyCriterionKind.Score:
                if (definition.Scoring is null)
                {
                    throw new BusinessException(PolicyScoreWithoutTable, $"{path}.kind", c.Code);
                }
                break;
            default:
                throw new BusinessException(PolicyCriterionIncomplete, $"{path}.kind", c.Code);
        }
        if (c.WaivedBy is { } waiver)
        {
            ValidateCriterion(waiver, $"{path}.waivedBy", definition, codes, depth + 1);
        }
    }

    private static void ValidateMeasure(string? name, string? subject, int? years, PolicyYearAggregate? aggregate, string path, string code)
    {
        if (PolicyMeasures.Find(name) is not { } measure)
        {
            throw new BusinessException(PolicyUnknownMeasure, $"{path}.measure", name ?? "");
        }
        if (aggregate is { } a && a != PolicyYearAggregate.LastYear && !measure.IsYearly)
        {
            throw new BusinessException(PolicyAggregateNeedsYearlyMeasure, $"{path}.aggregate", measure.Name);
        }
        if (years is < 1 or > 20 || ((measure.NeedsWindow || aggregate is PolicyYearAggregate.EachYear or PolicyYearAggregate.Average or PolicyYearAggregate.Total)
            && years is null))
        {
            throw new BusinessException(PolicyWindowRequired, $"{path}.years", code);
        }
        var subjectValid = measure.Subject switch
        {
            PolicyMeasureSubject.HonourKind => Enum.TryParse<PolicyHonourKind>(subject, out var kind) && Enum.IsDefined(kind) && !int.TryParse(subject, out _),
            PolicyMeasureSubject.Confirmation => subject is not null && PolicyConfirmations.All.Contains(subject),
            PolicyMeasureSubject.ProgrammeCode => !string.IsNullOrWhiteSpace(subject) && subject.Length <= PolicyProgrammeConsts.MaxCodeLength,
            _ => subject is null
        };
        if (!subjectValid)
        {
            throw new BusinessException(PolicyInvalidSubject, $"{path}.subject", subject ?? "", measure.Name);
        }
    }

    private static void ValidateScoring(PolicyScoringDefinition scoring, string path, HashSet<string> codes)
    {
        if (scoring.Dimensions.Count == 0)
        {
            throw new BusinessException(PolicyCriterionIncomplete, $"{path}.dimensions", "scoring");
        }
        var total = 0m;
        for (var d = 0; d < scoring.Dimensions.Count; d++)
        {
            var dimension = scoring.Dimensions[d];
            var dimensionPath = $"{path}.dimensions[{d}]";
            ValidateNamed(dimension.Code, dimension.NameZh, dimension.NameEn, dimensionPath, codes);
            if (dimension.Indicators.Count == 0)
            {
                throw new BusinessException(PolicyCriterionIncomplete, $"{dimensionPath}.indicators", dimension.Code);
            }
            for (var i = 0; i < dimension.Indicators.Count; i++)
            {
                ValidateIndicator(dimension.Indicators[i], $"{dimensionPath}.indicators[{i}]", codes);
            }
            var max = dimension.Indicators.Sum(i => i.MaxPoints);
            if (dimension.Minimum is { } minimum && (minimum < 0 || minimum > max))
            {
                throw new BusinessException(PolicyMinimumUnreachable, $"{dimensionPath}.minimum", minimum, max);
            }
            total += max;
        }
        if (scoring.PassingTotal <= 0 || scoring.PassingTotal > total)
        {
            throw new BusinessException(PolicyMinimumUnreachable, $"{path}.passingTotal", scoring.PassingTotal, total);
        }
    }

    private static void ValidateIndicator(PolicyIndicatorDefinition indicator, string path, HashSet<string> codes)
    {
        ValidateNamed(indicator.Code, indicator.NameZh, indicator.NameEn, path, codes);
        if (indicator.MaxPoints <= 0 || indicator.Tables.Count == 0)
        {
            throw new BusinessException(PolicyCriterionIncomplete, indicator.MaxPoints <= 0 ? $"{path}.maxPoints" : $"{path}.tables", indicator.Code);
        }
        for (var t = 0; t < indicator.Tables.Count; t++)
        {
            var table = indicator.Tables[t];
            var tablePath = $"{path}.tables[{t}]";
            if (table.Aggregate == PolicyYearAggregate.EachYear)
            {
                throw new BusinessException(PolicyAggregateNeedsYearlyMeasure, $"{tablePath}.aggregate", table.Measure);
            }
            ValidateMeasure(table.Measure, table.Subject, table.Years, table.Aggregate, tablePath, indicator.Code);
            if (!table.ValueIsPoints)
            {
                ValidateBands(table.Bands, indicator.MaxPoints, $"{tablePath}.bands");
            }
        }
    }

    /// <summary>Bands in ascending order, the first open below and the last open above, each starting where the previous ends.</summary>
    public static void ValidateBands(IReadOnlyList<PolicyBand> bands, decimal maxPoints, string path)
    {
        if (bands.Count == 0 || bands[0].From is not null || bands[^1].To is not null)
        {
            throw new BusinessException(PolicyBandsNotOpenEnded, path);
        }
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.Points < 0 || band.Points > maxPoints)
            {
                throw new BusinessException(PolicyBandPointsOutOfRange, $"{path}[{i}].points", band.Points, maxPoints);
            }
            if (band.From is { } from && band.To is { } to && from >= to)
            {
                throw new BusinessException(PolicyBandsNotContiguous, $"{path}[{i}].to", i + 1, from, to);
            }
            if (i > 0 && bands[i - 1].To != band.From)
            {
                throw new BusinessException(PolicyBandsNotContiguous, $"{path}[{i}].from", i + 1, bands[i - 1].To?.ToString() ?? "∞", band.From?.ToString() ?? "−∞");
            }
        }
    }

    private static void ValidateNamed(string? code, string? nameZh, string? nameEn, string path, HashSet<string> codes)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > PolicyRuleSetConsts.MaxCriterionCodeLength)
        {
            throw new BusinessException(PolicyCriterionIncomplete, $"{path}.code", code ?? "");
        }
        if (!codes.Add(code))
        {
            throw new BusinessException(PolicyDuplicateCode, $"{path}.code", code);
        }
        if (string.IsNullOrWhiteSpace(nameZh) || nameZh.Length > PolicyRuleSetConsts.MaxCriterionNameLength)
        {
            throw new BusinessException(PolicyNameRequired, $"{path}.nameZh", code);
        }
        if (string.IsNullOrWhiteSpace(nameEn) || nameEn.Length > PolicyRuleSetConsts.MaxCriterionNameLength)
        {
            throw new BusinessException(PolicyNameRequired, $"{path}.nameEn", code);
        }
    }
}
