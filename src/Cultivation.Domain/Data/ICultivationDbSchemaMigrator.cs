namespace Cultivation.Data;

/// <summary>Brings the configured database's schema up to date (implemented per provider).</summary>
public interface ICultivationDbSchemaMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken = default);
}
