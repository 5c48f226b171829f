using System.Security.Claims;
using Cultivation.Data;
using Cultivation.Identity;
using Cultivation.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Cultivation;

/// <summary>
/// The application's real container over a real database of its own (one per test class), migrated and
/// seeded like production plus <see cref="TestData"/>. The clock is controllable.
/// </summary>
public abstract class CultivationTestFixture : IAsyncLifetime
{
    /// <summary>Tuesday 2025-06-03, 10:00 in Shanghai (a working day; 06-02 is 端午节).</summary>
    public static readonly DateTimeOffset StartTime = new(2025, 6, 3, 2, 0, 0, TimeSpan.Zero);

    private ServiceProvider? _services;
    private List<Microsoft.Extensions.Hosting.IHostedService> _hosted = [];
    private readonly TestHostLifetime _lifetime = new();

    protected abstract string ProviderName { get; }

    public TestDatabase Database { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new(StartTime);

    public TestDataIds Ids { get; private set; } = null!;

    /// <summary>This fixture's own Lucene index folder (a real embedded index), deleted with the fixture.</summary>
    public string SearchIndexPath { get; } = Path.Combine(Path.GetTempPath(), $"cultivation-search-{Guid.NewGuid():N}");

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public virtual async Task InitializeAsync()
    {
        Database = TestDatabase.Create(ProviderName);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.ProviderName,
            ["ConnectionStrings:Default"] = Database.ConnectionString,
            ["Search:Lucene:IndexPath"] = SearchIndexPath
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostApplicationLifetime>(_lifetime);
        services.AddCultivationApplication();
        services.AddCultivationEntityFrameworkCore(configuration, Database.Provider);
        services.AddCultivationSearch(configuration, Path.GetTempPath());
        services.Configure<IdentitySeedOptions>(o => o.AdminPassword = TestData.Password);
        services.Configure<JwtOptions>(o => o.SigningKey = Convert.ToBase64String(new byte[48]));
        ConfigureServices(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });

        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CultivationDbMigrationService>().MigrateAsync(SeedContext);
        if (!SeedContext.IncludeDemoData)
        {
            Ids = await TestData.SeedAsync(_services);
        }
        if (RunsBackgroundWork)
        {
            _hosted = _services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().ToList();
            foreach (var service in _hosted)
            {
                await service.StartAsync(CancellationToken.None);
            }
            _lifetime.NotifyStarted();
        }
    }

    /// <summary>Starts the container's hosted services (Quartz running the imports, …), so background work runs as in the host.</summary>
    protected virtual bool RunsBackgroundWork => false;

    /// <summary>What the migration seeds: production's reference data, then <see cref="TestData"/>; or the demo data set instead.</summary>
    protected virtual DataSeedContext SeedContext => new();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public Task<T> RunAsync<T>(ClaimsPrincipal? user, Func<IServiceProvider, Task<T>> action) => Services.RunAsync(user, action);

    public Task RunAsync(ClaimsPrincipal? user, Func<IServiceProvider, Task> action) => Services.RunAsync(user, action);

    public Task<T> CallAsync<TService, T>(ClaimsPrincipal? user, Func<TService, Task<T>> call)
        where TService : notnull => Services.CallAsync(user, call);

    public Task CallAsync<TService>(ClaimsPrincipal? user, Func<TService, Task> call)
        where TService : notnull => Services.CallAsync(user, call);

    public virtual async Task DisposeAsync()
    {
        _lifetime.NotifyStopping();
        foreach (var service in Enumerable.Reverse(_hosted))
        {
            await service.StopAsync(CancellationToken.None);
        }
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        await Database.DisposeAsync();
        if (Directory.Exists(SearchIndexPath))
        {
            Directory.Delete(SearchIndexPath, recursive: true);
        }
        _lifetime.NotifyStopped();
        _lifetime.Dispose();
    }
}

public class SqliteFixture : CultivationTestFixture
{
    protected override string ProviderName => "Sqlite";
}

public class MariaDbFixture : CultivationTestFixture
{
    protected override string ProviderName => "MySql";
}
