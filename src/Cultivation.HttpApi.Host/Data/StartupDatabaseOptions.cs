namespace Cultivation.Data;

/// <summary>
/// What the host does to its database at start. The embedded (SQLite) profile migrates itself and seeds the
/// demo data set; a server database is migrated by the DbMigrator, and demo users — whose password is
/// published — are never created by a host on one: asking for them stops the host with an explanation.
/// </summary>
public sealed record StartupDatabaseOptions(bool MigrateOnStartup, bool SeedDemoData)
{
    public const string MigrateOnStartupKey = "Database:MigrateOnStartup";
    public const string SeedDemoDataKey = "Database:SeedDemoData";

    public static StartupDatabaseOptions Resolve(IConfiguration configuration, bool isEmbedded)
    {
        var options = new StartupDatabaseOptions(
            configuration.GetValue(MigrateOnStartupKey, isEmbedded),
            configuration.GetValue(SeedDemoDataKey, isEmbedded));
        if (options.SeedDemoData && !isEmbedded)
        {
            throw new InvalidOperationException(
                $"{SeedDemoDataKey} is true but Database:Provider is '{configuration["Database:Provider"]}'. Demo data creates users with a " +
                "published password (demo-admin / Demo@2024), so only the embedded SQLite profile seeds it. Remove the setting (or set it " +
                "to false); to put demo data into a server database on purpose, run Cultivation.DbMigrator with --demo.");
        }
        return options;
    }
}
