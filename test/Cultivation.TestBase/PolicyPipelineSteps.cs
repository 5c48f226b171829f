using System.Security.Claims;
using Cultivation.Policies;

namespace Cultivation;

/// <summary>Batches and applications at a given stage, made through the application services as a given user.</summary>
public static class PolicyPipelineSteps
{
    /// <summary>上海市专精特新中小企业 (Recognised: decided without an amount).</summary>
    public static readonly Guid SpecialisedSmeId = PolicyProgrammeDataSeedContributor.SeedId(2);

    /// <summary>上海市中小企业发展专项资金 (ProjectBased: granted with an amount).</summary>
    public static readonly Guid FundId = PolicyProgrammeDataSeedContributor.SeedId(4);

    private static int _sequence;

    /// <summary>Open today (a month either side), its 公示 over yesterday, so a granted decision may follow at once.</summary>
    public static CreateUpdatePolicyBatchDto BatchInput(DateOnly today, Guid? programmeId = null) => new()
    {
        ProgrammeId = programmeId ?? SpecialisedSmeId,
        Name = $"测试批次{Interlocked.Increment(ref _sequence)}",
        Year = today.Year,
        OpensOn = today.AddDays(-30),
        ClosesOn = today.AddDays(30),
        PublicityStartsOn = today.AddDays(-10),
        PublicityEndsOn = today.AddDays(-1),
        MaterialsDays = 10,
        DistrictReviewDays = 5,
        MunicipalReviewDays = 15,
        DecisionDays = 5
    };

    public static Task<PolicyBatchDto> NewBatchAsync(IServiceProvider services, DateOnly today, Guid? programmeId = null) =>
        services.CallAsync<IPolicyBatchAppService, PolicyBatchDto>(TestPrincipals.Admin, s => s.CreateAsync(BatchInput(today, programmeId)));

    public static Task<PolicyApplicationDto> RecommendAsync(IServiceProvider services, ClaimsPrincipal who, Guid enterpriseId, Guid batchId, Guid? assessmentId = null) =>
        services.CallAsync<IPolicyApplicationAppService, PolicyApplicationDto>(who, s => s.RecommendAsync(new RecommendPolicyApplicationDto
        {
            EnterpriseId = enterpriseId, BatchId = batchId, AssessmentId = assessmentId, Comment = "符合条件，推荐申报"
        }));

    /// <summary>Takes the application forward, step by step, as <paramref name="who"/> (the administrator can do every step).</summary>
    public static async Task<PolicyApplicationDto> AdvanceAsync(IServiceProvider services, ClaimsPrincipal who, PolicyApplicationDto application, PolicyApplicationStage to)
    {
        while (application.Stage < to)
        {
            var current = application;
            application = current.Stage switch
            {
                PolicyApplicationStage.Materials => await SubmitWithEveryRequiredItemAsync(services, who, current),
                PolicyApplicationStage.DistrictReview => await CallAsync(services, who, s => s.ApproveAsync(current.Id, new ApprovePolicyApplicationDto
                {
                    OnSiteCheckNote = "现场核查：生产经营正常，材料与实际一致", ConcurrencyStamp = current.ConcurrencyStamp
                })),
                PolicyApplicationStage.MunicipalReview => await StartPublicityAsync(services, who, current),
                _ => throw new InvalidOperationException($"No step leads on from {current.Stage}.")
            };
        }
        return application;
    }

    public static Task<PolicyApplicationDto> CallAsync(IServiceProvider services, ClaimsPrincipal who, Func<IPolicyApplicationAppService, Task<PolicyApplicationDto>> call) =>
        services.CallAsync(who, call);

    private static async Task<PolicyApplicationDto> SubmitWithEveryRequiredItemAsync(IServiceProvider services, ClaimsPrincipal who, PolicyApplicationDto application)
    {
        foreach (var item in application.Materials.Where(m => m.Required && m.Status == PolicyMaterialStatus.Missing))
        {
            var stamp = application.ConcurrencyStamp;
            application = await CallAsync(services, who, s => s.ReceiveMaterialAsync(application.Id, item.Code,
                new ReceivePolicyMaterialDto { Note = "纸质材料已收", ConcurrencyStamp = stamp }));
        }
        var last = application;
        return await CallAsync(services, who, s => s.SubmitAsync(last.Id, new PolicyApplicationStepDto { Comment = "材料齐全", ConcurrencyStamp = last.ConcurrencyStamp }));
    }

    private static async Task<PolicyApplicationDto> StartPublicityAsync(IServiceProvider services, ClaimsPrincipal who, PolicyApplicationDto application)
    {
        var scored = await CallAsync(services, who, s => s.RecordScoreAsync(application.Id, new RecordPolicyScoreDto
        {
            ExpertName = "王专家", Score = 86, Comment = "细分领域领先", ConcurrencyStamp = application.ConcurrencyStamp
        }));
        return await CallAsync(services, who, s => s.StartPublicityAsync(scored.Id, new StartPolicyPublicityDto { ConcurrencyStamp = scored.ConcurrencyStamp }));
    }
}
