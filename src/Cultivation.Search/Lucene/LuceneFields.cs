namespace Cultivation.Search.Lucene;

/// <summary>Field names of the Lucene index; text fields keep the names of <see cref="ProfileTextFields"/>.</summary>
internal static class LuceneFields
{
    /// <summary>Bumped when the document layout changes; an index of another version must be rebuilt.</summary>
    public const string LayoutVersion = "2";
    public const string LayoutVersionKey = "cultivation.layoutVersion";

    public const string Id = "id";
    public const string EnterpriseId = "enterpriseId";
    public const string DistrictId = "districtId";
    public const string Published = "published";
    public const string NewestAt = "newestAt";
    public const string UpdatedAt = "updatedAt";
    public const string AwardRank = "awardRank";

    /// <summary>A facet's keywords: indexed for filtering and kept as sorted-set doc values for counting.</summary>
    public static string Facet(ProfileFacet facet) => "facet." + facet.Name;

    public const string True = "1";
    public const string False = "0";

    public static string Key(Guid id) => id.ToString("N");
}
