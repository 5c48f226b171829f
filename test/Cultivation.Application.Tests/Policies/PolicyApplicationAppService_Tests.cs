using Cultivation.Authorization;
using Cultivation.Dtos;
using Cultivation.Exceptions;
using Cultivation.FollowUps;
using Cultivation.Policies;
using Cultivation.Timing;
using static Cultivation.Policies.PolicyApplicationStage;

namespace Cultivation.Application.Tests.Policies;

/// <summary>
/// The pipeline through the application services on a real database, each step per role and district: the officer of
/// 浦东新区 does the district's steps on its own enterprise, the reviewer the city's; the 徐汇区 officer finds nothing.
/// Every test opens a batch of its own (one open application per enterprise and batch).
/// </summary>
public abstract class PolicyApplicationAppService_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private DateOnly Today => ShanghaiTime.Today(fixture.Clock);

    private Task<PolicyBatchDto> NewBatchAsync(Guid? programmeId = null) => PolicyPipelineSteps.NewBatchAsync(fixture.Services, Today, programmeId);

    private Task<PolicyApplicationDto> As(System.Security.Claims.ClaimsPrincipal who, Func<IPolicyApplicationAppService, Task<PolicyApplicationDto>> call) =>
        PolicyPipelineSteps.CallAsync(fixture.Services, who, call);

    private async Task<PolicyApplicationDto> NewApplicationAsync(PolicyApplicationStage stage = Materials, Guid? programmeId = null)
    {
        var batch = await NewBatchAsync(programmeId);
        var application = await PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.PudongOfficer, fixture.Ids.PudongCompany, batch.Id);
        var officerStages = await PolicyPipelineSteps.AdvanceAsync(fixture.Services, TestPrincipals.PudongOfficer, application, stage < MunicipalReview ? stage : MunicipalReview);
        return await PolicyPipelineSteps.AdvanceAsync(fixture.Services, TestPrincipals.Reviewer, officerStages, stage);
    }

    [Fact]
    public async Task Should_take_an_application_from_recommendation_to_the_decision_with_every_step_in_its_history()
    {
        var batch = await NewBatchAsync();
        var officer = TestPrincipals.PudongOfficer;
        var application = await PolicyPipelineSteps.RecommendAsync(fixture.Services, officer, fixture.Ids.PudongCompany, batch.Id);
        application.Stage.ShouldBe(Materials);
        application.DistrictName.ShouldBe("浦东新区");
        application.Materials.Select(m => m.Code).ShouldContain("application-form");
        application.Materials.Single(m => m.Code == "business-licence").Unverified.ShouldBeTrue();
        // Materials: 10 working days from Tuesday 2025-06-03 → 2025-06-17.
        application.StageDueOn.ShouldBe(new DateOnly(2025, 6, 17));

        using (var pdf = new MemoryStream("%PDF-1.7\n%…\n"u8.ToArray()))
        {
            application = await As(officer, s => s.UploadDocumentAsync(application.Id, "business-licence",
                new PolicyDocumentUpload("../../营业执照<副本>.PDF", pdf), application.ConcurrencyStamp));
        }
        var licence = application.Materials.Single(m => m.Code == "business-licence");
        licence.Status.ShouldBe(PolicyMaterialStatus.Uploaded);
        var document = application.Documents.Single();
        (document.FileName, document.ContentType, document.Size).ShouldBe(("营业执照副本.pdf", "application/pdf", 14L));
        document.Sha256.Length.ShouldBe(64);
        var download = await fixture.CallAsync<IPolicyApplicationAppService, PolicyDocumentContent>(TestPrincipals.Reviewer,
            s => s.GetDocumentAsync(application.Id, document.Id));
        download.Content.ShouldBe("%PDF-1.7\n%…\n"u8.ToArray());

        application = await PolicyPipelineSteps.AdvanceAsync(fixture.Services, officer, application, MunicipalReview);
        application.OnSiteCheckNote.ShouldNotBeNull();
        application.StageDueOn.ShouldBe(Today.AddDays(21)); // 15 working days, no holiday in between

        var scored = await As(TestPrincipals.Reviewer, s => s.RecordScoreAsync(application.Id,
            new RecordPolicyScoreDto { ExpertName = "李专家", Score = 80, ConcurrencyStamp = application.ConcurrencyStamp }));
        scored = await As(TestPrincipals.Reviewer, s => s.RecordScoreAsync(application.Id,
            new RecordPolicyScoreDto { ExpertName = "张专家", Score = 91, Comment = "市场占有率靠前", ConcurrencyStamp = scored.ConcurrencyStamp }));
        scored.AverageScore.ShouldBe(85.5m);
        var published = await As(TestPrincipals.Reviewer, s => s.StartPublicityAsync(application.Id, new StartPolicyPublicityDto { ConcurrencyStamp = scored.ConcurrencyStamp }));
        (published.Stage, published.PublicityStartsOn, published.PublicityEndsOn).ShouldBe((Publicity, batch.PublicityStartsOn, batch.PublicityEndsOn));

        var decided = await As(TestPrincipals.Reviewer, s => s.DecideAsync(application.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Granted, Reason = "予以认定", ConcurrencyStamp = published.ConcurrencyStamp }));
        (decided.Stage, decided.Decision, decided.DecidedOn, decided.StageDueOn).ShouldBe((Granted, PolicyDecision.Granted, (DateOnly?)Today, (DateOnly?)null));
        decided.History.Where(h => h.FromStage != h.ToStage).Select(h => (h.Action, h.FromStage, h.ToStage)).ShouldBe([
            (PolicyApplicationAction.Submitted, Materials, DistrictReview),
            (PolicyApplicationAction.DistrictApproved, DistrictReview, MunicipalReview),
            (PolicyApplicationAction.PublicityStarted, MunicipalReview, Publicity),
            (PolicyApplicationAction.Granted, Publicity, Granted)]);
        decided.History.First().Action.ShouldBe(PolicyApplicationAction.Recommended);
        decided.History.First().ActorId.ShouldBe(TestData.Users.PudongOfficerId);
        decided.History.Last().ActorId.ShouldBe(TestData.Users.ReviewerId);
        decided.History.ShouldAllBe(h => h.OccurredOn == Today);

        // The enterprise's timeline shows the steps, for those who may see applications.
        var timeline = await fixture.CallAsync<IEnterpriseTimelineAppService, List<TimelineEntryDto>>(officer, s => s.GetAsync(fixture.Ids.PudongCompany));
        timeline.Where(e => e.Kind == TimelineEntryKind.PolicyApplication && e.SourceId == application.Id).Count().ShouldBe(decided.History.Count);
        timeline.ShouldContain(e => e.SourceId == application.Id && e.Title.Contains("专精特新") && e.Title.Contains("初审通过"));
    }

    [Fact]
    public async Task Should_keep_another_districts_application_out_of_sight_of_an_officer()
    {
        var application = await NewApplicationAsync(DistrictReview);
        var xuhui = TestPrincipals.XuhuiOfficer;
        await Should.ThrowAsync<EntityNotFoundException>(() => As(xuhui, s => s.GetAsync(application.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => As(xuhui, s => s.ApproveAsync(application.Id,
            new ApprovePolicyApplicationDto { OnSiteCheckNote = "越区", ConcurrencyStamp = application.ConcurrencyStamp })));
        await Should.ThrowAsync<EntityNotFoundException>(() => As(xuhui, s => s.WithdrawAsync(application.Id,
            new PolicyApplicationStepDto { Comment = "越区", ConcurrencyStamp = application.ConcurrencyStamp })));
        var list = await fixture.CallAsync<IPolicyApplicationAppService, PagedResultDto<PolicyApplicationSummaryDto>>(xuhui,
            s => s.GetListAsync(new GetPolicyApplicationListInput { BatchId = application.BatchId }));
        list.TotalCount.ShouldBe(0);
        // 徐汇区's officer cannot recommend 浦东新区's enterprise either.
        await Should.ThrowAsync<EntityNotFoundException>(() => PolicyPipelineSteps.RecommendAsync(fixture.Services, xuhui, fixture.Ids.PudongCompany, application.BatchId));
        // The reviewer sees every district.
        (await fixture.CallAsync<IPolicyApplicationAppService, PagedResultDto<PolicyApplicationSummaryDto>>(TestPrincipals.Reviewer,
            s => s.GetListAsync(new GetPolicyApplicationListInput { BatchId = application.BatchId }))).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_keep_each_role_to_its_own_stages()
    {
        var atDistrict = await NewApplicationAsync(DistrictReview);
        // The reviewer does not do the district's 初审, nor recommend.
        await Should.ThrowAsync<CultivationAuthorizationException>(() => As(TestPrincipals.Reviewer, s => s.ApproveAsync(atDistrict.Id,
            new ApprovePolicyApplicationDto { OnSiteCheckNote = "市级代审", ConcurrencyStamp = atDistrict.ConcurrencyStamp })));
        await Should.ThrowAsync<CultivationAuthorizationException>(() =>
            PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.Reviewer, fixture.Ids.XuhuiCompany, atDistrict.BatchId));

        var atCity = await NewApplicationAsync(Publicity);
        // The officer neither scores, nor publishes, nor decides.
        await Should.ThrowAsync<CultivationAuthorizationException>(() => As(TestPrincipals.PudongOfficer, s => s.RecordScoreAsync(atCity.Id,
            new RecordPolicyScoreDto { ExpertName = "区里", Score = 100, ConcurrencyStamp = atCity.ConcurrencyStamp })));
        await Should.ThrowAsync<CultivationAuthorizationException>(() => As(TestPrincipals.PudongOfficer, s => s.DecideAsync(atCity.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Granted, ConcurrencyStamp = atCity.ConcurrencyStamp })));
        await Should.ThrowAsync<CultivationAuthorizationException>(() => fixture.CallAsync<IPolicyApplicationAppService, PolicyFunnelDto>(TestPrincipals.PudongOfficer,
            s => s.GetFunnelAsync(new GetPolicyApplicationFunnelInput { ProgrammeId = PolicyPipelineSteps.SpecialisedSmeId })));
        // Investors see nothing of the pipeline.
        await Should.ThrowAsync<CultivationAuthorizationException>(() => As(TestPrincipals.Investor, s => s.GetAsync(atCity.Id)));
    }

    [Theory]
    [InlineData(Materials, "approve")]
    [InlineData(Materials, "score")]
    [InlineData(DistrictReview, "submit")]
    [InlineData(DistrictReview, "publicity")]
    [InlineData(MunicipalReview, "approve")]
    [InlineData(MunicipalReview, "objection")]
    [InlineData(Publicity, "return")]
    [InlineData(Publicity, "score")]
    public async Task Should_refuse_a_step_the_stage_does_not_allow(PolicyApplicationStage stage, string step)
    {
        var a = await NewApplicationAsync(stage);
        var stamp = a.ConcurrencyStamp;
        Func<Task> call = step switch
        {
            "approve" => () => As(TestPrincipals.Admin, s => s.ApproveAsync(a.Id, new ApprovePolicyApplicationDto { OnSiteCheckNote = "核查", ConcurrencyStamp = stamp })),
            "score" => () => As(TestPrincipals.Admin, s => s.RecordScoreAsync(a.Id, new RecordPolicyScoreDto { ExpertName = "专家", Score = 70, ConcurrencyStamp = stamp })),
            "submit" => () => As(TestPrincipals.Admin, s => s.SubmitAsync(a.Id, new PolicyApplicationStepDto { ConcurrencyStamp = stamp })),
            "publicity" => () => As(TestPrincipals.Admin, s => s.StartPublicityAsync(a.Id, new StartPolicyPublicityDto { ConcurrencyStamp = stamp })),
            "objection" => () => As(TestPrincipals.Admin, s => s.RecordObjectionAsync(a.Id, new RecordPolicyObjectionDto { Summary = "异议", ConcurrencyStamp = stamp })),
            _ => () => As(TestPrincipals.Admin, s => s.ReturnAsync(a.Id, new PolicyApplicationStepDto { Comment = "退回", ConcurrencyStamp = stamp }))
        };
        var e = await Should.ThrowAsync<BusinessException>(call);
        e.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationWrongStage);
        (await As(TestPrincipals.Admin, s => s.GetAsync(a.Id))).Stage.ShouldBe(stage);
    }

    [Fact]
    public async Task Should_not_submit_before_every_required_item_is_uploaded_or_received()
    {
        var application = await NewApplicationAsync();
        var e = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.PudongOfficer, s => s.SubmitAsync(application.Id,
            new PolicyApplicationStepDto { ConcurrencyStamp = application.ConcurrencyStamp })));
        e.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationMaterialsIncomplete);
        e.Arguments.Single().ToString()!.ShouldContain("营业执照");
        // An optional item may stay missing.
        var submitted = await PolicyPipelineSteps.AdvanceAsync(fixture.Services, TestPrincipals.PudongOfficer, application, DistrictReview);
        submitted.Materials.Single(m => m.Code == "rd-expense-audit").Status.ShouldBe(PolicyMaterialStatus.Missing);
    }

    [Fact]
    public async Task Should_allow_one_open_application_per_enterprise_and_batch_and_another_after_a_withdrawal()
    {
        var application = await NewApplicationAsync();
        var again = await Should.ThrowAsync<BusinessException>(() =>
            PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.PudongOfficer, fixture.Ids.PudongCompany, application.BatchId));
        again.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationAlreadyOpen);

        var withdrawn = await As(TestPrincipals.PudongOfficer, s => s.WithdrawAsync(application.Id,
            new PolicyApplicationStepDto { Comment = "企业决定明年再报", ConcurrencyStamp = application.ConcurrencyStamp }));
        (withdrawn.Stage, withdrawn.OutcomeReason).ShouldBe((Withdrawn, "企业决定明年再报"));
        var second = await PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.PudongOfficer, fixture.Ids.PudongCompany, application.BatchId);
        second.Stage.ShouldBe(Materials);
        // A withdrawn application stays withdrawn.
        var e = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.PudongOfficer, s => s.WithdrawAsync(application.Id,
            new PolicyApplicationStepDto { Comment = "再撤", ConcurrencyStamp = withdrawn.ConcurrencyStamp })));
        e.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationWrongStage);
    }

    [Fact]
    public async Task Should_recommend_only_while_the_batch_is_open()
    {
        var input = PolicyPipelineSteps.BatchInput(Today.AddDays(-60));   // closed 30 days ago
        var closed = await fixture.CallAsync<IPolicyBatchAppService, PolicyBatchDto>(TestPrincipals.Reviewer, s => s.CreateAsync(input));
        closed.IsOpen.ShouldBeFalse();
        var e = await Should.ThrowAsync<BusinessException>(() =>
            PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.PudongOfficer, fixture.Ids.PudongCompany, closed.Id));
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyBatchNotOpen, "batchId"));
    }

    [Fact]
    public async Task Should_return_for_correction_to_the_materials_and_remember_how_far_it_got()
    {
        var application = await NewApplicationAsync(DistrictReview);
        var returned = await As(TestPrincipals.PudongOfficer, s => s.ReturnAsync(application.Id,
            new PolicyApplicationStepDto { Comment = "审计报告缺少附注", ConcurrencyStamp = application.ConcurrencyStamp }));
        (returned.Stage, returned.FurthestStage).ShouldBe((Materials, DistrictReview));
        returned.History.Last().ShouldSatisfyAllConditions(
            h => h.Action.ShouldBe(PolicyApplicationAction.ReturnedForCorrection),
            h => h.Comment.ShouldBe("审计报告缺少附注"));
        var noReason = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.PudongOfficer, s => s.RejectAtDistrictAsync(application.Id,
            new PolicyApplicationStepDto { ConcurrencyStamp = returned.ConcurrencyStamp })));
        noReason.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationWrongStage);
    }

    [Fact]
    public async Task Should_reject_at_the_district_and_in_the_citys_review_with_the_reason()
    {
        var atDistrict = await NewApplicationAsync(DistrictReview);
        var noReason = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.PudongOfficer, s => s.RejectAtDistrictAsync(atDistrict.Id,
            new PolicyApplicationStepDto { ConcurrencyStamp = atDistrict.ConcurrencyStamp })));
        (noReason.Code, noReason.Field).ShouldBe((CultivationDomainErrorCodes.PolicyApplicationCommentRequired, "comment"));
        var rejected = await As(TestPrincipals.PudongOfficer, s => s.RejectAtDistrictAsync(atDistrict.Id,
            new PolicyApplicationStepDto { Comment = "现场核查发现主营业务不符", ConcurrencyStamp = atDistrict.ConcurrencyStamp }));
        (rejected.Stage, rejected.FurthestStage, rejected.OutcomeReason).ShouldBe((Rejected, DistrictReview, "现场核查发现主营业务不符"));

        var atCity = await NewApplicationAsync(MunicipalReview);
        var noScore = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.Reviewer, s => s.StartPublicityAsync(atCity.Id,
            new StartPolicyPublicityDto { ConcurrencyStamp = atCity.ConcurrencyStamp })));
        noScore.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationNeedsScore);
        var outOfRange = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.Reviewer, s => s.RecordScoreAsync(atCity.Id,
            new RecordPolicyScoreDto { ExpertName = "专家", Score = 100.5m, ConcurrencyStamp = atCity.ConcurrencyStamp })));
        outOfRange.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationScoreOutOfRange);
        (await As(TestPrincipals.Reviewer, s => s.RejectAtMunicipalAsync(atCity.Id,
            new PolicyApplicationStepDto { Comment = "专家评审未达标", ConcurrencyStamp = atCity.ConcurrencyStamp }))).Stage.ShouldBe(Rejected);
    }

    [Fact]
    public async Task Should_decide_only_after_the_publicity_with_every_objection_resolved()
    {
        var application = await NewApplicationAsync(MunicipalReview);
        application = await As(TestPrincipals.Reviewer, s => s.RecordScoreAsync(application.Id,
            new RecordPolicyScoreDto { ExpertName = "专家", Score = 75, ConcurrencyStamp = application.ConcurrencyStamp }));
        var published = await As(TestPrincipals.Reviewer, s => s.StartPublicityAsync(application.Id,
            new StartPolicyPublicityDto { StartsOn = Today, EndsOn = Today.AddDays(6), ConcurrencyStamp = application.ConcurrencyStamp }));
        // 公示 ends Monday 06-09; the decision is due 5 working days later.
        published.StageDueOn.ShouldBe(new DateOnly(2025, 6, 16));
        var early = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.Reviewer, s => s.DecideAsync(published.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Granted, ConcurrencyStamp = published.ConcurrencyStamp })));
        early.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationPublicityNotOver);

        var objected = await As(TestPrincipals.Reviewer, s => s.RecordObjectionAsync(published.Id,
            new RecordPolicyObjectionDto { Summary = "举报研发费用归集不实", ConcurrencyStamp = published.ConcurrencyStamp }));
        var resolved = await As(TestPrincipals.Reviewer, s => s.ResolveObjectionAsync(objected.Id, objected.Objections.Single().Id,
            new ResolvePolicyObjectionDto { Outcome = PolicyObjectionOutcome.Upheld, Resolution = "经核查属实", ConcurrencyStamp = objected.ConcurrencyStamp }));
        resolved.Objections.Single().Outcome.ShouldBe(PolicyObjectionOutcome.Upheld);
        // An upheld objection: rejected with the reason, during the 公示.
        var noReason = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.Reviewer, s => s.DecideAsync(resolved.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Rejected, ConcurrencyStamp = resolved.ConcurrencyStamp })));
        noReason.Field.ShouldBe("reason");
        var rejected = await As(TestPrincipals.Reviewer, s => s.DecideAsync(resolved.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Rejected, Reason = "异议成立", ConcurrencyStamp = resolved.ConcurrencyStamp }));
        (rejected.Stage, rejected.Decision, rejected.FurthestStage).ShouldBe((Rejected, PolicyDecision.Rejected, Publicity));
    }

    [Fact]
    public async Task Should_refuse_a_grant_while_an_objection_is_open()
    {
        var application = await NewApplicationAsync(Publicity);
        var objected = await As(TestPrincipals.Reviewer, s => s.RecordObjectionAsync(application.Id,
            new RecordPolicyObjectionDto { Summary = "异议", ConcurrencyStamp = application.ConcurrencyStamp }));
        var e = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.Reviewer, s => s.DecideAsync(objected.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Granted, ConcurrencyStamp = objected.ConcurrencyStamp })));
        e.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationObjectionsUnresolved);
    }

    [Fact]
    public async Task Should_grant_a_project_based_programme_with_its_amount_only()
    {
        var project = await NewApplicationAsync(Publicity, PolicyPipelineSteps.FundId);
        project.ProgrammeKind.ShouldBe(PolicyProgrammeKind.ProjectBased);
        var e = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.Reviewer, s => s.DecideAsync(project.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Granted, ConcurrencyStamp = project.ConcurrencyStamp })));
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyApplicationAmountRequired, "amount"));
        var granted = await As(TestPrincipals.Reviewer, s => s.DecideAsync(project.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Granted, Amount = 500_000m, ConcurrencyStamp = project.ConcurrencyStamp }));
        granted.GrantedAmount.ShouldBe(500_000m);

        var title = await NewApplicationAsync(Publicity);
        var amount = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.Reviewer, s => s.DecideAsync(title.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Granted, Amount = 1m, ConcurrencyStamp = title.ConcurrencyStamp })));
        amount.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationAmountNotApplicable);
    }

    [Fact]
    public async Task Should_refuse_a_stale_stamp()
    {
        var application = await NewApplicationAsync(DistrictReview);
        await As(TestPrincipals.PudongOfficer, s => s.ApproveAsync(application.Id,
            new ApprovePolicyApplicationDto { OnSiteCheckNote = "正常", ConcurrencyStamp = application.ConcurrencyStamp }));
        // A withdrawal is a step the new stage allows; written over a stamp read before the approval, it is refused.
        await Should.ThrowAsync<ConcurrencyConflictException>(() => As(TestPrincipals.PudongOfficer, s => s.WithdrawAsync(application.Id,
            new PolicyApplicationStepDto { Comment = "晚了", ConcurrencyStamp = application.ConcurrencyStamp })));
        (await As(TestPrincipals.PudongOfficer, s => s.GetAsync(application.Id))).Stage.ShouldBe(MunicipalReview);
    }

    [Fact]
    public async Task Should_count_the_funnel_by_district_and_the_board_by_stage()
    {
        var batch = await NewBatchAsync();
        var pudong = await PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.PudongOfficer, fixture.Ids.PudongCompany, batch.Id);
        pudong = await PolicyPipelineSteps.AdvanceAsync(fixture.Services, TestPrincipals.Admin, pudong, Publicity);
        await As(TestPrincipals.Reviewer, s => s.DecideAsync(pudong.Id,
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Granted, ConcurrencyStamp = pudong.ConcurrencyStamp }));
        var team = await PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.PudongOfficer, fixture.Ids.PudongMakerTeam, batch.Id);
        await As(TestPrincipals.PudongOfficer, s => s.WithdrawAsync(team.Id, new PolicyApplicationStepDto { Comment = "撤回", ConcurrencyStamp = team.ConcurrencyStamp }));
        var xuhui = await PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.XuhuiOfficer, fixture.Ids.XuhuiCompany, batch.Id);
        await PolicyPipelineSteps.AdvanceAsync(fixture.Services, TestPrincipals.XuhuiOfficer, xuhui, DistrictReview);

        var funnel = await fixture.CallAsync<IPolicyApplicationAppService, PolicyFunnelDto>(TestPrincipals.Reviewer,
            s => s.GetFunnelAsync(new GetPolicyApplicationFunnelInput { ProgrammeId = PolicyPipelineSteps.SpecialisedSmeId, BatchId = batch.Id }));
        funnel.Districts.Count.ShouldBe(16);
        var p = funnel.Districts.Single(d => d.DistrictId == TestData.PudongId);
        (p.Recommended, p.ReachedDistrictReview, p.ReachedMunicipalReview, p.ReachedPublicity, p.Granted, p.Withdrawn, p.Open).ShouldBe((2, 1, 1, 1, 1, 1, 0));
        var x = funnel.Districts.Single(d => d.DistrictId == TestData.XuhuiId);
        (x.Recommended, x.ReachedDistrictReview, x.ReachedMunicipalReview, x.Granted, x.Open).ShouldBe((1, 1, 0, 0, 1));
        (funnel.Total.Recommended, funnel.Total.Granted).ShouldBe((3, 1));

        var board = await fixture.CallAsync<IPolicyApplicationAppService, PolicyApplicationBoardDto>(TestPrincipals.Reviewer,
            s => s.GetBoardAsync(new GetPolicyApplicationBoardInput { BatchId = batch.Id }));
        board.Columns.Select(c => (c.Stage, c.Count)).ShouldBe([(Materials, 0), (DistrictReview, 1), (MunicipalReview, 0), (Publicity, 0), (Granted, 1), (Rejected, 0), (Withdrawn, 1)]);
        board.Columns.Single(c => c.Stage == DistrictReview).Cards.Single().EnterpriseName.ShouldBe("徐汇测试生物医药有限公司");
        var officerBoard = await fixture.CallAsync<IPolicyApplicationAppService, PolicyApplicationBoardDto>(TestPrincipals.PudongOfficer,
            s => s.GetBoardAsync(new GetPolicyApplicationBoardInput { BatchId = batch.Id }));
        officerBoard.Columns.Sum(c => c.Count).ShouldBe(2);
    }

    [Fact]
    public async Task Should_list_by_stage_overdue_and_mine_and_count_the_home_cards()
    {
        var batch = await NewBatchAsync();
        var application = await PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.PudongOfficer, fixture.Ids.PudongCompany, batch.Id);
        application = await PolicyPipelineSteps.AdvanceAsync(fixture.Services, TestPrincipals.PudongOfficer, application, MunicipalReview);

        Task<PagedResultDto<PolicyApplicationSummaryDto>> List(System.Security.Claims.ClaimsPrincipal who, GetPolicyApplicationListInput input) =>
            fixture.CallAsync<IPolicyApplicationAppService, PagedResultDto<PolicyApplicationSummaryDto>>(who, s => s.GetListAsync(input));
        (await List(TestPrincipals.Reviewer, new() { BatchId = batch.Id, Stage = MunicipalReview })).Items.Single().Id.ShouldBe(application.Id);
        (await List(TestPrincipals.Reviewer, new() { BatchId = batch.Id, Mine = true })).TotalCount.ShouldBe(1);
        (await List(TestPrincipals.PudongOfficer, new() { BatchId = batch.Id, Mine = true })).TotalCount.ShouldBe(0);
        (await List(TestPrincipals.Reviewer, new() { BatchId = batch.Id, Overdue = true })).TotalCount.ShouldBe(0);
        (await List(TestPrincipals.Reviewer, new() { BatchId = batch.Id, Keyword = "智能科技" })).TotalCount.ShouldBe(1);
        (await List(TestPrincipals.Reviewer, new() { BatchId = batch.Id, DistrictId = TestData.XuhuiId })).TotalCount.ShouldBe(0);

        var reviewerCards = await fixture.CallAsync<IPolicyApplicationAppService, PolicyApplicationSummaryCountsDto>(TestPrincipals.Reviewer, s => s.GetSummaryAsync());
        var xuhuiCards = await fixture.CallAsync<IPolicyApplicationAppService, PolicyApplicationSummaryCountsDto>(TestPrincipals.XuhuiOfficer, s => s.GetSummaryAsync());
        reviewerCards.AwaitingMunicipalReview.ShouldBeGreaterThanOrEqualTo(1);
        reviewerCards.Open.ShouldBeGreaterThan(xuhuiCards.Open);
        var pudongCards = await fixture.CallAsync<IPolicyApplicationAppService, PolicyApplicationSummaryCountsDto>(TestPrincipals.PudongOfficer, s => s.GetSummaryAsync());
        (pudongCards.Open + xuhuiCards.Open).ShouldBe(reviewerCards.Open);
    }

    [Fact]
    public async Task Should_count_an_eligible_enterprise_without_an_application_as_to_be_recommended()
    {
        Task<PolicyApplicationSummaryCountsDto> Cards(System.Security.Claims.ClaimsPrincipal who) =>
            fixture.CallAsync<IPolicyApplicationAppService, PolicyApplicationSummaryCountsDto>(who, s => s.GetSummaryAsync());
        var unicorn = PolicyProgrammeDataSeedContributor.SeedId(5);
        var before = await Cards(TestPrincipals.Reviewer);
        var facts = new PolicyFacts
        {
            FoundedOn = new DateOnly(2019, 1, 1), Listed = false,
            FinancingRounds = [new PolicyFinancingRound { Amount = 400_000_000m, Date = new(2024, 5, 1), QualifiedInvestor = true, PostMoneyValuation = 8_000_000_000m }],
            Confirmations = new() { [PolicyConfirmations.RegisteredInShanghai] = true, [PolicyConfirmations.MainBusinessInPriorityIndustry] = true,
                [PolicyConfirmations.ClearOfNegativeRecords] = true }
        };
        var assessment = await fixture.CallAsync<IPolicyAssessmentAppService, PolicyAssessmentDto>(TestPrincipals.XuhuiOfficer,
            s => s.AssessAsync(fixture.Ids.XuhuiCompany, new CalculatePolicyInput { ProgrammeCode = "unicorn", AssessmentDate = Today, Facts = facts }));
        assessment.Outcome.ShouldBe(PolicyOutcome.Eligible);
        // No open batch of the programme yet: nothing to recommend into.
        (await Cards(TestPrincipals.Reviewer)).ToRecommend.ShouldBe(before.ToRecommend);

        var batch = await NewBatchAsync(unicorn);
        (await Cards(TestPrincipals.Reviewer)).ToRecommend.ShouldBe(before.ToRecommend + 1);
        (await Cards(TestPrincipals.XuhuiOfficer)).ToRecommend.ShouldBeGreaterThanOrEqualTo(1);
        var pudongBefore = (await Cards(TestPrincipals.PudongOfficer)).ToRecommend;

        var application = await PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.XuhuiOfficer, fixture.Ids.XuhuiCompany, batch.Id, assessment.Id);
        application.AssessmentId.ShouldBe(assessment.Id);
        (await Cards(TestPrincipals.Reviewer)).ToRecommend.ShouldBe(before.ToRecommend);
        (await Cards(TestPrincipals.PudongOfficer)).ToRecommend.ShouldBe(pudongBefore);

        // An assessment of another enterprise does not back a recommendation.
        var other = await NewBatchAsync(unicorn);
        var e = await Should.ThrowAsync<BusinessException>(() =>
            PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.Admin, fixture.Ids.PudongCompany, other.Id, assessment.Id));
        e.Code.ShouldBe(CultivationDomainErrorCodes.PolicyApplicationAssessmentMismatch);
    }

    [Theory]
    [InlineData("notes.txt", "hello")]
    [InlineData("fake.pdf", "PK\u0003\u0004 not a zip")]
    [InlineData("empty.pdf", "")]
    public async Task Should_refuse_a_document_that_is_not_an_allowed_type_by_its_bytes(string name, string text)
    {
        var application = await NewApplicationAsync();
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var e = await Should.ThrowAsync<BusinessException>(() => As(TestPrincipals.PudongOfficer, s => s.UploadDocumentAsync(application.Id, "business-licence",
            new PolicyDocumentUpload(name, content), application.ConcurrencyStamp)));
        e.Field.ShouldBe("file");
        e.Code.ShouldBe(text.Length == 0 ? CultivationDomainErrorCodes.PolicyDocumentEmpty : CultivationDomainErrorCodes.PolicyDocumentTypeNotAllowed);
        (await As(TestPrincipals.PudongOfficer, s => s.GetAsync(application.Id))).Documents.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_keep_batches_and_checklists_to_municipal_staff()
    {
        await Should.ThrowAsync<CultivationAuthorizationException>(() => fixture.CallAsync<IPolicyBatchAppService, PolicyBatchDto>(TestPrincipals.PudongOfficer,
            s => s.CreateAsync(PolicyPipelineSteps.BatchInput(Today))));
        var wrong = PolicyPipelineSteps.BatchInput(Today);
        wrong.ClosesOn = wrong.OpensOn!.Value.AddDays(-1);
        var e = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IPolicyBatchAppService, PolicyBatchDto>(TestPrincipals.Reviewer, s => s.CreateAsync(wrong)));
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyBatchDatesOutOfOrder, "closesOn"));

        var template = await fixture.CallAsync<IPolicyBatchAppService, PolicyPipelineTemplateDto>(TestPrincipals.PudongOfficer,
            s => s.GetTemplateAsync(PolicyPipelineSteps.FundId));
        template.Materials.ShouldAllBe(m => m.Unverified);
        var duplicate = new UpdatePolicyPipelineTemplateDto { Materials = [.. template.Materials, template.Materials[0]], ConcurrencyStamp = template.ConcurrencyStamp };
        var invalid = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IPolicyBatchAppService, PolicyPipelineTemplateDto>(TestPrincipals.Reviewer,
            s => s.UpdateTemplateAsync(PolicyPipelineSteps.FundId, duplicate)));
        invalid.Code.ShouldBe(CultivationDomainErrorCodes.PolicyMaterialChecklistInvalid);
    }
}

public sealed class PolicyApplicationAppService_Sqlite_Tests(SqliteFixture fixture) : PolicyApplicationAppService_Tests<SqliteFixture>(fixture);

public sealed class PolicyApplicationAppService_MariaDb_Tests(MariaDbFixture fixture) : PolicyApplicationAppService_Tests<MariaDbFixture>(fixture);
