using Cultivation.Entities;

namespace Cultivation.Repositories;

/// <summary>
/// ABP's generic repository surface. Writes are collected by the unit of work and saved together
/// (one transaction) unless <c>autoSave</c> asks for an immediate save.
/// </summary>
public interface IRepository<TEntity, in TKey>
    where TEntity : AggregateRoot<TKey>
    where TKey : notnull
{
    /// <summary>A query over the aggregate roots, filtered as the current user may see them.</summary>
    Task<IQueryable<TEntity>> GetQueryableAsync();

    /// <summary>The aggregate with its details, or <see cref="Cultivation.Exceptions.EntityNotFoundException"/>.</summary>
    Task<TEntity> GetAsync(TKey id, bool includeDetails = true, CancellationToken cancellationToken = default);

    Task<TEntity?> FindAsync(TKey id, bool includeDetails = true, CancellationToken cancellationToken = default);

    Task<TEntity> InsertAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);

    Task InsertManyAsync(IEnumerable<TEntity> entities, bool autoSave = false, CancellationToken cancellationToken = default);

    Task<TEntity> UpdateAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes what can be soft-deleted, deletes the rest.</summary>
    Task DeleteAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);
}
