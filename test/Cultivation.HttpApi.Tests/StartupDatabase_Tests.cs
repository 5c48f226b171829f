using Cultivation.Data;
using Cultivation.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.HttpApi.Tests;

/// <summary>A production host that forgets the database settings creates no demo users with the published password.</summary>
public sealed class StartupDatabase_Tests
{
    [Theory]
    [InlineData(true, null, null, true, true)]
    [InlineData(false, null, null, false, false)]
    [InlineData(false, "true", null, true, false)]
    [InlineData(true, "false", "false", false, false)]
    public void Should_migrate_and_seed_demo_data_by_default_only_in_the_embedded_profile(bool isEmbedded, string? migrate, string? seedDemo,
        bool expectedMigrate, bool expectedSeedDemo)
    {
        var options = StartupDatabaseOptions.Resolve(Configuration(isEmbedded ? "Sqlite" : "MySql", migrate, seedDemo), isEmbedded);
        options.ShouldBe(new StartupDatabaseOptions(expectedMigrate, expectedSeedDemo));
    }

    [Fact]
    public void Should_refuse_demo_data_on_a_server_database_with_a_message_that_says_what_to_do()
    {
        var error = Should.Throw<InvalidOperationException>(() => StartupDatabaseOptions.Resolve(Configuration("MySql", "true", "true"), isEmbedded: false));
        error.Message.ShouldContain("Database:SeedDemoData");
        error.Message.ShouldContain("DbMigrator with --demo");
    }

    [Fact]
    public async Task Should_not_start_a_mysql_host_that_is_asked_for_demo_data()
    {
        var host = new DemoOnMariaDbWebApplicationFactory();
        try
        {
            var error = await Should.ThrowAsync<Exception>(host.InitializeAsync);
            error.ToString().ShouldContain("Database:SeedDemoData is true");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Should_create_no_demo_users_on_a_mysql_host_without_database_settings()
    {
        var host = new UnconfiguredMariaDbWebApplicationFactory();
        try
        {
            await host.InitializeAsync();
            await using var scope = host.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.FindByNameAsync("demo-admin")).ShouldBeNull();
            (await users.FindByNameAsync(TestData.Users.Admin)).ShouldNotBeNull();
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static IConfiguration Configuration(string provider, string? migrate, string? seedDemo) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            [StartupDatabaseOptions.MigrateOnStartupKey] = migrate,
            [StartupDatabaseOptions.SeedDemoDataKey] = seedDemo
        }.Where(p => p.Value is not null)).Build();

    /// <summary>The host's own defaults for demo data (the test hosts migrate at start in place of the DbMigrator).</summary>
    private sealed class UnconfiguredMariaDbWebApplicationFactory : MariaDbWebApplicationFactory
    {
        protected override string? SeedDemoDataSetting => null;
    }

    private sealed class DemoOnMariaDbWebApplicationFactory : MariaDbWebApplicationFactory
    {
        protected override string? SeedDemoDataSetting => "true";
    }
}
