using Cultivation.Search;
using Cultivation.Search.Lucene;
using Cultivation.Search.Tests.Contract;

namespace Cultivation.Search.Tests.Lucene;

/// <summary>What the embedded engine owes a host: writes survive a restart, searches run while writing, a failed rebuild changes nothing.</summary>
public sealed class LuceneIndexLifetime_Tests : IDisposable
{
    private readonly TemporaryFolder _folder = new("search-lifetime");

    private LuceneProfileSearchEngine Open() => new(_folder.Path, new FixedSearchSynonymSource(SearchSynonyms.None));

    [Fact]
    public async Task Should_keep_what_was_written_after_a_restart()
    {
        using (var engine = Open())
        {
            await engine.IndexAsync(SearchTestProfiles.All, CancellationToken.None);
            await engine.DeleteAsync([SearchTestProfiles.ChipDesign], CancellationToken.None);
        }

        using var reopened = Open();

        (await reopened.GetHealthAsync(CancellationToken.None)).DocumentCount.ShouldBe(SearchTestProfiles.All.Count - 1);
        (await reopened.SearchAsync(new ProfileSearchQuery { Text = "集成电路" }, CancellationToken.None)).Hits.Select(h => h.Id).ShouldBe([SearchTestProfiles.AiChip]);
    }

    [Fact]
    public async Task Should_keep_the_old_index_when_a_rebuild_fails_halfway()
    {
        using var engine = Open();
        await engine.IndexAsync(SearchTestProfiles.All, CancellationToken.None);

        await Should.ThrowAsync<InvalidOperationException>(() => engine.RebuildAsync(FailingAfterTwo(), CancellationToken.None));

        (await engine.GetHealthAsync(CancellationToken.None)).DocumentCount.ShouldBe(SearchTestProfiles.All.Count);
        (await engine.SearchAsync(new ProfileSearchQuery { Text = "抗体" }, CancellationToken.None)).Hits.Select(h => h.Id).ShouldBe([SearchTestProfiles.Biomedicine]);
        await engine.IndexAsync([SearchTestProfiles.Get(SearchTestProfiles.Robotics) with { Headline = "重建失败后仍可写入" }], CancellationToken.None);
        (await engine.SearchAsync(new ProfileSearchQuery { Text = "重建失败后仍可写入" }, CancellationToken.None)).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Should_answer_searches_while_writes_go_on()
    {
        using var engine = Open();
        await engine.IndexAsync(SearchTestProfiles.All, CancellationToken.None);
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                await engine.IndexAsync([SearchTestProfiles.Get(SearchTestProfiles.NewMaterials) with { Summary = $"第{i}次修改的复合材料介绍" }], CancellationToken.None);
            }
        });
        var searches = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!writes.IsCompleted)
            {
                var result = await engine.SearchAsync(new ProfileSearchQuery { Scope = SearchScope.Everything, Take = 100, Facets = [ProfileFacets.Industry] }, CancellationToken.None);
                result.Total.ShouldBe(SearchTestProfiles.All.Count, "an upsert never shows a profile twice or not at all");
            }
        })).ToList();

        await Task.WhenAll(searches.Append(writes));

        (await engine.SearchAsync(new ProfileSearchQuery { Text = "第29次修改" }, CancellationToken.None)).Hits.Select(h => h.Id).ShouldBe([SearchTestProfiles.NewMaterials]);
    }

    private static async IAsyncEnumerable<ProfileDocument> FailingAfterTwo()
    {
        foreach (var profile in SearchTestProfiles.All.Take(2))
        {
            await Task.Yield();
            yield return profile;
        }
        throw new InvalidOperationException("the database went away during the rebuild");
    }

    public void Dispose() => _folder.Dispose();
}
