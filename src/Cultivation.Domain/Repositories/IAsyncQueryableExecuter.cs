namespace Cultivation.Repositories;

/// <summary>
/// Runs a LINQ query asynchronously on the database provider without the application layer knowing
/// EF Core (ABP's IAsyncQueryableExecuter).
/// </summary>
public interface IAsyncQueryableExecuter
{
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default);

    Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default);

    Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default);
}
