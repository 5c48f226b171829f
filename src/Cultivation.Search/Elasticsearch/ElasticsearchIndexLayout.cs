using Nest;

namespace Cultivation.Search.Elasticsearch;

/// <summary>The concrete index behind the alias: its name and its mapping, both carrying the mapping version.</summary>
internal static class ElasticsearchIndexLayout
{
    /// <summary>Bumped when the mapping changes; a rebuild then creates an index of the new version behind the alias.</summary>
    public const string MappingVersion = "1";

    public static string NewIndexName(string alias, DateTimeOffset now) =>
        $"{alias}-v{MappingVersion}-{now.UtcDateTime:yyyyMMddHHmmssfff}";

    /// <param name="alias">The alias to join at once (the first index); a rebuild's index joins it only when complete.</param>
    public static ICreateIndexRequest Describe(CreateIndexDescriptor index, string analyzer, string? alias)
    {
        index
            .Settings(s => s.NumberOfShards(1))
            .Map<ProfileDocument>(m => m
                .Dynamic(false)
                .Meta(meta => meta.Add("mappingVersion", MappingVersion))
                .Properties(p => TextFields(KeywordFields(p), analyzer)));
        return alias is null ? index : index.Aliases(a => a.Alias(alias));
    }

    private static PropertiesDescriptor<ProfileDocument> KeywordFields(PropertiesDescriptor<ProfileDocument> p)
    {
        p.Keyword(k => k.Name(d => d.Id))
            .Keyword(k => k.Name(d => d.EnterpriseId))
            .Keyword(k => k.Name(d => d.DistrictId))
            .Boolean(b => b.Name(d => d.IsPublished))
            .Number(n => n.Name(d => d.AwardRank).Type(NumberType.Integer))
            .Date(d => d.Name(x => x.UpdatedAt))
            .Date(d => d.Name(x => x.PublishedAt))
            .Date(d => d.Name(x => x.NewestAt));
        foreach (var facet in ProfileFacets.All)
        {
            p.Keyword(k => k.Name(facet.Field));
        }
        return p;
    }

    private static PropertiesDescriptor<ProfileDocument> TextFields(PropertiesDescriptor<ProfileDocument> p, string analyzer)
    {
        var (indexAnalyzer, searchAnalyzer) = analyzer switch
        {
            ElasticsearchAnalyzers.Smartcn => ("smartcn", "smartcn"),
            ElasticsearchAnalyzers.Ik => ("ik_max_word", "ik_smart"),
            _ => throw new ArgumentOutOfRangeException(nameof(analyzer), analyzer, "The analyzer is smartcn or ik."),
        };
        foreach (var field in ProfileTextFields.All)
        {
            p.Text(t => t.Name(field).Analyzer(indexAnalyzer).SearchAnalyzer(searchAnalyzer));
        }
        return p;
    }
}
