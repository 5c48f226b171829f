using Cultivation.Exceptions;
using Cultivation.Policies;

namespace Cultivation.Application.Tests.Policies;

/// <summary>Programmes and versions through the application services, on a real database.</summary>
public abstract class PolicyProgrammeAppService_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private Task<T> AsAdmin<T>(Func<IPolicyProgrammeAppService, Task<T>> call) => fixture.CallAsync(TestPrincipals.Admin, call);

    private Task<PolicyEvaluation> Calculate(string programme, DateOnly date, PolicyFacts facts) =>
        fixture.CallAsync<IPolicyCalculatorAppService, PolicyEvaluation>(TestPrincipals.PudongOfficer,
            s => s.CalculateAsync(new CalculatePolicyInput { ProgrammeCode = programme, AssessmentDate = date, Facts = facts }));

    [Fact]
    public async Task Should_seed_the_programmes_with_their_rule_versions()
    {
        var programmes = (await fixture.CallAsync<IPolicyProgrammeAppService, Dtos.ListResultDto<PolicyProgrammeDto>>(TestPrincipals.Reviewer,
            s => s.GetListAsync())).Items;
        programmes.Select(p => p.Code).ShouldBe(PolicyProgrammeDataSeedContributor.Catalogue.Select(c => c.Code));
        var specialised = programmes.Single(p => p.Code == "specialised-sme");
        specialised.RuleSets.Select(r => (r.Version, r.EffectiveFrom, r.EffectiveTo))
            .ShouldBe([("2022-63", new DateOnly(2022, 8, 1), (DateOnly?)new DateOnly(2026, 3, 31)), ("2026-2", new DateOnly(2026, 4, 1), null)]);
        programmes.Single(p => p.Code == "little-giant").RuleSets.Single(r => r.Version == "2026-2").UnverifiedCount.ShouldBeGreaterThan(10);
    }

    [Theory]
    [InlineData("2026-03-31", "2022-63")]
    [InlineData("2026-04-01", "2026-2")]
    public async Task Should_calculate_with_the_version_in_force_on_the_date(string date, string version) =>
        (await Calculate("specialised-sme", DateOnly.Parse(date), new PolicyFacts())).RuleSetVersion.ShouldBe(version);

    [Fact]
    public async Task Should_refuse_a_date_before_any_version()
    {
        var e = await Should.ThrowAsync<BusinessException>(() => Calculate("specialised-sme", new DateOnly(2022, 7, 31), new PolicyFacts()));
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyNoRuleSetOnDate, "assessmentDate"));
    }

    [Fact]
    public async Task Should_add_a_version_and_refuse_one_that_overlaps_it()
    {
        var added = await AsAdmin(s => s.CreateRuleSetAsync(PolicyTestRules.LittleGiantId, PolicyTestRules.OldVersion(1)));
        added.Version.ShouldBe("T-1");
        var overlapping = PolicyTestRules.OldVersion(2);
        overlapping.EffectiveFrom = added.EffectiveFrom;
        var e = await Should.ThrowAsync<BusinessException>(() => AsAdmin(s => s.CreateRuleSetAsync(PolicyTestRules.LittleGiantId, overlapping)));
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyRuleSetVersionsOverlap, "effectiveFrom"));
    }

    [Fact]
    public async Task Should_refuse_an_edit_that_leaves_a_gap_between_bands_and_keep_the_stored_rules()
    {
        var programme = PolicyProgrammeDataSeedContributor.SeedId(1);
        var list = await AsAdmin(s => s.GetListAsync());
        var ruleSet = await AsAdmin(s => s.GetRuleSetAsync(programme, list.Items.Single(p => p.Id == programme).RuleSets.Single().Id));
        var definition = ruleSet.Definition;
        definition.Scoring!.Dimensions[0].Indicators[1].Tables[0].Bands[2].From = 0.025m;
        var e = await Should.ThrowAsync<BusinessException>(() => AsAdmin(s => s.UpdateRuleSetAsync(programme, ruleSet.Id, new UpdatePolicyRuleSetDto
        {
            EffectiveFrom = ruleSet.EffectiveFrom, EffectiveTo = ruleSet.EffectiveTo, Definition = definition, ConcurrencyStamp = ruleSet.ConcurrencyStamp
        })));
        e.Code.ShouldBe(CultivationDomainErrorCodes.PolicyBandsNotContiguous);
        (await AsAdmin(s => s.GetRuleSetAsync(programme, ruleSet.Id))).Definition.Scoring!.Dimensions[0].Indicators[1].Tables[0].Bands[2].From.ShouldBe(0.02m);
    }

    [Fact]
    public async Task Should_confirm_an_unverified_criterion_and_refuse_a_stale_stamp()
    {
        var ruleSet = await AsAdmin(s => s.CreateRuleSetAsync(PolicyTestRules.LittleGiantId, PolicyTestRules.OldVersion(5, unverified: true)));
        ruleSet.UnverifiedCount.ShouldBe(1);
        var confirmed = await AsAdmin(s => s.ConfirmCriterionAsync(PolicyTestRules.LittleGiantId, ruleSet.Id, "registered",
            new ConfirmPolicyCriterionDto { ConcurrencyStamp = ruleSet.ConcurrencyStamp }));
        confirmed.UnverifiedCount.ShouldBe(0);
        confirmed.Definition.Requirements[0].ConfirmedOn.ShouldBe(Timing.ShanghaiTime.Today(fixture.Clock));
        await Should.ThrowAsync<ConcurrencyConflictException>(() => AsAdmin(s => s.UpdateRuleSetAsync(PolicyTestRules.LittleGiantId, ruleSet.Id,
            new UpdatePolicyRuleSetDto
            {
                EffectiveFrom = ruleSet.EffectiveFrom, EffectiveTo = ruleSet.EffectiveTo, Definition = ruleSet.Definition, ConcurrencyStamp = ruleSet.ConcurrencyStamp
            })));
    }

    [Fact]
    public async Task Should_keep_a_stored_assessment_as_it_was_when_the_rules_change()
    {
        var facts = new PolicyFacts
        {
            FoundedOn = new DateOnly(2019, 1, 1), Listed = false,
            FinancingRounds = [new PolicyFinancingRound { Amount = 400_000_000m, Date = new(2024, 5, 1), QualifiedInvestor = true, PostMoneyValuation = 6_000_000_000m }],
            Confirmations = new() { [PolicyConfirmations.RegisteredInShanghai] = true, [PolicyConfirmations.MainBusinessInPriorityIndustry] = true,
                [PolicyConfirmations.ClearOfNegativeRecords] = true }
        };
        var input = new CalculatePolicyInput { ProgrammeCode = "unicorn", AssessmentDate = new DateOnly(2025, 6, 1), Facts = facts };
        var stored = await fixture.CallAsync<IPolicyAssessmentAppService, PolicyAssessmentDto>(TestPrincipals.PudongOfficer,
            s => s.AssessAsync(fixture.Ids.PudongCompany, input));
        stored.Outcome.ShouldBe(PolicyOutcome.NotEligible);

        // The administrator lowers the valuation threshold of the same version to 60亿.
        var unicorn = (await AsAdmin(s => s.GetListAsync())).Items.Single(p => p.Code == "unicorn");
        var ruleSet = await AsAdmin(s => s.GetRuleSetAsync(unicorn.Id, unicorn.RuleSets.Single().Id));
        ruleSet.Definition.Requirements.Single(r => r.Code == "unicorn-valuation").Threshold = 6_000_000_000m;
        await AsAdmin(s => s.UpdateRuleSetAsync(unicorn.Id, ruleSet.Id, new UpdatePolicyRuleSetDto
        {
            EffectiveFrom = ruleSet.EffectiveFrom, EffectiveTo = ruleSet.EffectiveTo, Definition = ruleSet.Definition, ConcurrencyStamp = ruleSet.ConcurrencyStamp
        }));
        (await Calculate("unicorn", new DateOnly(2025, 6, 1), facts)).Outcome.ShouldBe(PolicyOutcome.Eligible);

        var reread = await fixture.CallAsync<IPolicyAssessmentAppService, PolicyAssessmentDto>(TestPrincipals.Reviewer,
            s => s.GetAsync(fixture.Ids.PudongCompany, stored.Id));
        reread.Outcome.ShouldBe(PolicyOutcome.NotEligible);
        reread.RuleSetVersion.ShouldBe("SH-2025-450");
        PolicyJson.Serialize(reread.Evaluation).ShouldBe(PolicyJson.Serialize(stored.Evaluation));
        reread.Evaluation.Requirements.Single(r => r.Code == "unicorn-valuation").Threshold.ShouldBe(7_000_000_000m);
        reread.Facts.FinancingRounds!.Single().PostMoneyValuation.ShouldBe(6_000_000_000m);
        (await fixture.CallAsync<IPolicyAssessmentAppService, Dtos.ListResultDto<PolicyAssessmentSummaryDto>>(TestPrincipals.PudongOfficer,
            s => s.GetListAsync(fixture.Ids.PudongCompany))).Items.ShouldContain(a => a.Id == stored.Id);
    }

    [Fact]
    public async Task Should_not_let_another_district_assess_or_read_the_enterprise()
    {
        var input = new CalculatePolicyInput { ProgrammeCode = "unicorn", AssessmentDate = new DateOnly(2025, 6, 1), Facts = new PolicyFacts() };
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IPolicyAssessmentAppService, PolicyAssessmentDto>(TestPrincipals.XuhuiOfficer,
            s => s.AssessAsync(fixture.Ids.PudongCompany, input)));
    }
}

public sealed class PolicyProgrammeAppService_Sqlite_Tests(SqliteFixture fixture) : PolicyProgrammeAppService_Tests<SqliteFixture>(fixture);

public sealed class PolicyProgrammeAppService_MariaDb_Tests(MariaDbFixture fixture) : PolicyProgrammeAppService_Tests<MariaDbFixture>(fixture);
