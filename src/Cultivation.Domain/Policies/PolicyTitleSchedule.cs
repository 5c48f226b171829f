namespace Cultivation.Policies;

/// <summary>
/// The dates a title lives by, computed from the terms of the rule versions (no date in code): its last valid day, the
/// next yearly information-update deadline and the 复核 due date.
/// </summary>
public static class PolicyTitleSchedule
{
    /// <summary>
    /// §0.5 (plaque validity): from the grant to the last day of the month before the same month N years later — a title
    /// announced in March 2023 for 3 years is valid to 28 February 2026.
    /// </summary>
    public static DateOnly ValidUntil(DateOnly grantedOn, int validityYears)
    {
        var month = new DateOnly(grantedOn.Year, grantedOn.Month, 1).AddYears(validityYears);
        return month.AddDays(-1);
    }

    /// <summary>复核 is due <paramref name="leadMonths"/> months before the last valid day.</summary>
    public static DateOnly ReviewDue(DateOnly validUntil, int leadMonths) => validUntil.AddMonths(-leadMonths);

    /// <summary>
    /// The first yearly information-update deadline after <paramref name="after"/>: each year's deadline is the one set by
    /// the version in force on that deadline (2026: 2022-63's 30 April falls after 2022-63 ended on 31 March, 2026-2's
    /// 31 May is in force, so 31 May). Null when no version sets a duty within the next years searched.
    /// </summary>
    public static DateOnly? NextInformationUpdate(IEnumerable<PolicyTermsVersion> versions, DateOnly after, DateOnly? until = null)
    {
        var list = versions.Where(v => v.Terms?.InformationUpdateMonth is not null).ToList();
        for (var year = after.Year; year <= after.Year + PolicyTitleConsts.MaxValidityYears; year++)
        {
            var deadlines = list
                .Select(v => new DateOnly(year, v.Terms!.InformationUpdateMonth!.Value, v.Terms.InformationUpdateDay!.Value))
                .Where(d => d > after && list.Any(v => v.IsInForceOn(d) && v.Terms!.InformationUpdateMonth == d.Month && v.Terms.InformationUpdateDay == d.Day))
                .Order()
                .ToList();
            if (deadlines.Count > 0)
            {
                var next = deadlines[0];
                return until is { } last && next > last ? null : next;
            }
        }
        return null;
    }
}

/// <summary>A rule version's dates with its title terms.</summary>
public sealed record PolicyTermsVersion(DateOnly EffectiveFrom, DateOnly? EffectiveTo, PolicyTitleTerms? Terms)
{
    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}
