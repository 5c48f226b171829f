using Cultivation.Data;
using Cultivation.EntityFrameworkCore.MySql;
using Cultivation.EntityFrameworkCore.Sqlite;
using Cultivation.Identity;
using Cultivation.Scheduling;
using Cultivation.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Applies the configured provider's migrations and seeds reference data (districts, industry fields, the
// 2024 edition, roles, the first administrator). Idempotent: a second run changes nothing.
//   dotnet run --project src/Cultivation.DbMigrator [-- --demo [--demo-count N]] [--reindex]
// --reindex then rebuilds the search index from the database (Elasticsearch: a new index and an alias swap; the embedded
// Lucene index only while the host is stopped, as one process at a time may write it).
var demo = args.Contains("--demo");
var reindex = args.Contains("--reindex");
var demoCountIndex = Array.IndexOf(args, "--demo-count");
int? demoCount = demoCountIndex >= 0 && demoCountIndex + 1 < args.Length ? int.Parse(args[demoCountIndex + 1]) : null;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args.Where((a, i) => a != "--demo" && a != "--reindex" && a != "--demo-count" && (i == 0 || args[i - 1] != "--demo-count")).ToArray(),
    ContentRootPath = AppContext.BaseDirectory
});
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
var configuration = builder.Configuration;
builder.Services.AddCultivationApplication();
builder.Services.AddCultivationSearch(configuration, builder.Environment.ContentRootPath);
builder.Services.AddCultivationEntityFrameworkCore(configuration,
    new SqliteCultivationDbProvider(),
    new MySqlCultivationDbProvider(configuration["Database:ServerVersion"] ?? MySqlCultivationDbProvider.DefaultServerVersion));
builder.Services.Configure<IdentitySeedOptions>(configuration.GetSection(IdentitySeedOptions.SectionName));

using var host = builder.Build();
await using var scope = host.Services.CreateAsyncScope();
var logger = scope.ServiceProvider.GetRequiredService<ILogger<Program>>();
logger.LogInformation("Migrating {Provider} database{Demo}…", configuration["Database:Provider"] ?? "Sqlite", demo ? " with demo data" : string.Empty);
await scope.ServiceProvider.GetRequiredService<CultivationDbMigrationService>()
    .MigrateAsync(new DataSeedContext(IncludeDemoData: demo, DemoEnterpriseCount: demoCount));
if (string.Equals(configuration["Database:Provider"], MySqlCultivationDbProvider.ProviderName, StringComparison.OrdinalIgnoreCase))
{
    // The clustered job store's tables, from the DDL inside Quartz.dll (creates only what is missing).
    await QuartzSchema.CreateMySqlAsync(configuration.GetConnectionString("Default")!);
    logger.LogInformation("Quartz job store tables are in place.");
}
if (reindex)
{
    var indexed = await scope.ServiceProvider.GetRequiredService<Cultivation.Profiles.ProfileIndexSync>().RebuildAsync();
    logger.LogInformation("Rebuilt the search index with {Count} profiles.", indexed);
}
logger.LogInformation("Done.");
