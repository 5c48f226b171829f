namespace Cultivation.Repositories;

/// <summary>
/// The changes of one business operation. <see cref="SaveChangesAsync"/> writes them in one transaction;
/// <see cref="ExecuteInTransactionAsync"/> wraps several steps (bulk updates and a save) in one.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    Task ExecuteInTransactionAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken = default);

    /// <summary>Forgets every loaded entity, so that a long batch keeps its memory and its saves small.</summary>
    void ClearLoadedEntities();
}
