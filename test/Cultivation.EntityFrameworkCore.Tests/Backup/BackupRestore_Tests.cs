using System.Data.Common;
using Cultivation.AuditLogging;
using Cultivation.Enterprises;
using Cultivation.EntityFrameworkCore.Sqlite;
using Cultivation.FollowUps;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace Cultivation.EntityFrameworkCore.Tests.Backup;

/// <summary>
/// etc/scripts/backup.sh and restore.sh, run as they are: a migrated and seeded database with audited changes is
/// backed up, restored into a new empty database, and the copy opened with the application's context holds
/// every table with the same rows, the records written and their audit trail.
/// </summary>
public abstract class BackupRestore_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Should_restore_a_backup_into_an_empty_database_with_every_row_and_the_audit_trail()
    {
        var written = await WriteAuditedChangesAsync();
        var folder = Directory.CreateTempSubdirectory("cultivation-backup-test-").FullName;
        await using var target = TestDatabase.Create(fixture.Database.ProviderName);
        try
        {
            var backup = await RunAsync("etc/scripts/backup.sh", ["--dir", folder], fixture.Database.ConnectionString);
            backup.ExitCode.ShouldBe(0, backup.ToString());
            var file = backup.LastLine;
            File.Exists(file).ShouldBeTrue(backup.ToString());
            Path.GetDirectoryName(file).ShouldBe(folder);

            var restore = await RunAsync("etc/scripts/restore.sh", [file, "--database", TargetName(target)], fixture.Database.ConnectionString);
            restore.ExitCode.ShouldBe(0, restore.ToString());

            await using var source = OpenContext(fixture.Database.ConnectionString);
            await using var restored = OpenContext(target.ConnectionString);
            (await restored.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            var sourceCounts = await RowCountsAsync(source);
            var restoredCounts = await RowCountsAsync(restored);
            restoredCounts.Keys.Order().ShouldBe(sourceCounts.Keys.Order());
            foreach (var (table, rows) in sourceCounts)
            {
                restoredCounts[table].ShouldBe(rows, $"rows of {table}");
            }
            var modelTables = source.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
            modelTables.ShouldBeSubsetOf(restoredCounts.Keys);
            restoredCounts["AppEnterprises"].ShouldBeGreaterThan(3);
            restoredCounts["AppAuditLogs"].ShouldBeGreaterThan(0);

            await ShouldHoldTheWrittenRecordsAsync(restored, written);
            (await AuditTrailAsync(restored)).ShouldBe(await AuditTrailAsync(source));

            // A second restore into the now non-empty database is refused and changes nothing.
            var again = await RunAsync("etc/scripts/restore.sh", [file, "--database", TargetName(target)], fixture.Database.ConnectionString);
            again.ExitCode.ShouldBe(3, again.ToString());
            again.Error.ShouldContain("--force");
            (await RowCountsAsync(restored)).ShouldBe(restoredCounts);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Written(Guid EnterpriseId, string OldName, string NewName, Guid DeletedTeamId);

    /// <summary>Changes made as users do, through the application services, each audited in its own transaction.</summary>
    private async Task<Written> WriteAuditedChangesAsync()
    {
        var company = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = "备份测试科技有限公司", CreditCode = "91310115MA5K000010".FixCheck(), DistrictId = TestData.PudongId
        }));
        await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.UpdateAsync(company.Id, new UpdateEnterpriseDto
        {
            Name = "备份测试科技有限公司（更名）", CreditCode = company.CreditCode, DistrictId = TestData.PudongId, ConcurrencyStamp = company.ConcurrencyStamp
        }));
        await fixture.CallAsync<IEnterpriseContactAppService, EnterpriseContactDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(company.Id,
            new CreateUpdateEnterpriseContactDto { Name = "周备份", Phone = "13700001234", Email = "backup@example.com", IsPrimary = true }));
        await fixture.CallAsync<IEnterpriseFiguresAppService, EnterpriseFiguresDto>(TestPrincipals.PudongOfficer, s => s.SetAsync(company.Id, 2024,
            new UpdateEnterpriseFiguresDto { OperatingRevenue = 12_345_678.90m, Employees = 42 }));
        await fixture.CallAsync<IServiceRecordAppService, LogServiceResultDto>(TestPrincipals.PudongOfficer, s => s.LogAsync(fixture.Ids.PudongCompany,
            new LogServiceDto
            {
                ServedOn = new DateOnly(2025, 6, 3), Category = ServiceCategory.PolicyGuidance, Channel = ServiceChannel.Visit, Summary = "备份测试：走访政策辅导",
                Requests = [new NewRequestDto { Description = "备份测试诉求", Category = ServiceCategory.Financing }]
            }));
        var team = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.MakerTeam, Name = "备份测试删除团队", DistrictId = TestData.XuhuiId
        }));
        await fixture.CallAsync<IEnterpriseAppService>(TestPrincipals.Admin, s => s.DeleteAsync(team.Id));
        return new Written(company.Id, "备份测试科技有限公司", "备份测试科技有限公司（更名）", team.Id);
    }

    private async Task ShouldHoldTheWrittenRecordsAsync(CultivationDbContext restored, Written written)
    {
        var company = await restored.Enterprises.IgnoreQueryFilters()
            .Include(e => e.Contacts).Include(e => e.Figures).SingleAsync(e => e.Id == written.EnterpriseId);
        company.Name.ShouldBe(written.NewName);
        company.CreationTime.Kind.ShouldBe(DateTimeKind.Utc);
        company.CreationTime.ShouldBe(CultivationTestFixture.StartTime.UtcDateTime);
        company.Contacts.ShouldHaveSingleItem().Phone.ShouldBe("13700001234");
        var figures = company.Figures.ShouldHaveSingleItem();
        (figures.Year, figures.OperatingRevenue, figures.Employees).ShouldBe((2024, 12_345_678.90m, 42));

        var service = await restored.ServiceRecords.SingleAsync(s => s.Summary == "备份测试：走访政策辅导");
        service.EnterpriseId.ShouldBe(fixture.Ids.PudongCompany);
        (await restored.EnterpriseRequests.CountAsync(r => r.Description == "备份测试诉求")).ShouldBe(1);

        var deleted = await restored.Enterprises.IgnoreQueryFilters().SingleAsync(e => e.Id == written.DeletedTeamId);
        deleted.IsDeleted.ShouldBeTrue();
        (await restored.Enterprises.AnyAsync(e => e.Id == written.DeletedTeamId)).ShouldBeFalse();

        // The audit trail: who renamed the enterprise, from what to what; the contact's creation; the deletion.
        var changes = await restored.EntityChanges.Include(c => c.PropertyChanges)
            .Where(c => c.EnterpriseId == written.EnterpriseId).ToListAsync();
        var rename = changes.Single(c => c.EntityType == nameof(Enterprise) && c.ChangeType == EntityChangeType.Updated);
        var name = rename.PropertyChanges.Single(p => p.PropertyName == "Name");
        (name.OriginalValue, name.NewValue).ShouldBe((written.OldName, written.NewName));
        var renameLog = await restored.AuditLogs.SingleAsync(l => l.Id == rename.AuditLogId);
        renameLog.UserName.ShouldBe(TestData.Users.PudongOfficer);
        changes.ShouldContain(c => c.EntityType == nameof(Enterprise) && c.ChangeType == EntityChangeType.Created);
        changes.Single(c => c.EntityType == nameof(EnterpriseContact)).PropertyChanges.ShouldContain(p => p.PropertyName == "Phone" && p.NewValue == "13700001234");
        changes.ShouldContain(c => c.EntityType == nameof(EnterpriseFigures));
        (await restored.EntityChanges.CountAsync(c => c.EntityId == written.DeletedTeamId.ToString() && c.ChangeType == EntityChangeType.Deleted)).ShouldBe(1);
    }

    /// <summary>Every audit entry in order: when, who, what changed, and each property's old and new value.</summary>
    private static async Task<List<string>> AuditTrailAsync(CultivationDbContext db)
    {
        var logs = await db.AuditLogs.AsNoTracking().Include(l => l.EntityChanges).ThenInclude(c => c.PropertyChanges)
            .OrderBy(l => l.ExecutionTime).ThenBy(l => l.Id).ToListAsync();
        return logs.SelectMany(l => l.EntityChanges.OrderBy(c => c.Id).SelectMany(c => c.PropertyChanges.OrderBy(p => p.PropertyName)
                .Select(p => $"{l.Id} {l.ExecutionTime:O} {l.UserName} {c.ChangeType} {c.EntityType} {c.EntityId} {p.PropertyName}: {p.OriginalValue} -> {p.NewValue}")
                .DefaultIfEmpty($"{l.Id} {l.ExecutionTime:O} {l.UserName} {c.ChangeType} {c.EntityType} {c.EntityId}")))
            .ToList();
    }

    /// <summary>Every table of the database (the migrations history included) with its number of rows.</summary>
    private static async Task<Dictionary<string, long>> RowCountsAsync(CultivationDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = connection is SqliteConnection
                    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }
            var counts = new Dictionary<string, long>();
            foreach (var table in tables)
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM `{table}`";
                counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }
            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private CultivationDbContext OpenContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<CultivationDbContext>();
        fixture.Database.Provider.Configure(options, connectionString);
        return new CultivationDbContext(options.Options);
    }

    private static string TargetName(TestDatabase target) => target.ProviderName == SqliteCultivationDbProvider.ProviderName
        ? new SqliteConnectionStringBuilder(target.ConnectionString).DataSource
        : new MySqlConnectionStringBuilder(target.ConnectionString).Database;

    private Task<ScriptProcess.Result> RunAsync(string script, string[] arguments, string connectionString) =>
        ScriptProcess.RunAsync(script, arguments, new Dictionary<string, string>
        {
            ["Database__Provider"] = fixture.Database.ProviderName,
            ["ConnectionStrings__Default"] = connectionString
        }, ScriptTimeout);
}

public sealed class BackupRestore_Sqlite_Tests(SqliteFixture fixture) : BackupRestore_Tests<SqliteFixture>(fixture);

public sealed class BackupRestore_MariaDb_Tests(MariaDbFixture fixture) : BackupRestore_Tests<MariaDbFixture>(fixture);
