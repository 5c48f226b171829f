using System.Globalization;

namespace Cultivation.Search;

/// <summary>The facets a search can filter on and count, with the document field each reads.</summary>
public static class ProfileFacets
{
    public const string Industry = "industry";
    public const string District = "district";
    public const string PrizeLevel = "prizeLevel";
    public const string Edition = "edition";
    public const string NationalAdvancement = "nationalAdvancement";
    public const string FinancingStage = "financingStage";
    public const string AmountBand = "amountBand";
    public const string Title = "title";
    public const string ChainTag = "chainTag";

    public static IReadOnlyList<ProfileFacet> All { get; } =
    [
        new(Industry, "industries", d => d.Industries),
        new(District, "district", d => [d.District]),
        new(PrizeLevel, "prizeLevel", d => Single(d.PrizeLevel)),
        new(Edition, "edition", d => Single(d.Edition?.ToString(CultureInfo.InvariantCulture))),
        new(NationalAdvancement, "nationalAdvancement", d => Single(d.NationalAdvancement)),
        new(FinancingStage, "financingStage", d => Single(d.FinancingStage)),
        new(AmountBand, "amountBand", d => Single(d.AmountBand)),
        new(Title, "titles", d => d.Titles),
        new(ChainTag, "chainTags", d => d.ChainTags),
    ];

    private static readonly Dictionary<string, ProfileFacet> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static ProfileFacet Get(string name) =>
        ByName.TryGetValue(name, out var facet)
            ? facet
            : throw new ArgumentException($"'{name}' is not a search facet; the facets are {string.Join(", ", ByName.Keys)}.", nameof(name));

    private static IEnumerable<string> Single(string? value) => value is null ? [] : [value];
}

/// <param name="Name">The facet's name in queries and results.</param>
/// <param name="Field">The document field (camelCase, as Elasticsearch maps it) holding its keywords.</param>
/// <param name="Values">The facet's values of one document.</param>
public sealed record ProfileFacet(string Name, string Field, Func<ProfileDocument, IEnumerable<string>> Values);

/// <summary>The full-text fields, by the names highlights are reported under.</summary>
public static class ProfileTextFields
{
    public const string Name = "name";
    public const string NameEn = "nameEn";
    public const string Headline = "headline";
    public const string HeadlineEn = "headlineEn";
    public const string Summary = "summary";
    public const string Product = "product";
    public const string Market = "market";
    public const string Team = "team";

    public static IReadOnlyList<string> All { get; } = [Name, NameEn, Headline, HeadlineEn, Summary, Product, Market, Team];

    /// <summary>A match in the name or headline counts more than one in the body.</summary>
    public static float Boost(string field) => field switch
    {
        Name or NameEn => 3f,
        Headline or HeadlineEn => 2f,
        _ => 1f,
    };

    public static string? Read(ProfileDocument d, string field) => field switch
    {
        Name => d.Name,
        NameEn => d.NameEn,
        Headline => d.Headline,
        HeadlineEn => d.HeadlineEn,
        Summary => d.Summary,
        Product => d.Product,
        Market => d.Market,
        Team => d.Team,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
