namespace Cultivation.Policies;

/// <summary>A measure's value, or the facts that would be needed to know it.</summary>
public readonly record struct PolicyReading(decimal? Value, IReadOnlyList<string> Missing)
{
    public static PolicyReading Of(decimal value) => new(value, []);

    public static PolicyReading Lacking(params string[] facts) => new(null, facts);

    public bool IsKnown => Value.HasValue;
}

/// <summary>What a measure is read with: the facts, the assessment date and the criterion's parameters.</summary>
public sealed record PolicyMeasureQuery(PolicyFacts Facts, DateOnly AssessmentDate, string? Subject, int? Years, int? MaxRank)
{
    /// <summary>The last complete financial year before the assessment date.</summary>
    public int LastYear => AssessmentDate.Year - 1;
}

/// <summary>What a subject names, for measures that need one.</summary>
public enum PolicyMeasureSubject
{
    None = 0,
    HonourKind = 1,
    ProgrammeCode = 2,
    Confirmation = 3
}

/// <summary>
/// A named figure rule sets compare or score: a fact as entered, or computed from facts (ratios, growth, windows).
/// Yearly measures are read for one year; the criterion's aggregate decides which years.
/// </summary>
public sealed class PolicyMeasure
{
    private readonly Func<PolicyFacts, int, PolicyReading>? _yearly;
    private readonly Func<PolicyMeasureQuery, PolicyReading>? _point;

    private PolicyMeasure(string name, PolicyMeasureUnit unit, string nameZh, string nameEn,
        Func<PolicyFacts, int, PolicyReading>? yearly, Func<PolicyMeasureQuery, PolicyReading>? point)
    {
        Name = name;
        Unit = unit;
        NameZh = nameZh;
        NameEn = nameEn;
        _yearly = yearly;
        _point = point;
    }

    public string Name { get; }

    public PolicyMeasureUnit Unit { get; }

    public string NameZh { get; }

    public string NameEn { get; }

    public bool IsYearly => _yearly is not null;

    public PolicyMeasureSubject Subject { get; private init; }

    /// <summary>Windowed measures (financing, honours) need the criterion's Years.</summary>
    public bool NeedsWindow { get; private init; }

    /// <summary>Ratios: the amount in the numerator and the figure it is divided by, to say what would close a gap.</summary>
    public (string Numerator, Func<PolicyYearFigures, decimal?> Denominator)? Ratio { get; private init; }

    public PolicyReading ReadYear(PolicyFacts facts, int year) =>
        _yearly is null ? throw new InvalidOperationException($"{Name} is not a yearly measure.") : _yearly(facts, year);

    public PolicyReading Read(PolicyMeasureQuery query) =>
        _point is null ? throw new InvalidOperationException($"{Name} is a yearly measure.") : _point(query);

    public static PolicyMeasure Yearly(string name, PolicyMeasureUnit unit, string nameZh, string nameEn, Func<PolicyFacts, int, PolicyReading> read,
        (string, Func<PolicyYearFigures, decimal?>)? ratio = null) =>
        new(name, unit, nameZh, nameEn, read, null) { Ratio = ratio };

    public static PolicyMeasure Point(string name, PolicyMeasureUnit unit, string nameZh, string nameEn, Func<PolicyMeasureQuery, PolicyReading> read,
        PolicyMeasureSubject subject = PolicyMeasureSubject.None, bool needsWindow = false) =>
        new(name, unit, nameZh, nameEn, null, read) { Subject = subject, NeedsWindow = needsWindow };
}
