using System.Globalization;
using Cultivation.Contests;
using Cultivation.Enterprises;

namespace Cultivation.Imports;

/// <summary>
/// The fields an import sets, per entity, with how to read them from the entity and how to write their
/// values as text (for the preview, the provenance and the revert). Values are compared by that text, so
/// 5000000 and 5000000.00 are the same amount.
/// </summary>
public static class ImportFields
{
    public const string Enterprise = nameof(Enterprises.Enterprise);
    public const string AwardRecord = nameof(Enterprises.AwardRecord);
    public const string EnterpriseFigures = nameof(Enterprises.EnterpriseFigures);

    public sealed record Field(string Entity, string Name, Type Type, Func<object, object?> Read)
    {
        /// <summary>The camelCase name that domain errors and the sheet columns use for this field.</summary>
        public string Key => char.ToLowerInvariant(Name[0]) + Name[1..];
    }

    /// <summary>Profile fields an import may change on an existing enterprise.</summary>
    public static readonly IReadOnlyList<Field> EnterpriseFields =
    [
        E(nameof(Enterprises.Enterprise.Name), typeof(string), e => e.Name),
        E(nameof(Enterprises.Enterprise.DistrictId), typeof(Guid), e => e.DistrictId),
        E(nameof(Enterprises.Enterprise.IndustryFieldId), typeof(Guid), e => e.IndustryFieldId),
        E(nameof(Enterprises.Enterprise.IndustryFieldText), typeof(string), e => e.IndustryFieldText),
        E(nameof(Enterprises.Enterprise.FoundedOn), typeof(DateOnly), e => e.FoundedOn),
        E(nameof(Enterprises.Enterprise.RegisteredCapital), typeof(decimal), e => e.RegisteredCapital),
        E(nameof(Enterprises.Enterprise.Address), typeof(string), e => e.Address),
        E(nameof(Enterprises.Enterprise.Website), typeof(string), e => e.Website),
        E(nameof(Enterprises.Enterprise.LeadName), typeof(string), e => e.LeadName),
        E(nameof(Enterprises.Enterprise.LeadGender), typeof(Gender), e => e.LeadGender)
    ];

    /// <summary>Set when the import creates the enterprise, never changed by an import afterwards.</summary>
    public static readonly IReadOnlyList<Field> EnterpriseIdentityFields =
    [
        E(nameof(Enterprises.Enterprise.Kind), typeof(EnterpriseKind), e => e.Kind),
        E(nameof(Enterprises.Enterprise.CreditCode), typeof(string), e => e.CreditCode)
    ];

    /// <summary>What places a new award record or year of figures (set when created, recorded with its provenance).</summary>
    public static readonly IReadOnlyList<Field> AwardIdentityFields =
    [
        A(nameof(Enterprises.AwardRecord.EnterpriseId), typeof(Guid), a => a.EnterpriseId),
        A(nameof(Enterprises.AwardRecord.DistrictId), typeof(Guid), a => a.DistrictId),
        A(nameof(Enterprises.AwardRecord.EditionId), typeof(Guid), a => a.EditionId),
        A(nameof(Enterprises.AwardRecord.EditionYear), typeof(int), a => a.EditionYear)
    ];

    public static readonly IReadOnlyList<Field> FiguresIdentityFields =
    [
        F(nameof(Enterprises.EnterpriseFigures.EnterpriseId), typeof(Guid), f => f.EnterpriseId),
        F(nameof(Enterprises.EnterpriseFigures.DistrictId), typeof(Guid), f => f.DistrictId),
        F(nameof(Enterprises.EnterpriseFigures.Year), typeof(int), f => f.Year)
    ];

    public static readonly IReadOnlyList<Field> AwardFields =
    [
        A(nameof(Enterprises.AwardRecord.Track), typeof(ContestTrack), a => a.Track),
        A(nameof(Enterprises.AwardRecord.StageReached), typeof(ContestStage), a => a.StageReached),
        A(nameof(Enterprises.AwardRecord.PrizeLevel), typeof(PrizeLevel), a => a.PrizeLevel),
        A(nameof(Enterprises.AwardRecord.ProjectName), typeof(string), a => a.ProjectName),
        A(nameof(Enterprises.AwardRecord.IndustryFieldId), typeof(Guid), a => a.IndustryFieldId),
        A(nameof(Enterprises.AwardRecord.NationalAdvancement), typeof(NationalAdvancement), a => a.NationalAdvancement),
        A(nameof(Enterprises.AwardRecord.NationalAdvancementYear), typeof(int), a => a.NationalAdvancementYear),
        A(nameof(Enterprises.AwardRecord.NationalPrize), typeof(PrizeLevel), a => a.NationalPrize)
    ];

    public static readonly IReadOnlyList<Field> FiguresFields =
    [
        F(nameof(Enterprises.EnterpriseFigures.OperatingRevenue), typeof(decimal), f => f.OperatingRevenue),
        F(nameof(Enterprises.EnterpriseFigures.MainBusinessRevenue), typeof(decimal), f => f.MainBusinessRevenue),
        F(nameof(Enterprises.EnterpriseFigures.RdExpense), typeof(decimal), f => f.RdExpense),
        F(nameof(Enterprises.EnterpriseFigures.RdStaff), typeof(int), f => f.RdStaff),
        F(nameof(Enterprises.EnterpriseFigures.Employees), typeof(int), f => f.Employees),
        F(nameof(Enterprises.EnterpriseFigures.TotalAssets), typeof(decimal), f => f.TotalAssets),
        F(nameof(Enterprises.EnterpriseFigures.TotalLiabilities), typeof(decimal), f => f.TotalLiabilities),
        F(nameof(Enterprises.EnterpriseFigures.NetProfit), typeof(decimal), f => f.NetProfit),
        F(nameof(Enterprises.EnterpriseFigures.EquityFinancingRaised), typeof(decimal), f => f.EquityFinancingRaised),
        F(nameof(Enterprises.EnterpriseFigures.IpClassI), typeof(int), f => f.IpClassI),
        F(nameof(Enterprises.EnterpriseFigures.IpClassIHighValue), typeof(int), f => f.IpClassIHighValue),
        F(nameof(Enterprises.EnterpriseFigures.IpClassII), typeof(int), f => f.IpClassII),
        F(nameof(Enterprises.EnterpriseFigures.NicheMarketYears), typeof(int), f => f.NicheMarketYears)
    ];

    public static IReadOnlyList<Field> Of(string entity) => entity switch
    {
        Enterprise => EnterpriseFields,
        AwardRecord => AwardFields,
        EnterpriseFigures => FiguresFields,
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null)
    };

    /// <summary>The entity's fields a record's creation sets: its identity and every field an import may set.</summary>
    public static IEnumerable<Field> CreatedOf(string entity) => entity switch
    {
        Enterprise => EnterpriseIdentityFields.Concat(EnterpriseFields),
        AwardRecord => AwardIdentityFields.Concat(AwardFields),
        _ => FiguresIdentityFields.Concat(FiguresFields)
    };

    public static Field? Find(string entity, string name) => CreatedOf(entity).FirstOrDefault(f => f.Name == name);

    /// <summary>Where a new award or year of figures belongs (its enterprise, district, edition): kept, not previewed.</summary>
    public static bool IsPlacement(string entity, string name) =>
        (entity == AwardRecord ? AwardIdentityFields : entity == EnterpriseFigures ? FiguresIdentityFields : []).Any(f => f.Name == name);

    /// <summary>The field's current values on an entity.</summary>
    public static Dictionary<string, object?> ReadAll(string entity, object target) =>
        Of(entity).ToDictionary(f => f.Name, f => f.Read(target));

    /// <summary>Invariant text of a value: enum names, yyyy-MM-dd, amounts without trailing zeros, ids as "D".</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        Enum e => e.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.############", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()
    };

    /// <summary>The value of <see cref="Format"/>'s text for a field of the given type.</summary>
    public static object? Parse(Type type, string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (type == typeof(string))
        {
            return text;
        }
        if (type.IsEnum)
        {
            return Enum.Parse(type, text);
        }
        if (type == typeof(DateOnly))
        {
            return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (type == typeof(decimal))
        {
            return decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        }
        if (type == typeof(int))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }
        if (type == typeof(Guid))
        {
            return Guid.Parse(text);
        }
        throw new ArgumentOutOfRangeException(nameof(type), type, null);
    }

    /// <summary>Equal values; texts that differ only in width or spacing (see <see cref="ImportText.Clean"/>) are equal too.</summary>
    public static bool SameValue(object? a, object? b) =>
        a is string x && b is string y ? ImportText.Clean(x) == ImportText.Clean(y) : Format(a) == Format(b);

    public static EnterpriseProfile ToProfile(IReadOnlyDictionary<string, object?> v) => new(
        (string)v[nameof(Enterprises.Enterprise.Name)]!,
        (Guid?)v[nameof(Enterprises.Enterprise.IndustryFieldId)],
        (DateOnly?)v[nameof(Enterprises.Enterprise.FoundedOn)],
        (decimal?)v[nameof(Enterprises.Enterprise.RegisteredCapital)],
        (string?)v[nameof(Enterprises.Enterprise.Address)],
        (string?)v[nameof(Enterprises.Enterprise.Website)],
        (string?)v[nameof(Enterprises.Enterprise.LeadName)],
        (Gender)v[nameof(Enterprises.Enterprise.LeadGender)]!,
        (string?)v.GetValueOrDefault(nameof(Enterprises.Enterprise.IndustryFieldText)));

    public static AwardDetails ToAwardDetails(IReadOnlyDictionary<string, object?> v) => new(
        (ContestTrack)v[nameof(Enterprises.AwardRecord.Track)]!,
        (ContestStage)v[nameof(Enterprises.AwardRecord.StageReached)]!,
        (PrizeLevel?)v[nameof(Enterprises.AwardRecord.PrizeLevel)],
        (string)v[nameof(Enterprises.AwardRecord.ProjectName)]!,
        (Guid?)v[nameof(Enterprises.AwardRecord.IndustryFieldId)],
        (NationalAdvancement?)v[nameof(Enterprises.AwardRecord.NationalAdvancement)],
        (int?)v[nameof(Enterprises.AwardRecord.NationalAdvancementYear)],
        (PrizeLevel?)v[nameof(Enterprises.AwardRecord.NationalPrize)]);

    public static FiguresValues ToFiguresValues(IReadOnlyDictionary<string, object?> v) => new(
        (decimal?)v[nameof(Enterprises.EnterpriseFigures.OperatingRevenue)],
        (decimal?)v[nameof(Enterprises.EnterpriseFigures.MainBusinessRevenue)],
        (decimal?)v[nameof(Enterprises.EnterpriseFigures.RdExpense)],
        (int?)v[nameof(Enterprises.EnterpriseFigures.RdStaff)],
        (int?)v[nameof(Enterprises.EnterpriseFigures.Employees)],
        (decimal?)v[nameof(Enterprises.EnterpriseFigures.TotalAssets)],
        (decimal?)v[nameof(Enterprises.EnterpriseFigures.TotalLiabilities)],
        (decimal?)v[nameof(Enterprises.EnterpriseFigures.NetProfit)],
        (decimal?)v[nameof(Enterprises.EnterpriseFigures.EquityFinancingRaised)],
        (int?)v[nameof(Enterprises.EnterpriseFigures.IpClassI)],
        (int?)v[nameof(Enterprises.EnterpriseFigures.IpClassIHighValue)],
        (int?)v[nameof(Enterprises.EnterpriseFigures.IpClassII)],
        (int?)v[nameof(Enterprises.EnterpriseFigures.NicheMarketYears)]);

    /// <summary>Empty values of every field of an entity, to overlay a new record's values on.</summary>
    public static Dictionary<string, object?> Empty(string entity)
    {
        var values = Of(entity).ToDictionary(f => f.Name, _ => (object?)null);
        if (entity == Enterprise)
        {
            values[nameof(Enterprises.Enterprise.LeadGender)] = Gender.Unknown;
        }
        return values;
    }

    private static Field E(string name, Type type, Func<Enterprises.Enterprise, object?> read) => new(Enterprise, name, type, o => read((Enterprises.Enterprise)o));

    private static Field A(string name, Type type, Func<Enterprises.AwardRecord, object?> read) => new(AwardRecord, name, type, o => read((Enterprises.AwardRecord)o));

    private static Field F(string name, Type type, Func<Enterprises.EnterpriseFigures, object?> read) => new(EnterpriseFigures, name, type, o => read((Enterprises.EnterpriseFigures)o));
}
