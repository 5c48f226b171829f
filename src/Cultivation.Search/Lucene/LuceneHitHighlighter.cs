using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Util;

namespace Cultivation.Search.Lucene;

/// <summary>Marks the matched terms in the stored text fields with &lt;em&gt;, as the Elasticsearch highlighter does.</summary>
internal sealed class LuceneHitHighlighter
{
    /// <summary>The same fragment size and number as the Elasticsearch request.</summary>
    public const int FragmentSize = 100;
    public const int MaxFragments = 3;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> None = new Dictionary<string, IReadOnlyList<string>>();

    private readonly Query? _textQuery;
    private readonly ILookup<string, BytesRef> _termsByField;
    private readonly Dictionary<string, Highlighter> _highlighters = new(StringComparer.Ordinal);

    /// <param name="textQuery">The scored text part of the search; null highlights nothing.</param>
    public LuceneHitHighlighter(Query? textQuery)
    {
        _textQuery = textQuery;
        var terms = new HashSet<Term>();
        textQuery?.ExtractTerms(terms);
        _termsByField = terms.ToLookup(t => t.Field, t => t.Bytes);
    }

    /// <summary>
    /// Reads the hit's term vectors once, skips the fields that hold none of the query's terms, and builds the
    /// fragments of the others from their stored positions and offsets: no second SmartCn pass over the text.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Highlight(IndexReader reader, int docId, Document document)
    {
        if (_textQuery is null)
        {
            return None;
        }
        var vectors = reader.GetTermVectors(docId);
        var highlights = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in ProfileTextFields.All)
        {
            var vector = vectors?.GetTerms(field);
            var text = document.Get(field);
            if (vector is null || string.IsNullOrEmpty(text) || !HoldsAnyQueryTerm(vector, field))
            {
                continue;
            }
            using var tokens = TokenSources.GetTokenStream(vector, tokenPositionsGuaranteedContiguous: false);
            var fragments = HighlighterFor(field).GetBestFragments(tokens, text, MaxFragments)
                .Where(f => !string.IsNullOrWhiteSpace(f))
                .ToList();
            if (fragments.Count > 0)
            {
                highlights[field] = fragments;
            }
        }
        return highlights;
    }

    /// <summary>One highlighter per field for the whole page; the scorer is set up again for each text it scores.</summary>
    private Highlighter HighlighterFor(string field)
    {
        if (!_highlighters.TryGetValue(field, out var highlighter))
        {
            highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new QueryScorer(_textQuery, field))
            {
                TextFragmenter = new SimpleFragmenter(FragmentSize),
            };
            _highlighters[field] = highlighter;
        }
        return highlighter;
    }

    private bool HoldsAnyQueryTerm(Terms vector, string field)
    {
        var terms = vector.GetEnumerator();
        return _termsByField[field].Any(terms.SeekExact);
    }
}
