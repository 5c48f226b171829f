using Cultivation.Contests;
using Cultivation.Exceptions;
using Cultivation.Policies;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>Titles: validity from the version's terms, the update duty per version in force, 复核, lapse and revocation.</summary>
public sealed class PolicyTitle_Tests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static PolicyProgramme Seeded(string code)
    {
        var (_, name, englishName, kind, level) = PolicyProgrammeDataSeedContributor.Catalogue.Single(p => p.Code == code);
        var programme = new PolicyProgramme(Guid.CreateVersion7(), code, name, englishName, kind, level);
        foreach (var seed in PolicySeedRuleSet.All.Where(s => s.ProgrammeCode == code))
        {
            programme.AddRuleSet(Guid.CreateVersion7(), seed.Version, seed.EffectiveFrom, seed.EffectiveTo, seed.Definition);
        }
        return programme;
    }

    [Theory]
    [InlineData("2023-03-10", 3, "2026-02-28")]
    [InlineData("2023-03-01", 3, "2026-02-28")]
    [InlineData("2023-03-31", 3, "2026-02-28")]
    [InlineData("2024-03-15", 3, "2027-02-28")]
    [InlineData("2025-01-20", 3, "2027-12-31")]
    public void Should_be_valid_to_the_end_of_the_month_before_the_same_month_n_years_later(string granted, int years, string until) =>
        PolicyTitleSchedule.ValidUntil(DateOnly.Parse(granted), years).ShouldBe(DateOnly.Parse(until));

    [Theory]
    // 2022-63: 30 April each year.
    [InlineData("specialised-sme", "2024-06-01", "2025-04-30")]
    [InlineData("specialised-sme", "2025-04-29", "2025-04-30")]
    // 2026: 2022-63's 30 April falls after it ended (31 March); 2026-2 sets 31 May.
    [InlineData("specialised-sme", "2025-04-30", "2026-05-31")]
    [InlineData("specialised-sme", "2026-06-01", "2027-05-31")]
    [InlineData("little-giant", "2025-07-01", "2026-05-31")]
    // 创新型 has only 2022-63, open-ended.
    [InlineData("innovative-sme", "2026-01-01", "2026-04-30")]
    public void Should_take_the_update_duty_of_the_version_in_force_on_each_deadline(string programme, string after, string next) =>
        Seeded(programme).NextInformationUpdate(DateOnly.Parse(after), null).ShouldBe(DateOnly.Parse(next));

    [Fact]
    public void Should_grant_with_validity_update_duty_and_review_from_the_version_in_force()
    {
        var programme = Seeded("specialised-sme");
        var title = EnterpriseTitle.Grant(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), programme, new DateOnly(2026, 6, 15), Guid.CreateVersion7(), Today);
        title.RuleSetVersion.ShouldBe("2026-2");
        title.ValidUntil.ShouldBe(new DateOnly(2029, 5, 31));
        title.ReviewDueOn.ShouldBe(new DateOnly(2028, 11, 30));
        // Granted in June 2026, but today is December 2026: the next deadline is 31 May 2027.
        title.NextUpdateDueOn.ShouldBe(new DateOnly(2027, 5, 31));
        title.Status.ShouldBe(EnterpriseTitleStatus.Active);
        title.Source.ShouldBe(EnterpriseTitleSource.Application);
        title.IsValidOn(new DateOnly(2029, 5, 31)).ShouldBeTrue();
        title.IsValidOn(new DateOnly(2029, 6, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Should_grant_under_2022_63_before_april_2026()
    {
        var title = EnterpriseTitle.Grant(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Seeded("specialised-sme"),
            new DateOnly(2025, 3, 20), Guid.CreateVersion7(), new DateOnly(2025, 3, 20));
        (title.RuleSetVersion, title.ValidUntil, title.NextUpdateDueOn).ShouldBe(("2022-63", (DateOnly?)new DateOnly(2028, 2, 29), (DateOnly?)new DateOnly(2025, 4, 30)));
    }

    [Fact]
    public void Should_record_a_title_that_ended_already_as_lapsed_and_keep_its_document_number()
    {
        var title = EnterpriseTitle.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Seeded("specialised-sme"),
            new DateOnly(2023, 3, 10), null, " 沪经信企〔2023〕12号 ", "公告名单", Today);
        title.Status.ShouldBe(EnterpriseTitleStatus.Lapsed);
        title.ValidUntil.ShouldBe(new DateOnly(2026, 2, 28));
        title.DocumentNumber.ShouldBe("沪经信企〔2023〕12号");
        title.NextUpdateDueOn.ShouldBeNull();
        title.Source.ShouldBe(EnterpriseTitleSource.Recorded);
    }

    [Fact]
    public void Should_take_the_documents_last_day_when_given()
    {
        var title = EnterpriseTitle.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Seeded("innovative-sme"),
            new DateOnly(2025, 5, 10), new DateOnly(2028, 5, 9), "沪经信企〔2025〕1号", null, Today);
        (title.Status, title.ValidUntil, title.NextUpdateDueOn).ShouldBe((EnterpriseTitleStatus.Active, (DateOnly?)new DateOnly(2028, 5, 9), (DateOnly?)new DateOnly(2027, 4, 30)));
        Should.Throw<BusinessException>(() => EnterpriseTitle.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Seeded("innovative-sme"),
            new DateOnly(2025, 5, 10), new DateOnly(2025, 5, 9), "x", null, Today)).Code.ShouldBe(CultivationDomainErrorCodes.PolicyTitleValidUntilBeforeGrant);
    }

    [Fact]
    public void Should_refuse_a_title_of_a_project_programme_or_from_the_future()
    {
        Should.Throw<BusinessException>(() => EnterpriseTitle.Grant(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Seeded("sme-development-fund"),
            Today, Guid.CreateVersion7(), Today)).Code.ShouldBe(CultivationDomainErrorCodes.PolicyTitleNotConferred);
        Should.Throw<BusinessException>(() => EnterpriseTitle.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Seeded("little-giant"),
            Today.AddDays(1), null, "x", null, Today)).Field.ShouldBe("grantedOn");
    }

    [Fact]
    public void Should_revoke_once_with_a_reason_and_stop_the_duty()
    {
        var title = EnterpriseTitle.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Seeded("specialised-sme"),
            new DateOnly(2025, 4, 18), null, "沪经信企〔2025〕3号", null, Today);
        Should.Throw<BusinessException>(() => title.Revoke(Today, " ")).Field.ShouldBe("reason");
        title.Revoke(Today, "迁出上海");
        (title.Status, title.EndedOn, title.NextUpdateDueOn).ShouldBe((EnterpriseTitleStatus.Revoked, (DateOnly?)Today, (DateOnly?)null));
        title.IsValidOn(Today).ShouldBeFalse();
        Should.Throw<BusinessException>(() => title.Revoke(Today, "again")).Code.ShouldBe(CultivationDomainErrorCodes.PolicyTitleNotActive);
    }

    [Fact]
    public void Should_renew_a_lapsed_title_with_a_new_validity()
    {
        var programme = Seeded("specialised-sme");
        var title = EnterpriseTitle.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), programme, new DateOnly(2023, 3, 10), null, "x", null, Today);
        var application = Guid.CreateVersion7();
        title.Renew(programme, new DateOnly(2026, 11, 20), application, Today);
        (title.Status, title.ValidUntil, title.ApplicationId, title.DocumentNumber, title.EndedOn)
            .ShouldBe((EnterpriseTitleStatus.Active, (DateOnly?)new DateOnly(2029, 10, 31), (Guid?)application, (string?)null, (DateOnly?)null));
    }

    [Theory]
    [InlineData(0, 4, 30, 6, "validityYears")]
    [InlineData(3, 2, 29, 6, "informationUpdateDay")]
    [InlineData(3, 4, null, 6, "informationUpdateDay")]
    [InlineData(3, 4, 30, 36, "reviewLeadMonths")]
    public void Should_refuse_title_terms_that_cannot_hold(int years, int? month, int? day, int lead, string field)
    {
        var definition = PolicySeedRuleSet.All.First(s => s.ProgrammeCode == "innovative-sme").Definition;
        var copy = PolicyJson.Deserialize<PolicyRuleDefinition>(PolicyJson.Serialize(definition));
        copy.Title = new PolicyTitleTerms { ValidityYears = years, InformationUpdateMonth = month, InformationUpdateDay = day, ReviewLeadMonths = lead };
        var e = Should.Throw<BusinessException>(() => PolicyRuleDefinitionValidator.Validate(copy));
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyTitleTermsInvalid, $"definition.title.{field}"));
    }
}

/// <summary>Records into facts: what is not recorded stays missing; the 创客中国 lists become honours; titles are known.</summary>
public sealed class PolicyFactsBuilder_Tests
{
    private static readonly DateOnly Date = new(2025, 6, 1);

    [Fact]
    public void Should_leave_what_the_records_lack_missing_never_zero()
    {
        var facts = PolicyFactsBuilder.Build(new EnterpriseFactRecords(null, null, null, Cultivation.Enterprises.Gender.Unknown, [], [], [], []), Date);
        facts.Years.ShouldBeNull();
        facts.FinancingRounds.ShouldBeNull();
        facts.FoundedOn.ShouldBeNull();
        facts.Listed.ShouldBeNull();
        facts.IpClassI.ShouldBeNull();
        facts.NicheMarketYears.ShouldBeNull();
        facts.Confirmations.ShouldBeNull();
        facts.Titles.ShouldBeEmpty();
        facts.Honours.ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_figures_ip_and_niche_years_as_of_the_last_complete_year()
    {
        var facts = PolicyFactsBuilder.Build(new EnterpriseFactRecords(new DateOnly(2018, 1, 1), false, "91310115MA1K00003C", Cultivation.Enterprises.Gender.Female,
        [
            new EnterpriseFigureRecord(2024, 5_000_000m, 4_500_000m, null, 10, 50, 8_000_000m, 2_000_000m, 100_000m, 3, 1, 5, 4),
            new EnterpriseFigureRecord(2023, 4_000_000m, 3_900_000m, 300_000m, 8, 40, null, null, null, 2, 0, 4, 3)
        ], [], [], []), Date);
        facts.Years!.Select(y => y.Year).ShouldBe([2023, 2024]);
        facts.Years![1].RdExpense.ShouldBeNull();
        (facts.IpClassI, facts.IpClassIHighValue, facts.IpClassII, facts.NicheMarketYears, facts.Listed).ShouldBe(((int?)3, (int?)1, (int?)5, (int?)4, (bool?)false));
        facts.Confirmations.ShouldBe(new Dictionary<string, bool> { [PolicyConfirmations.RegisteredInShanghai] = true, [PolicyConfirmations.WomanLed] = true });
    }

    [Fact]
    public void Should_count_a_50_as_a_500_and_leave_other_honours_unknown()
    {
        var facts = PolicyFactsBuilder.Build(new EnterpriseFactRecords(null, null, null, Cultivation.Enterprises.Gender.Unknown, [], [(NationalAdvancement.EnterpriseTop50, 2024), (NationalAdvancement.MakerTop100, 2023)], [], []), Date);
        facts.Honours!.Select(h => (h.Kind, h.AwardedOn)).ShouldBe(
            [(PolicyHonourKind.ChuangkeTop500Enterprise, new DateOnly(2024, 1, 1)), (PolicyHonourKind.ChuangkeTop50Enterprise, new DateOnly(2024, 1, 1))]);
        facts.HonourKindsKnown.ShouldBe([PolicyHonourKind.ChuangkeTop500Enterprise, PolicyHonourKind.ChuangkeTop50Enterprise]);

        // 高新技术企业 is not kept in the records: a rule reading it finds it missing, not "none".
        var measure = PolicyMeasures.Find("Honours")!;
        var reading = measure.Read(new PolicyMeasureQuery(facts, Date, PolicyHonourKind.HighTechEnterprise.ToString(), 3, null));
        reading.Value.ShouldBeNull();
        var known = measure.Read(new PolicyMeasureQuery(facts, Date, PolicyHonourKind.ChuangkeTop500Enterprise.ToString(), 3, null));
        known.Value.ShouldBe(1m);
    }
}
