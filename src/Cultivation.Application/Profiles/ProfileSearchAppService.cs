using System.Globalization;
using System.Net;
using Cultivation.Authorization;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Search;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Cultivation.Profiles;

/// <summary>
/// Full-text search with facets over the profiles the caller may see. The engine answers ids, highlights and counts;
/// the page's rows are read from the database, which also checks once more that each may still be seen (a profile
/// withdrawn a moment ago is never shown, even before the index has caught up).
/// </summary>
[Authorize(CultivationPermissions.ProfileSearch.Default)]
public sealed class ProfileSearchAppService(
    IProfileSearchEngine engine,
    IProjectProfileRepository profiles,
    SearchFacetNames facetNames,
    IPermissionChecker permissions,
    ICurrentPrincipalAccessor principal,
    ICurrentUser currentUser,
    IStringLocalizer<CultivationResource> localizer) : IProfileSearchAppService
{
    private static readonly string[] CountedFacets =
    [
        ProfileFacets.Industry, ProfileFacets.District, ProfileFacets.PrizeLevel, ProfileFacets.Edition, ProfileFacets.NationalAdvancement,
        ProfileFacets.FinancingStage, ProfileFacets.AmountBand, ProfileFacets.Title, ProfileFacets.ChainTag
    ];

    public async Task<ProfileSearchResultDto> SearchAsync(ProfileSearchInput input, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync();
        var result = await engine.SearchAsync(new ProfileSearchQuery
        {
            Text = input.Text, Filters = Filters(input), Scope = scope, Sort = (ProfileSort)input.Sort,
            Skip = input.SkipCount, Take = input.MaxResultCount, Facets = CountedFacets
        }, cancellationToken);
        var rows = (await profiles.GetIndexRowsAsync(result.Hits.Select(h => h.Id).ToList(), cancellationToken))
            .Where(r => MayRead(scope, r)).ToDictionary(r => r.ProfileId);
        var names = await facetNames.GetAsync(cancellationToken);
        return new ProfileSearchResultDto
        {
            TotalCount = result.Total,
            Items = result.Hits.Where(h => rows.ContainsKey(h.Id)).Select(h => ToHit(h, rows[h.Id], names)).ToList(),
            Facets = CountedFacets.Where(result.Facets.ContainsKey).Select(f => new SearchFacetDto
            {
                Name = f,
                Values = result.Facets[f].Select(v => new SearchFacetValueDto { Value = v.Value, Label = Label(f, v.Value, names), Count = v.Count }).ToList()
            }).ToList()
        };
    }

    /// <summary>Investors: published profiles. Staff who see profiles: a district officer also its district's drafts, municipal staff everything.</summary>
    private async Task<SearchScope> ScopeAsync()
    {
        var seesDrafts = principal.Principal is { } user && await permissions.IsGrantedAsync(user, CultivationPermissions.Profiles.Default);
        return !seesDrafts ? SearchScope.PublishedOnly
            : currentUser.DistrictId is { } districtId ? SearchScope.PublishedOrDistrict(districtId)
            : SearchScope.Everything;
    }

    private static bool MayRead(SearchScope scope, ProfileIndexRow row) =>
        row.Status == ProfileStatus.Published || scope.Kind == SearchScopeKind.Everything
        || (scope.Kind == SearchScopeKind.PublishedOrDistrict && scope.DistrictId == row.DistrictId);

    /// <summary>The input's selections by facet name, as the engine takes them (shared with saved-search alerts).</summary>
    public static Dictionary<string, IReadOnlyCollection<string>> Filters(ProfileSearchInput input)
    {
        var filters = new Dictionary<string, IReadOnlyCollection<string>>
        {
            [ProfileFacets.Industry] = input.Industry,
            [ProfileFacets.District] = input.District,
            [ProfileFacets.PrizeLevel] = input.PrizeLevel.Select(p => p.ToString()).ToList(),
            [ProfileFacets.Edition] = input.Edition.Select(e => e.ToString(CultureInfo.InvariantCulture)).ToList(),
            [ProfileFacets.NationalAdvancement] = input.NationalAdvancement.Select(a => a.ToString()).ToList(),
            [ProfileFacets.FinancingStage] = input.FinancingStage.Select(s => s.ToString()).ToList(),
            [ProfileFacets.AmountBand] = input.AmountBand.Select(b => b.ToString()).ToList(),
            [ProfileFacets.Title] = input.Title,
            [ProfileFacets.ChainTag] = input.ChainTag
        };
        return filters.Where(f => f.Value.Count > 0).ToDictionary();
    }

    private ProfileSearchHitDto ToHit(ProfileSearchHit hit, ProfileIndexRow row, SearchNames names)
    {
        var document = ProfileDocumentMapper.ToDocument(row);
        return new ProfileSearchHitDto
        {
            Id = row.ProfileId, EnterpriseId = row.EnterpriseId, EnterpriseName = row.EnterpriseName, Headline = row.Content.Headline,
            DistrictName = names.Districts.GetValueOrDefault(row.DistrictCode, row.DistrictCode),
            IndustryFieldName = row.IndustryCode is { } code ? names.Industries.GetValueOrDefault(code, code) : null,
            PrizeLevel = Parse<Contests.PrizeLevel>(document.PrizeLevel), Edition = document.Edition,
            NationalAdvancement = Parse<Contests.NationalAdvancement>(document.NationalAdvancement),
            FinancingStage = row.Content.FinancingStage, AmountBand = row.Content.AmountBand, ChainTags = row.Content.ChainTags.ToList(),
            Status = row.Status, PublishedTime = row.PublishedTime,
            Highlights = hit.Highlights.ToDictionary(h => h.Key, h => h.Value.Select(SafeFragment).ToList())
        };
    }

    /// <summary>The profile's own text is escaped; only the engine's &lt;em&gt; marks stay markup (the client renders them as HTML).</summary>
    private static string SafeFragment(string fragment) =>
        WebUtility.HtmlEncode(fragment).Replace("&lt;em&gt;", "<em>", StringComparison.Ordinal).Replace("&lt;/em&gt;", "</em>", StringComparison.Ordinal);

    private static T? Parse<T>(string? value) where T : struct, Enum => Enum.TryParse<T>(value, out var parsed) ? parsed : null;

    private string Label(string facet, string value, SearchNames names) => facet switch
    {
        ProfileFacets.Industry => names.Industries.GetValueOrDefault(value, value),
        ProfileFacets.District => names.Districts.GetValueOrDefault(value, value),
        ProfileFacets.PrizeLevel => EnumText(nameof(Contests.PrizeLevel), value),
        ProfileFacets.NationalAdvancement => EnumText(nameof(Contests.NationalAdvancement), value),
        ProfileFacets.FinancingStage => EnumText(nameof(FinancingStage), value),
        ProfileFacets.AmountBand => EnumText(nameof(FinancingAmountBand), value),
        _ => value
    };

    private string EnumText(string type, string value) => localizer[$"Enum:{type}.{value}"] is { ResourceNotFound: false } text ? text.Value : value;

}
