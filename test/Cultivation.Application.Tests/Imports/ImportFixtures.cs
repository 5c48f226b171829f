using System.Security.Claims;
using Cultivation.Contests;
using Cultivation.Imports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Cultivation.Application.Tests.Imports;

/// <summary>The test container with Quartz running (in-memory store, no recurring schedules), so that imports run as in the host.</summary>
public sealed class ImportSqliteFixture : SqliteFixture
{
    protected override bool RunsBackgroundWork => true;

    protected override void ConfigureServices(IServiceCollection services) => services.AddImportJobs();
}

public sealed class ImportMariaDbFixture : MariaDbFixture
{
    protected override bool RunsBackgroundWork => true;

    protected override void ConfigureServices(IServiceCollection services) => services.AddImportJobs();
}

public static class ImportJobsSetup
{
    /// <summary>
    /// The jobs module as the host has it, less the recurring schedules (reminders would write into the tests' data).
    /// Quartz keeps the real clock: on the tests' stopped clock a trigger would wait for ever.
    /// </summary>
    public static void AddImportJobs(this IServiceCollection services)
    {
        services.AddCultivationJobs(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Recurring"] = "false" }).Build());
        services.AddQuartz(q => q.UseTimeProvider(TimeProvider.System));
    }
}

/// <summary>Upload, wait for the background work, read the report: what a user of the import screens does.</summary>
public static class ImportSteps
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static async Task<ImportBatchDto> UploadAsync(this CultivationTestFixture fixture, ClaimsPrincipal user, ImportKind kind, string fileName,
        byte[] content, Guid? editionId = null)
    {
        var batch = await fixture.CallAsync<IImportAppService, ImportBatchDto>(user, s =>
            s.UploadAsync(new UploadImportInput { Kind = kind, EditionId = editionId }, new ImportFileInput(fileName, content.Length, new MemoryStream(content))));
        return await fixture.WaitAsync(user, batch.Id);
    }

    public static async Task<ImportBatchDto> CommitAsync(this CultivationTestFixture fixture, ClaimsPrincipal user, Guid id)
    {
        await fixture.CallAsync<IImportAppService, ImportBatchDto>(user, s => s.CommitAsync(id));
        return await fixture.WaitAsync(user, id);
    }

    public static async Task<ImportBatchDto> RevertAsync(this CultivationTestFixture fixture, ClaimsPrincipal user, Guid id)
    {
        await fixture.CallAsync<IImportAppService, ImportBatchDto>(user, s => s.RevertAsync(id));
        return await fixture.WaitAsync(user, id);
    }

    public static async Task<ImportBatchDto> WaitAsync(this CultivationTestFixture fixture, ClaimsPrincipal user, Guid id)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var progress = await fixture.CallAsync<IImportAppService, ImportProgressDto>(user, s => s.GetProgressAsync(id));
            if (!progress.IsInProgress)
            {
                return await fixture.CallAsync<IImportAppService, ImportBatchDto>(user, s => s.GetAsync(id));
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Import {id} is still {progress.Status} after {Patience}.");
            }
            await Task.Delay(50);
        }
    }

    public static async Task<List<ImportRowDto>> RowsAsync(this CultivationTestFixture fixture, ClaimsPrincipal user, Guid id) =>
        [.. (await fixture.CallAsync<IImportAppService, Cultivation.Dtos.PagedResultDto<ImportRowDto>>(user, s =>
            s.GetRowsAsync(id, new GetImportRowsInput { MaxResultCount = 1000 }))).Items];

    private static int _nextYear = 2040;

    /// <summary>An edition of its own for a test (prize quotas 企业组 1/2/3/若干, 创客组 1/1/2), so tests do not share prize counts.</summary>
    public static async Task<ContestEditionDto> NewEditionAsync(this CultivationTestFixture fixture) =>
        await fixture.CallAsync<IContestEditionAppService, ContestEditionDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateUpdateContestEditionDto
        {
            Year = Interlocked.Increment(ref _nextYear),
            Name = "导入测试届次",
            Tracks =
            [
                new ContestTrackDto
                {
                    Track = ContestTrack.Enterprise,
                    PrizeQuotas =
                    [
                        new PrizeQuotaDto { Level = PrizeLevel.First, Quota = 1 }, new PrizeQuotaDto { Level = PrizeLevel.Second, Quota = 2 },
                        new PrizeQuotaDto { Level = PrizeLevel.Third, Quota = 3 }, new PrizeQuotaDto { Level = PrizeLevel.Excellence, Quota = null }
                    ]
                },
                new ContestTrackDto
                {
                    Track = ContestTrack.Maker,
                    PrizeQuotas =
                    [
                        new PrizeQuotaDto { Level = PrizeLevel.First, Quota = 1 }, new PrizeQuotaDto { Level = PrizeLevel.Second, Quota = 1 },
                        new PrizeQuotaDto { Level = PrizeLevel.Third, Quota = 2 }
                    ]
                }
            ]
        }));

    private static int _nextCode = 100;

    /// <summary>A valid, unused credit code (with a valid organisation code inside) registered in a district (310115 浦东).</summary>
    public static string NewCreditCode(string division = "310115")
    {
        var body = $"MA{Interlocked.Increment(ref _nextCode):D6}";
        var first17 = $"91{division}{body}{Cultivation.Enterprises.CreditCodeRules.ComputeOrganisationCheckCharacter(body)}";
        return first17 + Cultivation.Enterprises.CreditCodeRules.ComputeCheckCharacter(first17);
    }
}
