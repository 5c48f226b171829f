using Cultivation.Entities;
using Cultivation.Jobs;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Search;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Profiles;

/// <summary>The administrators' view of search: index health against the database, a full rebuild, the synonym list.</summary>
[Authorize(CultivationPermissions.Profiles.ManageIndex)]
public sealed class SearchAdminAppService(
    IProfileSearchEngine engine,
    IProfileIndexQueue queue,
    IProjectProfileRepository profiles,
    IRepository<SearchSynonymList, Guid> synonymLists,
    IRepository<JobRun, Guid> runs,
    IJobScheduler scheduler,
    StoredSearchSynonymSource synonymSource,
    Data.IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork) : ISearchAdminAppService
{
    public const string RebuildJobName = "search-index-rebuild";
    public const string SyncJobName = "search-index";

    public async Task<SearchIndexStatusDto> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var status = new SearchIndexStatusDto();
        try
        {
            var health = await engine.GetHealthAsync(cancellationToken);
            (status.Engine, status.IndexName, status.MappingVersion, status.DocumentCount) = (health.Engine, health.IndexName, health.MappingVersion, health.DocumentCount);
        }
        catch (SearchEngineException e)
        {
            (status.Engine, status.EngineError) = (engine.GetType().Name.Replace("ProfileSearchEngine", string.Empty, StringComparison.Ordinal), e.Message);
        }
        using (dataFilter.Disable<IDistrictScoped>())
        {
            var all = await profiles.GetQueryableAsync();
            status.ProfileCount = await executer.CountAsync(all, cancellationToken);
            status.PublishedCount = await executer.CountAsync(all.Where(p => p.Status == ProfileStatus.Published), cancellationToken);
        }
        var lag = await queue.GetLagAsync(cancellationToken);
        (status.PendingChanges, status.FailingChanges, status.OldestPendingTime, status.LastError) = (lag.Pending, lag.Failing, lag.OldestQueuedTime, lag.LastError);
        status.LastSyncTime = await executer.FirstOrDefaultAsync((await runs.GetQueryableAsync())
            .Where(r => (r.JobName == SyncJobName || r.JobName == RebuildJobName) && r.Outcome != JobRunOutcome.Failed && r.Outcome != JobRunOutcome.Running)
            .OrderByDescending(r => r.StartTime).Select(r => r.EndTime), cancellationToken);
        return status;
    }

    public Task RebuildAsync(CancellationToken cancellationToken = default) => scheduler.TriggerAsync(RebuildJobName, cancellationToken);

    public async Task<SearchSynonymsDto> GetSynonymsAsync(CancellationToken cancellationToken = default) => ToDto(await GetListAsync(cancellationToken));

    public async Task<SearchSynonymsDto> UpdateSynonymsAsync(UpdateSearchSynonymsDto input, CancellationToken cancellationToken = default)
    {
        var list = await GetListAsync(cancellationToken);
        list.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        list.Replace(input.Lines);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        synonymSource.Forget();
        return ToDto(list);
    }

    private async Task<SearchSynonymList> GetListAsync(CancellationToken cancellationToken)
    {
        if (await synonymLists.FindAsync(SearchSynonymList.SingletonId, cancellationToken: cancellationToken) is { } list)
        {
            return list;
        }
        list = new SearchSynonymList([]);
        await synonymLists.InsertAsync(list, autoSave: true, cancellationToken);
        return list;
    }

    private static SearchSynonymsDto ToDto(SearchSynonymList list) => new() { Lines = list.Lines.ToList(), ConcurrencyStamp = list.ConcurrencyStamp };
}
