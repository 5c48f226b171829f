namespace Cultivation.Search;

/// <summary>Configuration section <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";
    public const string LuceneEngine = "Lucene";
    public const string ElasticsearchEngine = "Elasticsearch";

    /// <summary><c>Lucene</c> (embedded, the default) or <c>Elasticsearch</c>.</summary>
    public string Engine { get; set; } = LuceneEngine;

    public LuceneSearchOptions Lucene { get; set; } = new();
    public ElasticsearchSearchOptions Elasticsearch { get; set; } = new();

    /// <summary>Synonym groups, one a line ("人工智能, AI"), used until the Profiles module provides the admins' list.</summary>
    public List<string> Synonyms { get; set; } = [];
}

public sealed class LuceneSearchOptions
{
    /// <summary>The index folder; a relative path is under the host's content root.</summary>
    public string IndexPath { get; set; } = Path.Combine("App_Data", "search");
}

public sealed class ElasticsearchSearchOptions
{
    public string? Url { get; set; }

    /// <summary>The alias searches and writes go through; each mapping version's index sits behind it.</summary>
    public string Alias { get; set; } = "cultivation-profiles";

    /// <summary><c>smartcn</c> (needs the analysis-smartcn plugin) or <c>ik</c> (the IK plugin: ik_max_word to index, ik_smart to search).</summary>
    public string Analyzer { get; set; } = ElasticsearchAnalyzers.Smartcn;

    /// <summary>Sends the compatibility headers NEST 7 needs to talk to an 8.x cluster.</summary>
    public bool ApiVersioningHeader { get; set; }

    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>An API key as Elasticsearch returns it encoded (base64 of id:key).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Documents per bulk request when rebuilding.</summary>
    public int BulkSize { get; set; } = 1_000;
}

public static class ElasticsearchAnalyzers
{
    public const string Smartcn = "smartcn";
    public const string Ik = "ik";
}
