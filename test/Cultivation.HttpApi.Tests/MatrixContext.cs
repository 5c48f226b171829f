using System.Net.Http.Json;
using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.FollowUps;
using Cultivation.Imports;
using Cultivation.Identity;
using Cultivation.IndustryFields;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.HttpApi.Tests;

public enum Caller
{
    Anonymous,
    Admin,
    Reviewer,
    PudongOfficer,
    /// <summary>An officer of another district, acting on 浦东新区's records.</summary>
    XuhuiOfficer,
    Investor
}

public static class CallerExtensions
{
    public static string? UserName(this Caller caller) => caller switch
    {
        Caller.Admin => TestData.Users.Admin,
        Caller.Reviewer => TestData.Users.Reviewer,
        Caller.PudongOfficer => TestData.Users.PudongOfficer,
        Caller.XuhuiOfficer => TestData.Users.XuhuiOfficer,
        Caller.Investor => TestData.Users.Investor,
        _ => null
    };
}

/// <summary>Fresh 浦东新区 records made through the application services (as the administrator) for requests that change them.</summary>
public sealed class MatrixContext(CultivationWebApplicationFactory factory)
{
    private int _sequence;
    private int _year;

    public TestDataIds Ids => factory.Ids;

    public IServiceProvider Services => factory.Services;

    public int Next() => Interlocked.Increment(ref _sequence);

    /// <summary>A year no other matrix request has used (edition years are unique and end at 2100).</summary>
    public int NextYear()
    {
        var year = 2030 + Interlocked.Increment(ref _year);
        return year <= ContestEditionConsts.MaxYear ? year : throw new InvalidOperationException("The matrix ran out of free contest years.");
    }

    public Task<T> AsAdmin<TService, T>(Func<TService, Task<T>> call)
        where TService : notnull => factory.Services.CallAsync(TestPrincipals.Admin, call);

    public async Task<EnterpriseDto> NewEnterpriseAsync(EnterpriseKind kind = EnterpriseKind.Company) =>
        await AsAdmin<IEnterpriseAppService, EnterpriseDto>(s => s.CreateAsync(NewEnterpriseInput(kind)));

    public CreateEnterpriseDto NewEnterpriseInput(EnterpriseKind kind = EnterpriseKind.Company)
    {
        var n = Next();
        return new CreateEnterpriseDto
        {
            Kind = kind,
            Name = $"矩阵测试企业{n}",
            CreditCode = kind == EnterpriseKind.Company ? $"91310115MA5{n:D6}0".FixCheck() : null,
            DistrictId = TestData.PudongId
        };
    }

    public string NewCreditCode() => $"91310115MA6{Next():D6}0".FixCheck();

    /// <summary>A saved search of the caller's own (the administrator's for an anonymous caller, who is refused anyway).</summary>
    public async Task<Profiles.SavedSearchDto> NewSavedSearchAsync(Caller caller)
    {
        var user = caller switch
        {
            Caller.Reviewer => TestPrincipals.Reviewer,
            Caller.PudongOfficer => TestPrincipals.PudongOfficer,
            Caller.XuhuiOfficer => TestPrincipals.XuhuiOfficer,
            Caller.Investor => TestPrincipals.Investor,
            // The seeded administrator's id is generated at seeding: the owner must be that user.
            _ => TestPrincipals.Create(TestData.Users.Admin, CultivationRoles.MunicipalAdmin,
                userId: (await factory.Services.RunAsync(null, sp => sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>()
                    .FindByNameAsync(TestData.Users.Admin)))!.Id)
        };
        return await factory.Services.CallAsync<Profiles.ISavedSearchAppService, Profiles.SavedSearchDto>(user,
            s => s.CreateAsync(new Profiles.CreateUpdateSavedSearchDto { Name = $"矩阵搜索{Next()}", Criteria = new Profiles.ProfileSearchInput { Text = "芯片" } }));
    }

    /// <summary>A new 浦东新区 enterprise's profile: a draft, consented to, or published (consent to publication and to introductions).</summary>
    public async Task<Profiles.ProjectProfileDto> NewProfileAsync(bool consented = false, bool published = false)
    {
        var enterprise = await NewEnterpriseAsync();
        var profile = await AsAdmin<Profiles.IProjectProfileAppService, Profiles.ProjectProfileDto>(s => s.SaveAsync(enterprise.Id,
            new Profiles.SaveProjectProfileDto { Headline = "矩阵测试项目", Summary = "矩阵测试项目简介" }));
        if (consented || published)
        {
            profile = await AsAdmin<Profiles.IProjectProfileAppService, Profiles.ProjectProfileDto>(s => s.RecordConsentAsync(profile.Id, new Profiles.RecordConsentDto
            {
                ConsentedBy = "授权人", ConsentedOn = new DateOnly(2025, 1, 2), Profile = true, ContactThroughOfficer = true, ConcurrencyStamp = profile.ConcurrencyStamp
            }));
        }
        if (published)
        {
            profile = await AsAdmin<Profiles.IProjectProfileAppService, Profiles.ProjectProfileDto>(s =>
                s.PublishAsync(profile.Id, new Profiles.ChangeProfileStatusDto { ConcurrencyStamp = profile.ConcurrencyStamp }));
        }
        return profile;
    }

    public async Task<(Guid EnterpriseId, Guid ContactId, string Stamp)> NewContactAsync()
    {
        var enterprise = await NewEnterpriseAsync();
        var contact = await AsAdmin<IEnterpriseContactAppService, EnterpriseContactDto>(s =>
            s.CreateAsync(enterprise.Id, new CreateUpdateEnterpriseContactDto { Name = "联系人", Phone = "13600000000" }));
        return (enterprise.Id, contact.Id, contact.ConcurrencyStamp);
    }

    public async Task<(Guid EnterpriseId, Guid AwardId, string Stamp)> NewAwardAsync()
    {
        var enterprise = await NewEnterpriseAsync();
        var award = await AsAdmin<IAwardRecordAppService, AwardRecordDto>(s => s.CreateAsync(enterprise.Id, AwardInput()));
        return (enterprise.Id, award.Id, award.ConcurrencyStamp);
    }

    public async Task<Guid> NewEnterpriseWithFiguresAsync()
    {
        var enterprise = await NewEnterpriseAsync();
        await AsAdmin<IEnterpriseFiguresAppService, EnterpriseFiguresDto>(s => s.SetAsync(enterprise.Id, 2024, new UpdateEnterpriseFiguresDto { Employees = 10 }));
        return enterprise.Id;
    }

    public static CreateUpdateAwardRecordDto AwardInput() => new()
    {
        EditionId = TestData.Edition2024Id, Track = ContestTrack.Enterprise, StageReached = ContestStage.Semifinal, ProjectName = "矩阵测试项目"
    };

    public async Task<IndustryFieldDto> NewIndustryFieldAsync() =>
        await AsAdmin<IIndustryFieldAppService, IndustryFieldDto>(s => s.CreateAsync(new CreateIndustryFieldDto { Code = $"M{Next()}", Name = "矩阵测试领域" }));

    public async Task<Cultivation.Policies.PolicyRuleSetDto> NewPolicyRuleSetAsync(bool unverified = false) =>
        await AsAdmin<Cultivation.Policies.IPolicyProgrammeAppService, Cultivation.Policies.PolicyRuleSetDto>(s =>
            s.CreateRuleSetAsync(PolicyTestRules.LittleGiantId, PolicyTestRules.OldVersion(Next(), unverified)));

    public async Task<Cultivation.Policies.PolicyAssessmentDto> NewPolicyAssessmentAsync() =>
        await AsAdmin<Cultivation.Policies.IPolicyAssessmentAppService, Cultivation.Policies.PolicyAssessmentDto>(async s =>
            await s.AssessAsync((await NewEnterpriseAsync()).Id, AuthorizationRules.AssessmentInput()));

    private Cultivation.Policies.PolicyBatchDto? _policyBatch;

    /// <summary>One open batch of 专精特新 for the matrix's applications (each on a fresh enterprise), its 公示 already over.</summary>
    public async Task<Cultivation.Policies.PolicyBatchDto> PolicyBatchAsync() =>
        _policyBatch ??= await PolicyPipelineSteps.NewBatchAsync(factory.Services, Timing.ShanghaiTime.Today(factory.Services.GetRequiredService<TimeProvider>()));

    /// <summary>A fresh 浦东新区 enterprise's application, taken by the administrator to <paramref name="stage"/>.</summary>
    public async Task<Cultivation.Policies.PolicyApplicationDto> NewPolicyApplicationAsync(
        Cultivation.Policies.PolicyApplicationStage stage = Cultivation.Policies.PolicyApplicationStage.Materials)
    {
        var enterprise = await NewEnterpriseAsync();
        var application = await PolicyPipelineSteps.RecommendAsync(factory.Services, TestPrincipals.Admin, enterprise.Id, (await PolicyBatchAsync()).Id);
        return await PolicyPipelineSteps.AdvanceAsync(factory.Services, TestPrincipals.Admin, application, stage);
    }

    /// <summary>An application in 公示 with one objection not yet resolved.</summary>
    public async Task<(Cultivation.Policies.PolicyApplicationDto Application, Guid ObjectionId)> NewObjectedPolicyApplicationAsync()
    {
        var application = await NewPolicyApplicationAsync(Cultivation.Policies.PolicyApplicationStage.Publicity);
        application = await PolicyPipelineSteps.CallAsync(factory.Services, TestPrincipals.Admin, s => s.RecordObjectionAsync(application.Id,
            new Cultivation.Policies.RecordPolicyObjectionDto { Summary = "矩阵测试异议", ConcurrencyStamp = application.ConcurrencyStamp }));
        return (application, application.Objections.Single().Id);
    }

    /// <summary>An application with one uploaded document.</summary>
    public async Task<(Guid ApplicationId, Guid DocumentId)> NewPolicyDocumentAsync()
    {
        var application = await NewPolicyApplicationAsync();
        using var content = new MemoryStream(PdfBytes);
        application = await PolicyPipelineSteps.CallAsync(factory.Services, TestPrincipals.Admin, s => s.UploadDocumentAsync(application.Id, "business-licence",
            new Cultivation.Policies.PolicyDocumentUpload("营业执照.pdf", content), application.ConcurrencyStamp));
        return (application.Id, application.Documents.Single().Id);
    }

    public static readonly byte[] PdfBytes = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    public static HttpRequestMessage Upload(string url, byte[] bytes, string fileName, string? concurrencyStamp)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (concurrencyStamp is not null)
        {
            form.Add(new StringContent(concurrencyStamp), "concurrencyStamp");
        }
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
    }

    public CreateUpdateContestEditionDto EditionInput() => new()
    {
        Year = NextYear(),
        Name = "矩阵测试届次",
        Tracks = [new ContestTrackDto { Track = ContestTrack.Enterprise, PrizeQuotas = [new PrizeQuotaDto { Level = PrizeLevel.First, Quota = 1 }] }]
    };

    public async Task<ContestEditionDto> NewEditionAsync() =>
        await AsAdmin<IContestEditionAppService, ContestEditionDto>(s => s.CreateAsync(EditionInput()));

    public CreateUserDto UserInput() => new()
    {
        UserName = $"matrix-{Next()}", DisplayName = "矩阵测试用户", Password = TestData.Password, Roles = [CultivationRoles.MunicipalReviewer]
    };

    public async Task<IdentityUserDto> NewUserAsync() => await AsAdmin<IUserAppService, IdentityUserDto>(s => s.CreateAsync(UserInput()));

    /// <summary>A 浦东新区 prize winner (优胜奖: 若干, so the quota never runs out) and its follow-up plan.</summary>
    public async Task<(Guid EnterpriseId, FollowUpPlanDto Plan)> NewPlanAsync()
    {
        var enterprise = await NewEnterpriseAsync();
        await AsAdmin<IAwardRecordAppService, AwardRecordDto>(s => s.CreateAsync(enterprise.Id, new CreateUpdateAwardRecordDto
        {
            EditionId = TestData.Edition2024Id, Track = ContestTrack.Enterprise, StageReached = ContestStage.Final, PrizeLevel = PrizeLevel.Excellence, ProjectName = "矩阵测试获奖项目"
        }));
        var plans = await AsAdmin<IFollowUpPlanAppService, ListResultDto<FollowUpPlanDto>>(s => s.GetOfEnterpriseAsync(enterprise.Id));
        return (enterprise.Id, plans.Items.Single());
    }

    public async Task<FollowUpPlanDto> NewPausedPlanAsync()
    {
        var (_, plan) = await NewPlanAsync();
        return await AsAdmin<IFollowUpPlanAppService, FollowUpPlanDto>(s =>
            s.PauseAsync(plan.Id, new ChangePlanStatusDto { Reason = "矩阵测试", ConcurrencyStamp = plan.ConcurrencyStamp }));
    }

    public static LogServiceDto ServiceInput(params NewRequestDto[] requests) => new()
    {
        ServedOn = new DateOnly(2025, 6, 3), Category = ServiceCategory.Training, Channel = ServiceChannel.Phone, Summary = "矩阵测试服务", Requests = [.. requests]
    };

    public async Task<EnterpriseRequestDto> NewRequestAsync()
    {
        var (enterpriseId, _) = await NewPlanAsync();
        var result = await AsAdmin<IServiceRecordAppService, LogServiceResultDto>(s => s.LogAsync(enterpriseId,
            ServiceInput(new NewRequestDto { Description = "矩阵测试诉求", Category = ServiceCategory.Financing })));
        return result.Requests.Single();
    }

    /// <summary>A one-row yearly-figures file for a fresh 浦东新区 enterprise.</summary>
    public async Task<byte[]> NewFiguresFileAsync()
    {
        var enterprise = await NewEnterpriseAsync();
        return System.Text.Encoding.UTF8.GetBytes($"统一社会信用代码,年度,从业人员数\n{enterprise.CreditCode},2024,{Next()}\n");
    }

    public static HttpRequestMessage Upload(byte[] content, ImportKind kind) => new(HttpMethod.Post, "/api/app/imports")
    {
        Content = new MultipartFormDataContent
        {
            { new ByteArrayContent(content), "file", "矩阵测试.csv" },
            { new StringContent(kind.ToString()), "kind" }
        }
    };

    /// <summary>
    /// A contest-results row for a fresh 浦东新区 maker team under another lead: whether it is that team is for a
    /// reviewer to decide.
    /// </summary>
    public async Task<byte[]> NewTeamToReviewFileAsync()
    {
        var team = await NewEnterpriseAsync(EnterpriseKind.MakerTeam);
        return System.Text.Encoding.UTF8.GetBytes($"团队名称,负责人,届次,组别,项目名称,所属区\n{team.Name},另一位负责人,2024,创客组,矩阵测试项目,浦东新区\n");
    }

    /// <summary>The 浦东新区 officer's import (by default a fresh enterprise's figures), validated and, if asked, committed.</summary>
    public async Task<Guid> NewImportAsync(bool committed = false, bool toReview = false)
    {
        var content = toReview ? await NewTeamToReviewFileAsync() : await NewFiguresFileAsync();
        var kind = toReview ? ImportKind.ContestResults : ImportKind.YearlyFigures;
        var batch = await AsPudongOfficer<IImportAppService, ImportBatchDto>(s => s.UploadAsync(
            new UploadImportInput { Kind = kind }, new ImportFileInput("矩阵测试.csv", content.Length, new MemoryStream(content))));
        await WaitForImportAsync(batch.Id, ImportStatus.Validated);
        if (committed)
        {
            await AsPudongOfficer<IImportAppService, ImportBatchDto>(s => s.CommitAsync(batch.Id));
            await WaitForImportAsync(batch.Id, ImportStatus.Committed);
        }
        return batch.Id;
    }

    private Task<T> AsPudongOfficer<TService, T>(Func<TService, Task<T>> call)
        where TService : notnull => factory.Services.CallAsync(TestPrincipals.PudongOfficer, call);

    private async Task WaitForImportAsync(Guid id, ImportStatus status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var progress = await AsPudongOfficer<IImportAppService, ImportProgressDto>(s => s.GetProgressAsync(id));
            if (!progress.IsInProgress)
            {
                var batch = await AsPudongOfficer<IImportAppService, ImportBatchDto>(s => s.GetAsync(id));
                batch.Status.ShouldBe(status);
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Import {id} is still {progress.Status}.");
            }
            await Task.Delay(25);
        }
    }

    public async Task<string> NewRefreshTokenAsync() => (await factory.SignInAsync(TestData.Users.Reviewer, TestData.Password)).RefreshToken;

    public static HttpRequestMessage Request(HttpMethod method, string url, object? body = null) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json) };

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() }
    };
}
