using Cultivation.Search;
using Cultivation.Search.Lucene;
using Cultivation.Search.Tests.Contract;

namespace Cultivation.Search.Tests.Lucene;

/// <summary>The contract on real Lucene indexes in a temporary folder, deleted afterwards.</summary>
public sealed class LuceneProfileSearchEngine_Tests : ProfileSearchEngine_Contract
{
    private readonly TemporaryFolder _folder = new("search-tests");
    private readonly List<LuceneProfileSearchEngine> _engines = [];

    protected override Task<IProfileSearchEngine> CreateEngineAsync(SearchSynonyms synonyms)
    {
        var engine = new LuceneProfileSearchEngine(Path.Combine(_folder.Path, _engines.Count.ToString()), new FixedSearchSynonymSource(synonyms));
        _engines.Add(engine);
        return Task.FromResult<IProfileSearchEngine>(engine);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _engines.ForEach(e => e.Dispose());
        _folder.Dispose();
    }
}
