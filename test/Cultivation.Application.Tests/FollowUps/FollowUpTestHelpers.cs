using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.FollowUps;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Application.Tests.FollowUps;

internal static class FollowUpTestHelpers
{
    private static int _sequence;

    /// <summary>A 浦东新区 company with a prize in 2024, so it has a follow-up plan.</summary>
    public static async Task<(EnterpriseDto Enterprise, FollowUpPlanDto Plan)> NewWinnerAsync(this CultivationTestFixture fixture, PrizeLevel prize = PrizeLevel.First)
    {
        var n = Interlocked.Increment(ref _sequence);
        var enterprise = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = $"跟踪测试企业{n}", CreditCode = $"91310115MA9F{n:D5}0".FixCheck(), DistrictId = TestData.PudongId
        }));
        // Recorded on the aggregate, as the seed does: these tests need more winners of a level than the 2024 edition's
        // quota allows (the award service refuses them; EnterpriseChildren_Tests covers that).
        await fixture.RunAsync(TestPrincipals.PudongOfficer, async sp =>
        {
            var edition = await sp.GetRequiredService<IContestEditionRepository>().GetAsync(TestData.Edition2024Id);
            var winner = await sp.GetRequiredService<IEnterpriseRepository>().GetAsync(enterprise.Id);
            winner.RecordAward(edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final, prize, $"项目{n}"));
            await sp.GetRequiredService<Cultivation.Repositories.IUnitOfWork>().SaveChangesAsync();
        });
        return (enterprise, (await fixture.PlansOfAsync(enterprise.Id)).Single());
    }

    /// <summary>The enterprise's follow-up plans as <paramref name="user"/> (the 浦东新区 officer by default) sees them.</summary>
    public static async Task<IReadOnlyList<FollowUpPlanDto>> PlansOfAsync(this CultivationTestFixture fixture, Guid enterpriseId,
        System.Security.Claims.ClaimsPrincipal? user = null) =>
        (await fixture.CallAsync<IFollowUpPlanAppService, ListResultDto<FollowUpPlanDto>>(user ?? TestPrincipals.PudongOfficer,
            s => s.GetOfEnterpriseAsync(enterpriseId))).Items;

    /// <summary>Logs a contact so that the plan falls due on <paramref name="dueOn"/> (an agreed next contact).</summary>
    public static Task<LogServiceResultDto> MakeDueAsync(this CultivationTestFixture fixture, Guid enterpriseId, DateOnly servedOn, DateOnly? dueOn, params NewRequestDto[] requests) =>
        fixture.CallAsync<IServiceRecordAppService, LogServiceResultDto>(TestPrincipals.PudongOfficer, s => s.LogAsync(enterpriseId, new LogServiceDto
        {
            ServedOn = servedOn, Category = ServiceCategory.PolicyGuidance, Channel = ServiceChannel.Visit, Summary = "走访了解经营情况",
            NextContactOn = dueOn, Requests = [.. requests]
        }));
}
