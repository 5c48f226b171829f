using System.Runtime.CompilerServices;
using Cultivation.Entities;
using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Profiles;

public sealed class EfCoreProjectProfileRepository(CultivationDbContext dbContext)
    : EfCoreRepository<ProjectProfile, Guid>(dbContext), IProjectProfileRepository
{
    /// <summary>SQLite allows 999 parameters; a chunk stays well below.</summary>
    private const int ChunkSize = 500;

    public async Task<ProjectProfile?> FindOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default) =>
        await DbSet.FirstOrDefaultAsync(p => p.EnterpriseId == enterpriseId, cancellationToken);

    public async Task<List<ProfileIndexRow>> GetIndexRowsAsync(IReadOnlyCollection<Guid> profileIds, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<IDistrictScoped>();
        var rows = new List<ProfileIndexRow>(profileIds.Count);
        foreach (var chunk in profileIds.Chunk(ChunkSize))
        {
            rows.AddRange(await ReadRowsAsync(DbSet.Where(p => chunk.Contains(p.Id)), cancellationToken));
        }
        return rows;
    }

    public async IAsyncEnumerable<ProfileIndexRow> StreamIndexRowsAsync(int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guid? after = null;
        while (true)
        {
            List<ProfileIndexRow> page;
            using (DbContext.DisableFilter<IDistrictScoped>())
            {
                var query = DbSet.AsQueryable();
                if (after is { } last)
                {
                    query = query.Where(p => p.Id.CompareTo(last) > 0);
                }
                page = await ReadRowsAsync(query.OrderBy(p => p.Id).Take(pageSize), cancellationToken);
            }
            foreach (var row in page)
            {
                yield return row;
            }
            if (page.Count < pageSize)
            {
                yield break;
            }
            after = page[^1].ProfileId;
        }
    }

    /// <summary>Three queries for any number of profiles: the profiles with their enterprise, district and field, then their awards and titles.</summary>
    private async Task<List<ProfileIndexRow>> ReadRowsAsync(IQueryable<ProjectProfile> profiles, CancellationToken cancellationToken)
    {
        var heads = await (
            from p in profiles
            join e in DbContext.Enterprises on p.EnterpriseId equals e.Id
            join d in DbContext.Districts on p.DistrictId equals d.Id
            join f in DbContext.IndustryFields on e.IndustryFieldId equals f.Id into fields
            from f in fields.DefaultIfEmpty()
            select new
            {
                p.Id, p.EnterpriseId, p.DistrictId, DistrictCode = d.Code, EnterpriseName = e.Name, p.Status, p.Content,
                IndustryCode = f == null ? null : f.Code, p.PublishedTime, Changed = p.LastModificationTime ?? p.CreationTime
            }).AsNoTracking().ToListAsync(cancellationToken);
        if (heads.Count == 0)
        {
            return [];
        }
        var enterpriseIds = heads.Select(h => h.EnterpriseId).ToList();
        var awards = (await DbContext.AwardRecords.AsNoTracking()
                .Where(a => enterpriseIds.Contains(a.EnterpriseId))
                .Select(a => new { a.EnterpriseId, a.EditionYear, a.PrizeLevel, a.NationalAdvancement, a.NationalAdvancementYear })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.EnterpriseId, a => new ProfileAward(a.EditionYear, a.PrizeLevel, a.NationalAdvancement, a.NationalAdvancementYear));
        var titles = (await DbContext.EnterpriseTitles.AsNoTracking()
                .Where(t => enterpriseIds.Contains(t.EnterpriseId) && t.Status == Policies.EnterpriseTitleStatus.Active)
                .Select(t => new { t.EnterpriseId, t.ProgrammeCode })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.EnterpriseId, t => t.ProgrammeCode);
        return heads.Select(h => new ProfileIndexRow
        {
            ProfileId = h.Id, EnterpriseId = h.EnterpriseId, DistrictId = h.DistrictId, DistrictCode = h.DistrictCode,
            EnterpriseName = h.EnterpriseName, Status = h.Status, Content = h.Content, IndustryCode = h.IndustryCode,
            Awards = awards[h.EnterpriseId].OrderByDescending(a => a.EditionYear).ToList(),
            Titles = titles[h.EnterpriseId].Distinct().Order(StringComparer.Ordinal).ToList(),
            PublishedTime = h.PublishedTime, LastChangedTime = h.Changed
        }).ToList();
    }
}
