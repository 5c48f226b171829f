using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Repositories;

public sealed class EfCoreUnitOfWork(CultivationDbContext dbContext) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken = default) => dbContext.SaveChangesAsync(cancellationToken);

    public void ClearLoadedEntities() => dbContext.ChangeTracker.Clear();

    /// <summary>
    /// Runs the steps and a final save in one transaction, through the provider's execution strategy so
    /// that a retrying strategy (MySQL) retries the whole operation, not half of it.
    /// </summary>
    public Task ExecuteInTransactionAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken = default)
    {
        if (dbContext.Database.CurrentTransaction is not null)
        {
            return RunAsync();
        }
        var strategy = dbContext.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
            await RunAsync();
            await transaction.CommitAsync(cancellationToken);
        });

        async Task RunAsync()
        {
            await operation(cancellationToken);
            await dbContext.SaveChangesAsync(cancellationToken);
        }
    }
}
