using System.Diagnostics;
using Cultivation.Auditing;
using Cultivation.Contests;
using Cultivation.Data;
using Cultivation.Data.Demo;
using Cultivation.Enterprises;
using Cultivation.EntityFrameworkCore.MySql;
using Cultivation.Identity;
using Cultivation.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cultivation.Benchmarks;

/// <summary>
/// A MariaDB database with 100,000 fictional enterprises over ten editions (2015–2024), each with an award,
/// a contact and (companies) three years of figures — built through the domain, as the demo seed does.
/// </summary>
public static class BenchDatabase
{
    public const string AdminPassword = "Bench@12345";

    public static async Task<string> PrepareAsync(string server, int enterprises, bool reuse)
    {
        var connectionString = new MySqlConnector.MySqlConnectionStringBuilder(server) { Database = "cultivation_bench" }.ConnectionString;
        await using var services = BuildServices(connectionString);
        if (reuse)
        {
            // Brings an older bench database up to the current schema; its enterprises stay.
            await using var reuseScope = services.CreateAsyncScope();
            var rsp = reuseScope.ServiceProvider;
            await rsp.GetRequiredService<CultivationDbMigrationService>().MigrateAsync(new DataSeedContext());
            var existing = await rsp.GetRequiredService<IAsyncQueryableExecuter>().CountAsync(await rsp.GetRequiredService<IEnterpriseRepository>().GetQueryableAsync());
            if (existing >= enterprises)
            {
                Console.WriteLine($"Reusing cultivation_bench with {existing:N0} enterprises.");
                return connectionString;
            }
        }
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var repository = sp.GetRequiredService<IEnterpriseRepository>();
        await using (var drop = new MySqlConnector.MySqlConnection(server))
        {
            await drop.OpenAsync();
            await new MySqlConnector.MySqlCommand("DROP DATABASE IF EXISTS cultivation_bench", drop).ExecuteNonQueryAsync();
        }
        var clock = Stopwatch.StartNew();
        await sp.GetRequiredService<CultivationDbMigrationService>().MigrateAsync(new DataSeedContext());
        var editions = await EditionSeries.CreateAsync(sp, firstYear: 2015);
        var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
        using (sp.GetRequiredService<IAuditingManager>().Suppress())
        {
            var done = 0;
            foreach (var chunk in new DemoEnterpriseGenerator(editions, seed: 7).Generate(enterprises).Chunk(2000))
            {
                await repository.InsertManyAsync(chunk);
                await unitOfWork.SaveChangesAsync();
                unitOfWork.ClearLoadedEntities();
                done += chunk.Length;
                if (done % 20000 == 0)
                {
                    Console.WriteLine($"  {done:N0} enterprises written ({clock.Elapsed.TotalSeconds:F0} s)");
                }
            }
        }
        Console.WriteLine($"Seeded {enterprises:N0} enterprises with awards, contacts and figures in {clock.Elapsed.TotalSeconds:F1} s.");
        return connectionString;
    }

    public static ServiceProvider BuildServices(string connectionString, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = MySqlCultivationDbProvider.ProviderName,
            ["ConnectionStrings:Default"] = connectionString
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddCultivationApplication();
        services.AddCultivationEntityFrameworkCore(configuration, new MySqlCultivationDbProvider(Program.ServerVersion));
        services.Configure<IdentitySeedOptions>(o => o.AdminPassword = AdminPassword);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }
        return services.BuildServiceProvider();
    }
}
