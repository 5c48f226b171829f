using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Cultivation.Search.Lucene;

/// <summary>
/// Counts the values of some facets over the matching documents from their sorted-set doc values
/// (what Lucene.Net.Facet's SortedSetDocValuesFacetCounts does; that package is not available here).
/// Counts by segment ordinal while collecting and resolves ordinals to values once per segment.
/// </summary>
internal sealed class FacetCountingCollector(IReadOnlyList<ProfileFacet> facets) : ICollector
{
    private readonly Dictionary<string, long>[] _totals = facets.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[facets.Count];
    private readonly SortedDocValues?[] _singleValues = new SortedDocValues?[facets.Count];
    private readonly int[][] _segmentCounts = new int[facets.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < facets.Count; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(LuceneFields.Facet(facets[i]));
            _values[i] = values;
            // A facet with at most one value per document in this segment is stored as sorted doc values: one
            // ordinal read per document instead of positioning and iterating a set.
            _singleValues[i] = values is null ? null : DocValues.UnwrapSingleton(values);
            _segmentCounts[i] = values is null ? [] : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_singleValues[i] is { } single)
            {
                var only = single.GetOrd(doc);
                if (only >= 0)
                {
                    _segmentCounts[i][only]++;
                }
                continue;
            }
            var values = _values[i];
            if (values is null)
            {
                continue;
            }
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[i][ord]++;
            }
        }
    }

    /// <summary>Each facet's values by count (descending), then value, as Elasticsearch's terms aggregation orders them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValueCount>> Results()
    {
        FlushSegment();
        var results = new Dictionary<string, IReadOnlyList<FacetValueCount>>(StringComparer.Ordinal);
        for (var i = 0; i < facets.Count; i++)
        {
            results[facets[i].Name] = _totals[i]
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Take(PreparedSearch.MaxFacetValues)
                .Select(v => new FacetValueCount(v.Key, v.Value))
                .ToList();
        }
        return results;
    }

    private void FlushSegment()
    {
        var value = new BytesRef();
        for (var i = 0; i < facets.Count; i++)
        {
            var values = _values[i];
            var counts = _segmentCounts[i];
            if (values is null || counts is null)
            {
                continue;
            }
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                values.LookupOrd(ord, value);
                var key = value.Utf8ToString();
                _totals[i][key] = _totals[i].GetValueOrDefault(key) + counts[ord];
            }
            _values[i] = null;
            _singleValues[i] = null;
        }
    }
}
