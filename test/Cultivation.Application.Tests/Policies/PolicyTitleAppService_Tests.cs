using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Events;
using Cultivation.Exceptions;
using Cultivation.Policies;
using Cultivation.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Application.Tests.Policies;

/// <summary>
/// Titles (granted by the decision event, recorded, revoked, listed), the facts read from the records and screening, on
/// a real database. The fixture's clock stands at 2025-06-03 (Shanghai).
/// </summary>
public abstract class PolicyTitleAppService_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private static int _next;

    private static readonly DateOnly Today = new(2025, 6, 3);

    private Task<T> Titles<T>(System.Security.Claims.ClaimsPrincipal user, Func<IEnterpriseTitleAppService, Task<T>> call) => fixture.CallAsync(user, call);

    private async Task<EnterpriseDto> NewCompanyAsync(string name, Guid districtId, string region = "310115")
    {
        var n = Interlocked.Increment(ref _next) + Random.Shared.Next(100_000, 900_000);
        return await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = $"{name}{n}", CreditCode = $"91{region}MA7{n:D6}0".FixCheck(), DistrictId = districtId,
            FoundedOn = new DateOnly(2018, 5, 1), Listed = false
        }));
    }

    private Task SetFiguresAsync(Guid enterpriseId, int year, UpdateEnterpriseFiguresDto figures) =>
        fixture.CallAsync<IEnterpriseFiguresAppService, EnterpriseFiguresDto>(TestPrincipals.Admin, s => s.SetAsync(enterpriseId, year, figures));

    private Task<EnterpriseTitleDto> RecordAsync(Guid enterpriseId, string programme, DateOnly grantedOn, System.Security.Claims.ClaimsPrincipal? user = null) =>
        Titles(user ?? TestPrincipals.PudongOfficer, s => s.RecordAsync(enterpriseId, new RecordEnterpriseTitleDto
        {
            ProgrammeCode = programme, GrantedOn = grantedOn, DocumentNumber = "沪经信企〔2024〕88号", EvidenceNote = "市经信委公告名单"
        }));

    private Task DecideAsync(Guid enterpriseId, string programmeCode, PolicyDecision decision, DateOnly decidedOn, Guid? applicationId = null) =>
        fixture.RunAsync(TestPrincipals.Reviewer, async sp =>
        {
            var programme = (await sp.GetRequiredService<IPolicyProgrammeRepository>().FindByCodeAsync(programmeCode))!;
            await sp.GetRequiredService<IDomainEventDispatcher>().DispatchAsync(
                [new PolicyApplicationDecidedEvent(applicationId ?? Guid.CreateVersion7(), enterpriseId, TestData.PudongId, programme.Id, programme.Code, null, decision, decidedOn, null)]);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

    [Fact]
    public async Task Should_grant_a_title_from_a_granted_decision_and_renew_it_on_the_next()
    {
        var enterprise = await NewCompanyAsync("认定测试", TestData.PudongId);
        await DecideAsync(enterprise.Id, "specialised-sme", PolicyDecision.Rejected, Today);
        await DecideAsync(enterprise.Id, "sme-development-fund", PolicyDecision.Granted, Today);
        (await Titles(TestPrincipals.PudongOfficer, s => s.GetListAsync(enterprise.Id))).Items.ShouldBeEmpty();

        var application = Guid.CreateVersion7();
        await DecideAsync(enterprise.Id, "specialised-sme", PolicyDecision.Granted, new DateOnly(2025, 5, 20), application);
        var title = (await Titles(TestPrincipals.Reviewer, s => s.GetListAsync(enterprise.Id))).Items.ShouldHaveSingleItem();
        (title.ProgrammeCode, title.RuleSetVersion, title.GrantedOn, title.ValidUntil, title.NextUpdateDueOn, title.ReviewDueOn, title.Status, title.Source, title.ApplicationId)
            .ShouldBe(("specialised-sme", (string?)"2022-63", new DateOnly(2025, 5, 20), (DateOnly?)new DateOnly(2028, 4, 30), (DateOnly?)new DateOnly(2026, 5, 31),
                (DateOnly?)new DateOnly(2027, 10, 30), EnterpriseTitleStatus.Active, EnterpriseTitleSource.Application, (Guid?)application));

        await DecideAsync(enterprise.Id, "specialised-sme", PolicyDecision.Granted, Today);
        (await Titles(TestPrincipals.PudongOfficer, s => s.GetListAsync(enterprise.Id))).Items.ShouldHaveSingleItem().GrantedOn.ShouldBe(Today);
    }

    [Fact]
    public async Task Should_record_a_historical_title_in_the_officers_district_only()
    {
        var enterprise = await NewCompanyAsync("历史称号测试", TestData.PudongId);
        var title = await RecordAsync(enterprise.Id, "innovative-sme", new DateOnly(2024, 3, 15));
        (title.Source, title.DocumentNumber, title.ValidUntil, title.NextUpdateDueOn, title.Status)
            .ShouldBe((EnterpriseTitleSource.Recorded, (string?)"沪经信企〔2024〕88号", (DateOnly?)new DateOnly(2027, 2, 28), (DateOnly?)new DateOnly(2026, 4, 30), EnterpriseTitleStatus.Active));

        var held = await Should.ThrowAsync<BusinessException>(() => RecordAsync(enterprise.Id, "innovative-sme", new DateOnly(2024, 4, 1)));
        (held.Code, held.Field).ShouldBe((CultivationDomainErrorCodes.PolicyTitleAlreadyHeld, "programmeCode"));
        await Should.ThrowAsync<EntityNotFoundException>(() => RecordAsync(enterprise.Id, "specialised-sme", new DateOnly(2024, 4, 1), TestPrincipals.XuhuiOfficer));
        await Should.ThrowAsync<EntityNotFoundException>(() => Titles(TestPrincipals.XuhuiOfficer, s => s.GetListAsync(enterprise.Id)));
        var project = await Should.ThrowAsync<BusinessException>(() => RecordAsync(enterprise.Id, "sme-development-fund", new DateOnly(2024, 4, 1)));
        project.Code.ShouldBe(CultivationDomainErrorCodes.PolicyTitleNotConferred);
    }

    [Fact]
    public async Task Should_revoke_with_a_reason_and_a_current_stamp()
    {
        var enterprise = await NewCompanyAsync("撤销测试", TestData.PudongId);
        var title = await RecordAsync(enterprise.Id, "specialised-sme", new DateOnly(2024, 9, 1));
        await Should.ThrowAsync<EntityNotFoundException>(() => Titles(TestPrincipals.XuhuiOfficer,
            s => s.RevokeAsync(enterprise.Id, title.Id, new RevokeEnterpriseTitleDto { Reason = "迁出", ConcurrencyStamp = title.ConcurrencyStamp })));
        var revoked = await Titles(TestPrincipals.Reviewer,
            s => s.RevokeAsync(enterprise.Id, title.Id, new RevokeEnterpriseTitleDto { Reason = "迁出上海", ConcurrencyStamp = title.ConcurrencyStamp }));
        (revoked.Status, revoked.RevocationReason, revoked.EndedOn).ShouldBe((EnterpriseTitleStatus.Revoked, (string?)"迁出上海", (DateOnly?)Today));
        // Revoked, the programme can be recorded again.
        (await RecordAsync(enterprise.Id, "specialised-sme", new DateOnly(2025, 4, 1))).Status.ShouldBe(EnterpriseTitleStatus.Active);
    }

    [Fact]
    public async Task Should_list_the_citys_titles_by_programme_and_due_date_and_an_officers_district_only()
    {
        var pudong = await NewCompanyAsync("称号清单测试", TestData.PudongId);
        var xuhui = await NewCompanyAsync("称号清单测试", TestData.XuhuiId, "310104");
        // Granted 2022-08-15 for three years: valid to 2025-07-31, within 60 days of today.
        var soon = await RecordAsync(pudong.Id, "little-giant", new DateOnly(2022, 8, 15));
        soon.ValidUntil.ShouldBe(new DateOnly(2025, 7, 31));
        var later = await RecordAsync(xuhui.Id, "little-giant", new DateOnly(2024, 11, 5), TestPrincipals.XuhuiOfficer);

        var all = await Titles(TestPrincipals.Reviewer, s => s.GetAllAsync(new GetEnterpriseTitleListInput { ProgrammeCode = "little-giant", MaxResultCount = 1000 }));
        all.Items.Select(t => t.Id).ShouldContain(soon.Id);
        all.Items.Select(t => t.Id).ShouldContain(later.Id);
        all.Items.Single(t => t.Id == soon.Id).EnterpriseName.ShouldBe(pudong.Name);

        var due = await Titles(TestPrincipals.Reviewer, s => s.GetAllAsync(new GetEnterpriseTitleListInput { ProgrammeCode = "little-giant", DueWithinDays = 60, MaxResultCount = 1000 }));
        due.Items.Select(t => t.Id).ShouldContain(soon.Id);
        due.Items.Select(t => t.Id).ShouldNotContain(later.Id);

        var district = await Titles(TestPrincipals.XuhuiOfficer, s => s.GetAllAsync(new GetEnterpriseTitleListInput { ProgrammeCode = "little-giant", MaxResultCount = 1000 }));
        district.Items.ShouldAllBe(t => t.DistrictId == TestData.XuhuiId);
        district.Items.Select(t => t.Id).ShouldContain(later.Id);
    }

    [Fact]
    public async Task Should_filter_and_export_the_enterprise_list_by_a_title_held()
    {
        var holder = await NewCompanyAsync("称号筛选测试", TestData.PudongId);
        var other = await NewCompanyAsync("称号筛选测试", TestData.PudongId);
        await RecordAsync(holder.Id, "specialised-sme", new DateOnly(2024, 9, 1));
        var list = await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Reviewer,
            s => s.GetListAsync(new GetEnterpriseListInput { Keyword = "称号筛选测试", TitleProgrammeCode = "specialised-sme", MaxResultCount = 100 }));
        list.Items.Select(e => e.Id).ShouldBe([holder.Id]);
        list.Items.Select(e => e.Id).ShouldNotContain(other.Id);

        var file = await fixture.CallAsync<IEnterpriseExportAppService, FileDto>(TestPrincipals.Reviewer,
            s => s.ExportAsync(new ExportEnterprisesInput { Keyword = holder.Name, Format = ExportFormat.Csv }));
        var csv = System.Text.Encoding.UTF8.GetString(file.Content);
        csv.ShouldContain("有效称号");
        csv.ShouldContain("专精特新中小企业（上海市）");
    }

    [Fact]
    public async Task Should_read_facts_from_the_records_and_keep_a_missing_figure_missing()
    {
        var enterprise = await NewCompanyAsync("政策数据测试", TestData.PudongId);
        await SetFiguresAsync(enterprise.Id, 2023, new UpdateEnterpriseFiguresDto { OperatingRevenue = 20_000_000m, RdExpense = 1_200_000m, IpClassI = 2 });
        await SetFiguresAsync(enterprise.Id, 2024, new UpdateEnterpriseFiguresDto { OperatingRevenue = 25_000_000m, IpClassI = 3 });
        await fixture.CallAsync<IFinancingRoundAppService, FinancingRoundDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(enterprise.Id,
            new CreateUpdateFinancingRoundDto { Date = new DateOnly(2024, 8, 1), Amount = 50_000_000m, QualifiedInvestor = true, PostMoneyValuation = 600_000_000m, RoundName = "A轮" }));

        var facts = await fixture.CallAsync<IPolicyFactsAppService, PolicyFacts>(TestPrincipals.PudongOfficer, s => s.GetAsync(enterprise.Id, Today));
        facts.Years!.Select(y => (y.Year, y.OperatingRevenue, y.RdExpense)).ShouldBe([(2023, (decimal?)20_000_000m, (decimal?)1_200_000m), (2024, 25_000_000m, null)]);
        (facts.FoundedOn, facts.Listed, facts.IpClassI).ShouldBe(((DateOnly?)new DateOnly(2018, 5, 1), (bool?)false, (int?)3));
        facts.FinancingRounds!.ShouldHaveSingleItem().PostMoneyValuation.ShouldBe(600_000_000m);
        facts.Confirmations![PolicyConfirmations.RegisteredInShanghai].ShouldBeTrue();
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IPolicyFactsAppService, PolicyFacts>(TestPrincipals.XuhuiOfficer, s => s.GetAsync(enterprise.Id, Today)));

        // Assessed without typed facts: read from the records, the snapshot keeps what was read, the missing R&D is named.
        var assessment = await fixture.CallAsync<IPolicyAssessmentAppService, PolicyAssessmentDto>(TestPrincipals.PudongOfficer,
            s => s.AssessAsync(enterprise.Id, new CalculatePolicyInput { ProgrammeCode = "innovative-sme", AssessmentDate = Today }));
        assessment.Outcome.ShouldNotBe(PolicyOutcome.Eligible);
        assessment.Evaluation.Score!.Dimensions.SelectMany(d => d.Indicators).SelectMany(i => i.MissingFacts).ShouldContain("RdExpense(2024)");
        assessment.Facts.Years!.Single(y => y.Year == 2024).OperatingRevenue.ShouldBe(25_000_000m);
        var stored = await fixture.CallAsync<IPolicyAssessmentAppService, PolicyAssessmentDto>(TestPrincipals.Reviewer, s => s.GetAsync(enterprise.Id, assessment.Id));
        stored.Facts.FinancingRounds!.ShouldHaveSingleItem().Amount.ShouldBe(50_000_000m);

        // The calculator still needs typed facts.
        var e = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IPolicyCalculatorAppService, PolicyEvaluation>(TestPrincipals.PudongOfficer,
            s => s.CalculateAsync(new CalculatePolicyInput { ProgrammeCode = "innovative-sme", AssessmentDate = Today })));
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyFactsRequired, "facts"));
    }

    [Fact]
    public async Task Should_let_little_giant_read_the_specialised_title_held()
    {
        var holder = await NewCompanyAsync("小巨人读取称号测试", TestData.PudongId);
        var without = await NewCompanyAsync("小巨人读取称号测试", TestData.PudongId);
        await RecordAsync(holder.Id, "specialised-sme", new DateOnly(2024, 9, 1));
        async Task<PolicyCriterionStatus> TitleCriterion(Guid enterpriseId) =>
            (await fixture.CallAsync<IPolicyAssessmentAppService, PolicyAssessmentDto>(TestPrincipals.PudongOfficer,
                s => s.AssessAsync(enterpriseId, new CalculatePolicyInput { ProgrammeCode = "little-giant", AssessmentDate = Today })))
            .Evaluation.Requirements.Single(r => r.Code == "giant-specialised-title").Status;
        (await TitleCriterion(holder.Id)).ShouldBe(PolicyCriterionStatus.Pass);
        (await TitleCriterion(without.Id)).ShouldBe(PolicyCriterionStatus.Fail);
    }

    [Fact]
    public async Task Should_screen_a_cohort_into_lists_with_reasons_within_the_officers_district()
    {
        const string cohort = "筛查测试";
        async Task<EnterpriseDto> Unicorn(Guid districtId, decimal? valuation, string region = "310115")
        {
            var enterprise = await NewCompanyAsync(cohort, districtId, region);
            if (valuation is { } v)
            {
                await fixture.CallAsync<IFinancingRoundAppService, FinancingRoundDto>(TestPrincipals.Admin, s => s.CreateAsync(enterprise.Id,
                    new CreateUpdateFinancingRoundDto { Date = new DateOnly(2024, 8, 1), Amount = 400_000_000m, QualifiedInvestor = true, PostMoneyValuation = v }));
            }
            return enterprise;
        }
        var candidate = await Unicorn(TestData.PudongId, 8_000_000_000m);
        var near = await Unicorn(TestData.PudongId, 6_000_000_000m);
        var far = await Unicorn(TestData.PudongId, 1_000_000_000m);
        var unknown = await Unicorn(TestData.PudongId, null);
        var elsewhere = await Unicorn(TestData.XuhuiId, 8_000_000_000m, "310104");

        var input = new RunPolicyScreeningInput { ProgrammeCode = "unicorn", AssessmentDate = Today, Keyword = cohort, List = PolicyScreeningList.NeedsEvidence, MaxResultCount = 100 };
        var city = await fixture.CallAsync<IPolicyScreeningAppService, PolicyScreeningResultDto>(TestPrincipals.Reviewer, s => s.RunAsync(input));
        city.RuleSetVersion.ShouldBe("SH-2025-450");
        city.Items.Items.Select(i => i.EnterpriseId).ShouldBe([candidate.Id, elsewhere.Id, unknown.Id], ignoreOrder: true);
        // The candidate passes every recorded test: what is left to collect is the confirmations.
        city.Items.Items.Single(i => i.EnterpriseId == candidate.Id).MissingFacts
            .ShouldBe([$"Confirmations.{PolicyConfirmations.MainBusinessInPriorityIndustry}", $"Confirmations.{PolicyConfirmations.ClearOfNegativeRecords}"], ignoreOrder: true);
        city.Items.Items.Single(i => i.EnterpriseId == unknown.Id).MissingFacts.ShouldContain("FinancingRounds");

        var nearList = await fixture.CallAsync<IPolicyScreeningAppService, PolicyScreeningResultDto>(TestPrincipals.Reviewer,
            s => s.RunAsync(new RunPolicyScreeningInput { ProgrammeCode = "unicorn", AssessmentDate = Today, Keyword = cohort, List = PolicyScreeningList.NearMiss }));
        var nearItem = nearList.Items.Items.ShouldHaveSingleItem();
        nearItem.EnterpriseId.ShouldBe(near.Id);
        nearItem.NearMisses.ShouldNotBeEmpty();
        nearItem.Failed.Select(f => f.Zh).ShouldNotBeEmpty();
        (city.CohortCount, city.NearMissCount, city.NeedsEvidenceCount, city.NotEligibleCount).ShouldBe((5, 1, 3, 1));

        var district = await fixture.CallAsync<IPolicyScreeningAppService, PolicyScreeningResultDto>(TestPrincipals.XuhuiOfficer, s => s.RunAsync(input));
        district.CohortCount.ShouldBe(1);
        district.Items.Items.ShouldHaveSingleItem().EnterpriseId.ShouldBe(elsewhere.Id);
        far.Id.ShouldNotBe(Guid.Empty);

        var file = await fixture.CallAsync<IPolicyScreeningAppService, FileDto>(TestPrincipals.Reviewer,
            s => s.ExportAsync(new ExportPolicyScreeningInput { ProgrammeCode = "unicorn", AssessmentDate = Today, Keyword = cohort }));
        file.FileName.ShouldEndWith(".xlsx");
        using var stream = new MemoryStream(file.Content);
        MiniExcelLibs.MiniExcel.GetSheetNames(stream).ShouldBe(["符合条件", "接近条件", "需补充材料"]);
    }
}

public sealed class PolicyTitleAppService_Sqlite_Tests(SqliteFixture fixture) : PolicyTitleAppService_Tests<SqliteFixture>(fixture);

public sealed class PolicyTitleAppService_MariaDb_Tests(MariaDbFixture fixture) : PolicyTitleAppService_Tests<MariaDbFixture>(fixture);
