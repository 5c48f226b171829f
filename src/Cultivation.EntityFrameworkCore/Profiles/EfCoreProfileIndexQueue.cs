using Cultivation.Entities;
using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Profiles;

public sealed class EfCoreProfileIndexQueue(CultivationDbContext dbContext) : IProfileIndexQueue
{
    private const int ChunkSize = 500;

    private DbSet<ProfileIndexChange> Changes => dbContext.ProfileIndexChanges;

    public async Task EnqueueAsync(IEnumerable<Guid> profileIds, DateTime now, CancellationToken cancellationToken = default) =>
        await Changes.AddRangeAsync(profileIds.Select(id => new ProfileIndexChange(Guid.CreateVersion7(), id, now)), cancellationToken);

    public async Task EnqueueEnterprisesAsync(IReadOnlyCollection<Guid> enterpriseIds, DateTime now, CancellationToken cancellationToken = default)
    {
        using var _ = dbContext.DisableFilter<IDistrictScoped>();
        foreach (var chunk in enterpriseIds.Chunk(ChunkSize))
        {
            var profileIds = await dbContext.ProjectProfiles.Where(p => chunk.Contains(p.EnterpriseId)).Select(p => p.Id).ToListAsync(cancellationToken);
            await EnqueueAsync(profileIds, now, cancellationToken);
        }
    }

    public async Task EnqueueAllAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        using var _ = dbContext.DisableFilter<IDistrictScoped>();
        await EnqueueAsync(await dbContext.ProjectProfiles.Select(p => p.Id).ToListAsync(cancellationToken), now, cancellationToken);
    }

    public Task<List<ProfileIndexChange>> GetDueAsync(DateTime now, int take, CancellationToken cancellationToken = default) =>
        Changes.AsNoTracking().Where(c => c.NextAttemptTime <= now).OrderBy(c => c.NextAttemptTime).ThenBy(c => c.Id).Take(take).ToListAsync(cancellationToken);

    public async Task CompleteAsync(IReadOnlyCollection<Guid> changeIds, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in changeIds.Chunk(ChunkSize))
        {
            await Changes.Where(c => chunk.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public Task CompleteQueuedUntilAsync(DateTime until, CancellationToken cancellationToken = default) =>
        Changes.Where(c => c.QueuedTime <= until).ExecuteDeleteAsync(cancellationToken);

    public async Task DeferAsync(IReadOnlyCollection<Guid> changeIds, string error, DateTime now, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in changeIds.Chunk(ChunkSize))
        {
            var changes = await Changes.Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken);
            changes.ForEach(c => c.Failed(error, now));
        }
        await dbContext.SaveChangesAsync(cancellationToken);
    }

    public async Task<ProfileIndexLag> GetLagAsync(CancellationToken cancellationToken = default)
    {
        var summary = await Changes.GroupBy(_ => 1).Select(g => new
        {
            Pending = g.Count(), Failing = g.Count(c => c.Attempts > 0), Oldest = g.Min(c => (DateTime?)c.QueuedTime)
        }).FirstOrDefaultAsync(cancellationToken);
        var lastError = summary is { Failing: > 0 }
            ? await Changes.Where(c => c.LastError != null).OrderByDescending(c => c.NextAttemptTime).Select(c => c.LastError).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ProfileIndexLag(summary?.Pending ?? 0, summary?.Failing ?? 0, summary?.Oldest, lastError);
    }
}
