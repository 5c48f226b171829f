using Cultivation.Entities;
using Cultivation.EntityFrameworkCore;
using Cultivation.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Repositories;

/// <summary>The EF Core implementation of the generic repository; module repositories add their queries and includes.</summary>
public class EfCoreRepository<TEntity, TKey>(CultivationDbContext dbContext) : IRepository<TEntity, TKey>
    where TEntity : AggregateRoot<TKey>
    where TKey : notnull
{
    protected CultivationDbContext DbContext { get; } = dbContext;

    protected DbSet<TEntity> DbSet => DbContext.Set<TEntity>();

    public virtual Task<IQueryable<TEntity>> GetQueryableAsync() => Task.FromResult<IQueryable<TEntity>>(DbSet.AsQueryable());

    /// <summary>The aggregate with its child collections; override to include them.</summary>
    protected virtual IQueryable<TEntity> WithDetails(IQueryable<TEntity> query) => query;

    public async Task<TEntity> GetAsync(TKey id, bool includeDetails = true, CancellationToken cancellationToken = default) =>
        await FindAsync(id, includeDetails, cancellationToken) ?? throw new EntityNotFoundException(typeof(TEntity), id);

    public virtual async Task<TEntity?> FindAsync(TKey id, bool includeDetails = true, CancellationToken cancellationToken = default)
    {
        var query = includeDetails ? WithDetails(DbSet) : DbSet;
        return await query.FirstOrDefaultAsync(e => e.Id.Equals(id), cancellationToken);
    }

    public async Task<TEntity> InsertAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        await DbSet.AddAsync(entity, cancellationToken);
        await SaveIfAsync(autoSave, cancellationToken);
        return entity;
    }

    public async Task InsertManyAsync(IEnumerable<TEntity> entities, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        await DbSet.AddRangeAsync(entities, cancellationToken);
        await SaveIfAsync(autoSave, cancellationToken);
    }

    public async Task<TEntity> UpdateAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        if (DbContext.Entry(entity).State == EntityState.Detached)
        {
            DbSet.Update(entity);
        }
        await SaveIfAsync(autoSave, cancellationToken);
        return entity;
    }

    public async Task DeleteAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        DbSet.Remove(entity);
        await SaveIfAsync(autoSave, cancellationToken);
    }

    private Task SaveIfAsync(bool autoSave, CancellationToken cancellationToken) =>
        autoSave ? DbContext.SaveChangesAsync(cancellationToken) : Task.CompletedTask;
}
