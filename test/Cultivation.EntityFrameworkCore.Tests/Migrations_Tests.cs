using Cultivation.Data;
using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.EntityFrameworkCore.Tests;

public abstract class Migrations_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    protected TFixture Fixture => fixture;

    [Fact]
    public async Task Should_have_no_model_change_without_a_migration()
    {
        // Fails when the model changed and etc/scripts/add-migration.sh was not run for this provider.
        await fixture.RunAsync(null, sp =>
        {
            sp.GetRequiredService<CultivationDbContext>().Database.HasPendingModelChanges().ShouldBeFalse();
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Should_have_applied_every_migration()
    {
        await fixture.RunAsync(null, async sp =>
        {
            var database = sp.GetRequiredService<CultivationDbContext>().Database;
            (await database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        });
    }

    [Fact]
    public async Task Should_seed_the_same_rows_however_often_it_runs()
    {
        var before = await CountsAsync();
        await fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbMigrationService>().MigrateAsync(new DataSeedContext()));
        await fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbMigrationService>().MigrateAsync(new DataSeedContext()));
        (await CountsAsync()).ShouldBe(before);
        before.Districts.ShouldBe(16);
        before.IndustryFields.ShouldBe(10);
        before.Editions.ShouldBeGreaterThanOrEqualTo(1);
        before.Roles.ShouldBe(4);
    }

    private Task<(int Districts, int IndustryFields, int Editions, int Roles, int Users, int Grants)> CountsAsync() =>
        fixture.RunAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            return (await db.Districts.CountAsync(), await db.IndustryFields.IgnoreQueryFilters().CountAsync(), await db.ContestEditions.IgnoreQueryFilters().CountAsync(),
                await db.Roles.CountAsync(), await db.Users.CountAsync(), await db.PermissionGrants.CountAsync());
        });
}

public sealed class Migrations_Sqlite_Tests(SqliteFixture fixture) : Migrations_Tests<SqliteFixture>(fixture);

public sealed class Migrations_MariaDb_Tests(MariaDbFixture fixture) : Migrations_Tests<MariaDbFixture>(fixture)
{
    [Fact]
    public async Task Should_store_text_in_utf8mb4_with_a_unicode_collation()
    {
        var collations = await Fixture.RunAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            return await db.Database.SqlQueryRaw<string>(
                "SELECT TABLE_COLLATION AS Value FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'App%'").ToListAsync();
        });
        collations.ShouldNotBeEmpty();
        collations.ShouldAllBe(c => c == "utf8mb4_unicode_ci");
    }
}
