using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Cultivation.Search.Lucene;

/// <summary>
/// BM25 (k1 1.2, b 0.75), Elasticsearch's default similarity, instead of Lucene 4.8's TF-IDF: relevance orders
/// hits alike in both engines. The writer uses it too, as norms are encoded for the similarity that reads them.
/// </summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public static readonly Similarity Similarity = new BM25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
