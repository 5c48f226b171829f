using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;

namespace Cultivation.Search.Lucene;

/// <summary>
/// Marks the matched terms of a page of hits with &lt;em&gt;, sentence by sentence: Lucene's postings highlighter, which
/// reads the matches' offsets from the index (the text fields keep offsets in their postings) instead of running
/// SmartCn over each hit's text again, and is what Elasticsearch's default (unified) highlighter grew from.
/// </summary>
internal sealed class LuceneHitHighlighter
{
    /// <summary>At most this many passages (sentences) per field, as the Elasticsearch request asks.</summary>
    public const int MaxFragments = 3;
    /// <summary>Elasticsearch's unified highlighter also cuts sentences at about this many characters; Lucene's keeps whole sentences.</summary>
    public const int FragmentSize = 100;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> None = new Dictionary<string, IReadOnlyList<string>>();
    private static readonly string[] Fields = ProfileTextFields.All.ToArray();
    private static readonly PostingsHighlighter Highlighter = new();

    /// <returns>For each doc id in order, field → fragments; empty when there is no text query.</returns>
    public static IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<string>>> Highlight(Query? textQuery, IndexSearcher searcher, int[] docIds)
    {
        if (textQuery is null || docIds.Length == 0)
        {
            return docIds.Select(_ => None).ToList();
        }
        var byField = Highlighter.HighlightFields(Fields, textQuery, searcher, docIds, Fields.Select(_ => MaxFragments).ToArray());
        return docIds.Select((_, i) => (IReadOnlyDictionary<string, IReadOnlyList<string>>)Fields
                .Where(f => !string.IsNullOrEmpty(byField[f][i]))
                .ToDictionary(f => f, f => Split(byField[f][i]), StringComparer.Ordinal))
            .ToList();
    }

    private static IReadOnlyList<string> Split(string passages) =>
        passages.Split(PostingsHighlighter.Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Sentences with &lt;em&gt; around the matches, separated by a character text never holds; no sentence for a field without a match.</summary>
    private sealed class PostingsHighlighter : ICUPostingsHighlighter
    {
        public const char Separator = '\u001F';
        private readonly PassageFormatter _formatter = new DefaultPassageFormatter("<em>", "</em>", Separator.ToString(), escape: false);

        protected override PassageFormatter GetFormatter(string field) => _formatter;

        protected override Passage[] GetEmptyHighlight(string fieldName, ICU4N.Text.BreakIterator bi, int maxPassages) => [];

        // A sentence iterator costs about as much to create as to run over a summary; the highlighter takes one per
        // field and uses it on one thread, from SetText to the last boundary, so each thread keeps its own.
        [ThreadStatic]
        private static ICU4N.Text.BreakIterator? _sentences;

        protected override ICU4N.Text.BreakIterator GetBreakIterator(string field) =>
            _sentences ??= ICU4N.Text.BreakIterator.GetSentenceInstance(System.Globalization.CultureInfo.InvariantCulture);
    }
}
