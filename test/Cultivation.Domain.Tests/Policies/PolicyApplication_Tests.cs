using Cultivation.Events;
using Cultivation.Exceptions;
using Cultivation.FollowUps;
using Cultivation.Policies;
using static Cultivation.Policies.PolicyApplicationStage;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>The application's stage machine without a database: which step each stage allows, what it records, its due dates.</summary>
public sealed class PolicyApplication_Tests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WeekendsOnly;

    private static PolicyActor Actor(DateOnly day, string name = "浦东经委") => new(Guid.CreateVersion7(), name, day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), day);

    private static (PolicyApplication Application, PolicyBatch Batch) New(PolicyProgrammeKind kind = PolicyProgrammeKind.Recognised)
    {
        var programme = new PolicyProgramme(Guid.CreateVersion7(), "p", "专精特新", "SRDI", kind, PolicyGrantingLevel.Municipal);
        var batch = new PolicyBatch(Guid.CreateVersion7(), programme.Id,
            new PolicyBatchDetails("2026年第一批", 2026, Monday, Monday.AddDays(30), Monday.AddDays(40), Monday.AddDays(46), 5, 3, 10, 5));
        PolicyMaterialItem[] checklist =
        [
            new() { Code = "form", Name = "申请表", EnglishName = "Form", Required = true },
            new() { Code = "audit", Name = "审计报告", EnglishName = "Audit", Required = true },
            new() { Code = "extra", Name = "其他", EnglishName = "Other", Required = false }
        ];
        return (new PolicyApplication(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), programme, batch, checklist, null, "推荐", Actor(Monday), Calendar), batch);
    }

    private static PolicyApplication At(PolicyApplicationStage stage, PolicyProgrammeKind kind = PolicyProgrammeKind.Recognised)
    {
        var (a, batch) = New(kind);
        if (stage >= DistrictReview)
        {
            a.ReceiveMaterial("form", null, Actor(Monday));
            a.ReceiveMaterial("AUDIT", "原件已核", Actor(Monday));
            a.Submit(null, batch, Actor(Monday), Calendar);
        }
        if (stage >= MunicipalReview)
        {
            a.ApproveAtDistrict("现场核查正常", null, batch, Actor(Monday.AddDays(1)), Calendar);
        }
        if (stage >= Publicity)
        {
            a.RecordScore("专家甲", 70, null, Actor(Monday.AddDays(2), "市经信委"));
            a.StartPublicity(null, null, null, batch, Actor(Monday.AddDays(2), "市经信委"), Calendar);
        }
        return a;
    }

    [Fact]
    public void Should_start_in_materials_due_in_working_days_with_the_checklist_copied()
    {
        var (a, _) = New();
        (a.Stage, a.FurthestStage, a.IsOpen).ShouldBe((Materials, Materials, true));
        a.StageDueOn.ShouldBe(Monday.AddDays(7)); // five working days from Monday: the next Monday
        a.Materials.Select(m => (m.Code, m.Status)).ShouldBe([("form", PolicyMaterialStatus.Missing), ("audit", PolicyMaterialStatus.Missing), ("extra", PolicyMaterialStatus.Missing)]);
        a.History.Single().ShouldSatisfyAllConditions(
            h => h.Action.ShouldBe(PolicyApplicationAction.Recommended),
            h => h.ActorName.ShouldBe("浦东经委"),
            h => h.Comment.ShouldBe("推荐"));
    }

    [Fact]
    public void Should_submit_only_with_every_required_item()
    {
        var (a, batch) = New();
        a.ReceiveMaterial("form", null, Actor(Monday));
        var e = Should.Throw<BusinessException>(() => a.Submit(null, batch, Actor(Monday), Calendar));
        (e.Code, e.Arguments.Single()).ShouldBe((CultivationDomainErrorCodes.PolicyApplicationMaterialsIncomplete, (object)"审计报告"));
        a.AttachDocument("audit", Guid.CreateVersion7(), "审计.pdf", Actor(Monday));
        a.Submit("齐了", batch, Actor(Monday.AddDays(1)), Calendar);
        (a.Stage, a.StageEnteredOn, a.StageDueOn).ShouldBe((DistrictReview, Monday.AddDays(1), (DateOnly?)Monday.AddDays(4)));
    }

    [Fact]
    public void Should_refuse_an_unknown_checklist_item()
    {
        var (a, _) = New();
        Should.Throw<BusinessException>(() => a.ReceiveMaterial("licence", null, Actor(Monday))).Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationMaterialNotFound);
    }

    [Fact]
    public void Should_go_back_to_materials_when_returned_and_keep_the_furthest_stage()
    {
        var a = At(DistrictReview);
        var (_, batch) = New();
        a.ReturnForCorrection("补充审计附注", batch, Actor(Monday.AddDays(3)), Calendar);
        (a.Stage, a.FurthestStage).ShouldBe((Materials, DistrictReview));
        Should.Throw<BusinessException>(() => a.ReturnForCorrection(" ", batch, Actor(Monday), Calendar)).Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationWrongStage);
    }

    [Theory]
    [InlineData(Materials)]
    [InlineData(DistrictReview)]
    [InlineData(MunicipalReview)]
    public void Should_not_decide_before_the_publicity(PolicyApplicationStage stage)
    {
        var a = At(stage);
        var e = Should.Throw<BusinessException>(() => a.Decide(PolicyDecision.Granted, null, null, Actor(Monday.AddDays(60))));
        e.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationWrongStage);
        a.Stage.ShouldBe(stage);
    }

    [Fact]
    public void Should_average_the_scores_and_need_one_before_the_publicity()
    {
        var a = At(MunicipalReview);
        var (_, batch) = New();
        Should.Throw<BusinessException>(() => a.StartPublicity(null, null, null, batch, Actor(Monday), Calendar)).Code
            .ShouldBe(CultivationDomainErrorCodes.PolicyApplicationNeedsScore);
        a.RecordScore("甲", 70, null, Actor(Monday));
        a.RecordScore("乙", 85.5m, "好", Actor(Monday));
        a.RecordScore("丙", 90, null, Actor(Monday));
        a.AverageScore.ShouldBe(81.83m);
        Should.Throw<BusinessException>(() => a.RecordScore("丁", -1, null, Actor(Monday))).Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationScoreOutOfRange);
        a.StartPublicity(null, null, null, batch, Actor(Monday.AddDays(3)), Calendar);
        // The batch's 公示: Monday+40 to Friday 2026-04-17; the decision is due 5 working days after it ends.
        (a.PublicityStartsOn, a.PublicityEndsOn, a.StageDueOn).ShouldBe((Monday.AddDays(40), new DateOnly(2026, 4, 17), (DateOnly?)new DateOnly(2026, 4, 24)));
    }

    [Fact]
    public void Should_grant_after_the_publicity_and_raise_the_decision_event()
    {
        var a = At(Publicity);
        var end = a.PublicityEndsOn!.Value;
        Should.Throw<BusinessException>(() => a.Decide(PolicyDecision.Granted, null, null, Actor(end))).Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationPublicityNotOver);
        a.Decide(PolicyDecision.Granted, null, "予以认定", Actor(end.AddDays(1), "市经信委"));
        (a.Stage, a.FurthestStage, a.Decision, a.DecidedOn, a.StageDueOn, a.IsOpen, a.OpenBatchId).ShouldBe((Granted, Granted, (PolicyDecision?)PolicyDecision.Granted,
            (DateOnly?)end.AddDays(1), (DateOnly?)null, false, (Guid?)null));
        var decided = ((IHasDomainEvents)a).DomainEvents.OfType<PolicyApplicationDecidedEvent>().Single();
        (decided.ApplicationId, decided.EnterpriseId, decided.Decision, decided.DecidedOn, decided.GrantedAmount)
            .ShouldBe((a.Id, a.EnterpriseId, PolicyDecision.Granted, end.AddDays(1), (decimal?)null));
        Should.Throw<BusinessException>(() => a.Withdraw("晚了", Actor(end.AddDays(2)))).Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationWrongStage);
    }

    [Fact]
    public void Should_record_and_resolve_objections_once()
    {
        var a = At(Publicity);
        var objection = a.RecordObjection("异议", Monday.AddDays(41), Actor(Monday.AddDays(41)));
        a.ResolveObjection(objection.Id, PolicyObjectionOutcome.Dismissed, "不成立", Actor(Monday.AddDays(42)));
        Should.Throw<BusinessException>(() => a.ResolveObjection(objection.Id, PolicyObjectionOutcome.Upheld, "成立", Actor(Monday.AddDays(42)))).Code
            .ShouldBe(CultivationDomainErrorCodes.PolicyApplicationObjectionAlreadyResolved);
        Should.Throw<EntityNotFoundException>(() => a.ResolveObjection(Guid.CreateVersion7(), PolicyObjectionOutcome.Upheld, "成立", Actor(Monday)));
        a.Decide(PolicyDecision.Granted, null, null, Actor(Monday.AddDays(47)));
        a.Stage.ShouldBe(Granted);
    }

    [Fact]
    public void Should_carry_the_amount_of_a_project_based_grant()
    {
        var a = At(Publicity, PolicyProgrammeKind.ProjectBased);
        Should.Throw<BusinessException>(() => a.Decide(PolicyDecision.Granted, null, null, Actor(Monday.AddDays(47)))).Code
            .ShouldBe(CultivationDomainErrorCodes.PolicyApplicationAmountRequired);
        a.Decide(PolicyDecision.Granted, 300_000m, null, Actor(Monday.AddDays(47)));
        ((IHasDomainEvents)a).DomainEvents.OfType<PolicyApplicationDecidedEvent>().Single().GrantedAmount.ShouldBe(300_000m);
    }

    [Fact]
    public void Should_withdraw_with_a_reason_before_the_decision()
    {
        var a = At(MunicipalReview);
        Should.Throw<BusinessException>(() => a.Withdraw("", Actor(Monday))).Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationCommentRequired);
        a.Withdraw("企业主动撤回", Actor(Monday.AddDays(5)));
        (a.Stage, a.FurthestStage, a.OutcomeReason, a.OpenBatchId).ShouldBe((Withdrawn, MunicipalReview, "企业主动撤回", (Guid?)null));
        a.History.Last().ShouldSatisfyAllConditions(h => h.FromStage.ShouldBe(MunicipalReview), h => h.ToStage.ShouldBe(Withdrawn));
    }

    [Theory]
    [InlineData("%PDF-1.4", "application/pdf")]
    [InlineData("\u0089PNG\r\n\u001a\n", "image/png")]
    [InlineData("\u00ff\u00d8\u00ff\u00e0", "image/jpeg")]
    [InlineData("GIF89a", null)]
    [InlineData("<html>", null)]
    public void Should_sniff_the_type_from_the_bytes(string start, string? type) =>
        PolicyDocumentInspector.Sniff(start.Select(c => (byte)c).ToArray()).ShouldBe(type);

    [Fact]
    public void Should_read_an_office_document_by_its_parts()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("xl/workbook.xml");
        }
        var inspected = PolicyDocumentInspector.Inspect("财务报表.XLSX", stream.ToArray());
        (inspected.FileName, inspected.ContentType).ShouldBe(("财务报表.xlsx", PolicyDocumentInspector.Xlsx));
    }

    [Fact]
    public void Should_refuse_a_document_over_ten_megabytes()
    {
        var bytes = new byte[PolicyDocumentConsts.MaxBytes + 1];
        "%PDF-"u8.CopyTo(bytes);
        Should.Throw<BusinessException>(() => PolicyDocumentInspector.Inspect("big.pdf", bytes)).Code.ShouldBe(CultivationDomainErrorCodes.PolicyDocumentTooLarge);
    }

    [Theory]
    [InlineData("C:\\fakepath\\营业执照.pdf", "营业执照.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("a\u202Eb\u0001c?.pdf", "abc.pdf")]
    [InlineData("...", "document.pdf")]
    [InlineData(null, "document.pdf")]
    public void Should_sanitise_the_file_name(string? name, string expected) =>
        PolicyDocumentInspector.SafeFileName(name, ".pdf").ShouldBe(expected);
}
