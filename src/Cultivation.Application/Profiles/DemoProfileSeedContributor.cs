using Cultivation.Auditing;
using Cultivation.Data;
using Cultivation.Enterprises;
using Cultivation.Identity;
using Cultivation.IndustryFields;
using Cultivation.Matchmaking;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Cultivation.Profiles;

/// <summary>
/// Demo mode only: project profiles for the prize winners, most of them consented and published (some with exact
/// figures), a few drafts still waiting for consent, and one investor's interest for the 浦东新区 officer to handle, so the
/// investor's search and the officer's profile tab show their whole journey. Deterministic; seeds only while no profile exists.
/// </summary>
public sealed class DemoProfileSeedContributor(
    IProjectProfileRepository profiles,
    IEnterpriseRepository enterprises,
    IIndustryFieldRepository industryFields,
    IIntroductionRepository introductions,
    UserManager<AppUser> users,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    IAuditingManager auditing,
    TimeProvider clock,
    ILogger<DemoProfileSeedContributor> logger) : IDataSeedContributor
{
    /// <summary>Enough for every screen; a 100,000-enterprise benchmark database keeps its seeding time.</summary>
    public const int MaxProfiles = 2000;

    public int Order => 130;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (!context.IncludeDemoData || await executer.AnyAsync(await profiles.GetQueryableAsync(), cancellationToken))
        {
            return;
        }
        using var _ = auditing.Suppress();
        var fieldCodes = (await executer.ToListAsync((await industryFields.GetQueryableAsync()).Select(f => new { f.Id, f.Code }), cancellationToken))
            .ToDictionary(f => f.Id, f => f.Code);
        var winners = await executer.ToListAsync((await enterprises.GetQueryableAsync())
            .Where(e => e.Awards.Any(a => a.PrizeLevel != null) && e.Name.EndsWith(Data.Demo.DemoDataSeedContributor.NameMarker))
            .OrderBy(e => e.Id).Take(MaxProfiles)
            .Select(e => new { e.Id, e.DistrictId, e.IndustryFieldId, e.Name }), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var seeded = new List<ProjectProfile>();
        for (var i = 0; i < winners.Count; i++)
        {
            var winner = winners[i];
            var texts = DemoProfileTexts.ByField[winner.IndustryFieldId is { } f && fieldCodes.TryGetValue(f, out var code) && DemoProfileTexts.ByField.ContainsKey(code) ? code : "01"];
            var profile = new ProjectProfile(Guid.CreateVersion7(), winner.Id, winner.DistrictId, Content(texts, i));
            // Nine in ten consented; of those, all but every seventh are published, a third with exact figures.
            if (i % 10 != 9)
            {
                profile.RecordConsent(new PublicationConsent
                {
                    ConsentedBy = "企业负责人", ConsentedOn = today.AddDays(-(i % 60)), Profile = true, ExactFigures = i % 3 == 0,
                    ContactThroughOfficer = true, Note = "签署《项目档案公开授权书》（演示）", RecordedTime = now
                }, today);
                if (i % 7 != 6)
                {
                    profile.Publish(now.AddDays(-(i % 90)));
                }
            }
            await profiles.InsertAsync(profile, cancellationToken: cancellationToken);
            seeded.Add(profile);
        }
        await AddDemoInterestAsync(seeded, now, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        unitOfWork.ClearLoadedEntities();
        logger.LogInformation("Seeded {Count} demo project profiles, {Published} published.", seeded.Count, seeded.Count(p => p.IsPublished));
    }

    private static ProfileContent Content(DemoProfileTexts.FieldTexts texts, int i)
    {
        var min = 5_000_000m * (1 + i % 8);
        return new ProfileContent
        {
            Headline = texts.Headlines[i % texts.Headlines.Length],
            Summary = texts.Summary,
            ProductAndTechnology = texts.Product,
            MarketAndCustomers = texts.Market,
            Team = DemoProfileTexts.Teams[i % DemoProfileTexts.Teams.Length],
            FinancingStage = (FinancingStage)(1 + i % 7),
            FinancingAmountMin = min,
            FinancingAmountMax = min * 2,
            UseOfFunds = DemoProfileTexts.UsesOfFunds[i % DemoProfileTexts.UsesOfFunds.Length],
            ChainTags = texts.ChainTags.Take(1 + i % texts.ChainTags.Length).ToList()
        };
    }

    /// <summary>The demo investor asked to meet one published 浦东新区 project: the demo officer finds it in the inbox list.</summary>
    private async Task AddDemoInterestAsync(List<ProjectProfile> seeded, DateTime now, CancellationToken cancellationToken)
    {
        var profile = seeded.FirstOrDefault(p => p.IsPublished && p.DistrictId == Districts.ShanghaiDistricts.Pudong.Id);
        if (profile is null || await users.FindByNameAsync("demo-investor") is not { } investor)
        {
            return;
        }
        await introductions.InsertAsync(new Introduction(Guid.CreateVersion7(), profile.EnterpriseId, profile.DistrictId, profile.Id,
            IdentityDataSeedContributor.DemoInvestorId, investor.Id, IntroductionOrigin.InvestorInterest,
            "关注贵区该项目的A轮融资计划，希望约见创始团队（演示）", now.AddDays(-1)), cancellationToken: cancellationToken);
    }
}
