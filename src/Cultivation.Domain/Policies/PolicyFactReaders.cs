namespace Cultivation.Policies;

/// <summary>How the computed measures read the facts. Lists left out are unknown; empty lists mean "none".</summary>
internal static class PolicyFactReaders
{
    public static PolicyYearFigures? Year(PolicyFacts facts, int year) => facts.Years?.FirstOrDefault(y => y.Year == year);

    public static string YearFact(string name, int year) => $"{name}({year})";

    /// <summary>Growth from <paramref name="years"/> years before <paramref name="year"/> to it, compounded per year.</summary>
    public static PolicyReading GrowthOver(PolicyFacts facts, string factName, Func<PolicyYearFigures, decimal?> read, int year, int years)
    {
        var end = Year(facts, year) is { } e ? read(e) : null;
        var start = Year(facts, year - years) is { } s ? read(s) : null;
        var missing = new List<string>();
        if (end is null)
        {
            missing.Add(YearFact(factName, year));
        }
        if (start is not > 0)
        {
            missing.Add(YearFact(factName, year - years));
        }
        if (missing.Count > 0)
        {
            return new PolicyReading(null, missing);
        }
        var growth = years == 1
            ? end!.Value / start!.Value - 1
            : (decimal)Math.Pow((double)(end!.Value / start!.Value), 1.0 / years) - 1;
        return PolicyReading.Of(growth);
    }

    /// <summary>4 = Ⅰ类高价值, 3 = 自主研发 Ⅰ类, 2 = Ⅰ类, 1 = Ⅱ类, 0 = none. A higher class known to be held decides without the lower counts.</summary>
    public static PolicyReading IpLevel(PolicyMeasureQuery q)
    {
        (int? Count, string Name, int Level)[] classes =
        [
            (q.Facts.IpClassIHighValue, nameof(PolicyFacts.IpClassIHighValue), 4),
            (q.Facts.IpClassISelfDeveloped, nameof(PolicyFacts.IpClassISelfDeveloped), 3),
            (q.Facts.IpClassI, nameof(PolicyFacts.IpClassI), 2),
            (q.Facts.IpClassII, nameof(PolicyFacts.IpClassII), 1)
        ];
        var missing = new List<string>();
        foreach (var (count, name, level) in classes)
        {
            if (count is null)
            {
                missing.Add(name);
            }
            else if (count > 0)
            {
                return missing.Count == 0 ? PolicyReading.Of(level) : new PolicyReading(null, missing);
            }
        }
        return missing.Count == 0 ? PolicyReading.Of(0) : new PolicyReading(null, missing);
    }

    /// <summary>Years from founding to the assessment date: whole years plus the fraction of the year under way (exactly 10 on the tenth anniversary).</summary>
    public static PolicyReading CompanyAge(PolicyMeasureQuery q)
    {
        if (q.Facts.FoundedOn is not { } founded)
        {
            return PolicyReading.Lacking(nameof(PolicyFacts.FoundedOn));
        }
        var years = q.AssessmentDate.Year - founded.Year;
        if (AddYears(founded, years) > q.AssessmentDate)
        {
            years--;
        }
        var anniversary = AddYears(founded, years);
        var next = AddYears(founded, years + 1);
        var fraction = (decimal)(q.AssessmentDate.DayNumber - anniversary.DayNumber) / (next.DayNumber - anniversary.DayNumber);
        return PolicyReading.Of(years + fraction);
    }

    /// <summary>Paid-in money from qualified investors in the window (the last N years up to the assessment date).</summary>
    public static PolicyReading EquityRaised(PolicyMeasureQuery q) =>
        q.Facts.FinancingRounds is { } rounds
            ? PolicyReading.Of(rounds.Where(r => r.QualifiedInvestor && InWindow(r.Date, q)).Sum(r => r.Amount))
            : PolicyReading.Lacking(nameof(PolicyFacts.FinancingRounds));

    /// <summary>Qualified paid-in money up to the latest round that has a valuation ("when that valuation was reached").</summary>
    public static PolicyReading CumulativeFinancing(PolicyMeasureQuery q)
    {
        if (q.Facts.FinancingRounds is not { } rounds)
        {
            return PolicyReading.Lacking(nameof(PolicyFacts.FinancingRounds));
        }
        var upTo = LatestValued(rounds, q.AssessmentDate)?.Date ?? q.AssessmentDate;
        return PolicyReading.Of(rounds.Where(r => r.QualifiedInvestor && r.Date <= upTo).Sum(r => r.Amount));
    }

    public static PolicyReading QualifiedRounds(PolicyMeasureQuery q) =>
        q.Facts.FinancingRounds is { } rounds
            ? PolicyReading.Of(rounds.Count(r => r.QualifiedInvestor && r.Date <= q.AssessmentDate))
            : PolicyReading.Lacking(nameof(PolicyFacts.FinancingRounds));

    public static PolicyReading LatestValuation(PolicyMeasureQuery q) =>
        q.Facts.FinancingRounds is { } rounds && LatestValued(rounds, q.AssessmentDate) is { PostMoneyValuation: { } valuation }
            ? PolicyReading.Of(valuation)
            : PolicyReading.Lacking(nameof(PolicyFinancingRound.PostMoneyValuation));

    /// <summary>How many honours of the subject's kind were awarded in the window, valid on the date, ranked well enough.</summary>
    public static PolicyReading Honours(PolicyMeasureQuery q)
    {
        if (q.Facts.Honours is not { } honours)
        {
            return PolicyReading.Lacking(nameof(PolicyFacts.Honours));
        }
        var kind = Enum.Parse<PolicyHonourKind>(q.Subject!);
        if (q.Facts.HonourKindsKnown is { } known && !known.Contains(kind))
        {
            return PolicyReading.Lacking($"{nameof(PolicyFacts.Honours)}({kind})");
        }
        var matching = honours.Where(h => h.Kind == kind && InWindow(h.AwardedOn, q)
            && (h.ValidUntil is null || h.ValidUntil >= q.AssessmentDate)).ToList();
        if (q.MaxRank is { } maxRank)
        {
            if (matching.Count > 0 && matching.All(h => h.Rank is null))
            {
                return PolicyReading.Lacking($"{nameof(PolicyHonour.Rank)}({kind})");
            }
            matching = matching.Where(h => h.Rank <= maxRank).ToList();
        }
        return PolicyReading.Of(matching.Count);
    }

    /// <summary>1 when a title of the subject programme is held and valid on the assessment date, else 0.</summary>
    public static PolicyReading TitleHeld(PolicyMeasureQuery q) =>
        q.Facts.Titles is { } titles
            ? PolicyReading.Of(titles.Any(t => string.Equals(t.ProgrammeCode, q.Subject, StringComparison.OrdinalIgnoreCase)
                && t.GrantedOn <= q.AssessmentDate && (t.ValidUntil is null || t.ValidUntil >= q.AssessmentDate)) ? 1 : 0)
            : PolicyReading.Lacking(nameof(PolicyFacts.Titles));

    /// <summary>A confirmation read as a number for scoring tables: 1 confirmed yes, 0 confirmed no.</summary>
    public static PolicyReading Confirmed(PolicyMeasureQuery q) =>
        q.Facts.Confirmations is { } confirmations && confirmations.TryGetValue(q.Subject!, out var yes)
            ? PolicyReading.Of(yes ? 1 : 0)
            : PolicyReading.Lacking($"{nameof(PolicyFacts.Confirmations)}.{q.Subject}");

    private static PolicyFinancingRound? LatestValued(List<PolicyFinancingRound> rounds, DateOnly date) =>
        rounds.Where(r => r.PostMoneyValuation is not null && r.Date <= date).MaxBy(r => r.Date);

    /// <summary>In the last N years: after the same day N years before, up to the assessment date.</summary>
    private static bool InWindow(DateOnly date, PolicyMeasureQuery q) =>
        date <= q.AssessmentDate && (q.Years is not { } years || date > AddYears(q.AssessmentDate, -years));

    private static DateOnly AddYears(DateOnly date, int years) => date.AddYears(years);
}
