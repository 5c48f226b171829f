using Microsoft.Extensions.Logging;

namespace Cultivation.Data;

/// <summary>Applies migrations, then runs every seed contributor in order. Used by the DbMigrator and the embedded host.</summary>
public sealed class CultivationDbMigrationService(
    IEnumerable<ICultivationDbSchemaMigrator> migrators,
    IEnumerable<IDataSeedContributor> contributors,
    ILogger<CultivationDbMigrationService> logger)
{
    public async Task MigrateAsync(DataSeedContext seedContext, CancellationToken cancellationToken = default)
    {
        foreach (var migrator in migrators)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
        logger.LogInformation("Database schema is up to date.");
        await SeedAsync(seedContext, cancellationToken);
    }

    public async Task SeedAsync(DataSeedContext seedContext, CancellationToken cancellationToken = default)
    {
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(seedContext, cancellationToken);
            logger.LogInformation("Seeded {Contributor}.", contributor.GetType().Name);
        }
    }
}
