using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Cultivation.Search.Lucene;

/// <summary>Marks the matched terms in the stored text fields with &lt;em&gt;, as the Elasticsearch highlighter does.</summary>
internal sealed class LuceneHitHighlighter(Analyzer analyzer)
{
    /// <summary>The same fragment size and number as the Elasticsearch request.</summary>
    public const int FragmentSize = 100;
    public const int MaxFragments = 3;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> None = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Highlight(Query? textQuery, Document document)
    {
        if (textQuery is null)
        {
            return None;
        }
        var highlights = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in ProfileTextFields.All)
        {
            var text = document.Get(field);
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new QueryScorer(textQuery, field))
            {
                TextFragmenter = new SimpleFragmenter(FragmentSize),
            };
            var fragments = highlighter.GetBestFragments(analyzer, field, text, MaxFragments)
                .Where(f => !string.IsNullOrWhiteSpace(f))
                .ToList();
            if (fragments.Count > 0)
            {
                highlights[field] = fragments;
            }
        }
        return highlights;
    }
}
