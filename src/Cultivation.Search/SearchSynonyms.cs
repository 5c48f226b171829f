namespace Cultivation.Search;

/// <summary>
/// Groups of interchangeable terms (人工智能 / AI, 集成电路 / 芯片). Applied at query time, in shared code,
/// so both engines match the same documents and a changed list needs no reindex.
/// </summary>
public sealed class SearchSynonyms
{
    /// <summary>More alternatives than this only slow the query; the first ones are kept.</summary>
    public const int MaxAlternatives = 16;

    private readonly IReadOnlyList<IReadOnlyList<string>> _groups;

    public SearchSynonyms(IEnumerable<IEnumerable<string>> groups) =>
        _groups = groups
            .Select(g => (IReadOnlyList<string>)g.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
            .Where(g => g.Count > 1)
            .ToList();

    public static SearchSynonyms None { get; } = new([]);

    /// <summary>Parses lines such as "人工智能, AI" (comma, 、 or ， between the terms of a group).</summary>
    public static SearchSynonyms Parse(IEnumerable<string> lines) =>
        new(lines.Select(l => l.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries)));

    public IReadOnlyList<IReadOnlyList<string>> Groups => _groups;

    /// <summary>
    /// The text itself, then the text with each synonym term it contains replaced by the others of its group.
    /// A document matches the query when it matches any alternative.
    /// </summary>
    public IReadOnlyList<string> Expand(string text)
    {
        var alternatives = new List<string> { text };
        foreach (var group in _groups)
        {
            foreach (var current in alternatives.ToList())
            {
                foreach (var term in group)
                {
                    var at = IndexOfTerm(current, term);
                    if (at < 0)
                    {
                        continue;
                    }
                    foreach (var other in group.Where(o => !o.Equals(term, StringComparison.OrdinalIgnoreCase)))
                    {
                        var replaced = string.Join(' ', $"{current[..at]} {other} {current[(at + term.Length)..]}".Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        if (alternatives.Count < MaxAlternatives && !alternatives.Contains(replaced, StringComparer.OrdinalIgnoreCase))
                        {
                            alternatives.Add(replaced);
                        }
                    }
                    break;
                }
            }
        }
        return alternatives;
    }

    /// <summary>Chinese terms match anywhere; a Latin term such as "AI" only as a whole word (not inside "MAIL").</summary>
    private static int IndexOfTerm(string text, string term)
    {
        var wholeWord = term.All(char.IsAscii);
        for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (!wholeWord || (!IsWordChar(text, at - 1) && !IsWordChar(text, at + term.Length)))
            {
                return at;
            }
        }
        return -1;
    }

    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsAscii(text[index]) && char.IsLetterOrDigit(text[index]);
}

/// <summary>Where the synonym list comes from. The Profiles module replaces the configured list with the one admins edit.</summary>
public interface ISearchSynonymSource
{
    ValueTask<SearchSynonyms> GetSynonymsAsync(CancellationToken ct);
}

/// <summary>A fixed list, e.g. from configuration (Search:Synonyms).</summary>
public sealed class FixedSearchSynonymSource(SearchSynonyms synonyms) : ISearchSynonymSource
{
    public ValueTask<SearchSynonyms> GetSynonymsAsync(CancellationToken ct) => ValueTask.FromResult(synonyms);
}
