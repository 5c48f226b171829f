using Cultivation.Districts;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.FollowUps;
using Cultivation.Identity;
using Cultivation.IndustryFields;
using InvestorKind = Cultivation.Matchmaking.InvestorKind;
using CreateUpdateInvestorDto = Cultivation.Matchmaking.CreateUpdateInvestorDto;
using IInvestorAppService = Cultivation.Matchmaking.IInvestorAppService;
using InvestorDto = Cultivation.Matchmaking.InvestorDto;
using static Cultivation.HttpApi.Tests.Caller;
using static Cultivation.HttpApi.Tests.MatrixContext;

namespace Cultivation.HttpApi.Tests;

public enum Expect
{
    Success = 0,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404
}

/// <summary>One endpoint: how to call it as a given caller, and what that caller must get.</summary>
public sealed record EndpointRule(string Method, string Route, Func<MatrixContext, Caller, Task<HttpRequestMessage>> Build, Func<Caller, Expect> Expected)
{
    public string Key => $"{Method} {Route}";
}

/// <summary>
/// The expected answer of every endpoint to every caller, written out independently of the seeded role
/// grants so that a wrong grant or a missing check shows. "Other" is the 徐汇区 officer acting on 浦东新区 records.
/// </summary>
public static class AuthorizationRules
{
    private const string Enterprises = "api/app/enterprises";
    private const string PolicyProgrammes = "api/app/policy-programmes";
    private const string PolicyBatches = "api/app/policy-batches";
    private const string PolicyApplications = "api/app/policy-applications";
    private const Cultivation.Policies.PolicyApplicationStage Materials = Cultivation.Policies.PolicyApplicationStage.Materials;
    private const Cultivation.Policies.PolicyApplicationStage DistrictReview = Cultivation.Policies.PolicyApplicationStage.DistrictReview;
    private const Cultivation.Policies.PolicyApplicationStage MunicipalReview = Cultivation.Policies.PolicyApplicationStage.MunicipalReview;
    private const Cultivation.Policies.PolicyApplicationStage Publicity = Cultivation.Policies.PolicyApplicationStage.Publicity;

    public static readonly IReadOnlyList<EndpointRule> All =
    [
        // Account: sign-in and token refresh are the only anonymous API endpoints.
        Rule("POST", "api/app/account/token", (_, _) => Post("/api/app/account/token", new TokenRequestDto { UserName = TestData.Users.Reviewer, Password = TestData.Password }), Anyone),
        Rule("POST", "api/app/account/refresh", async (c, _) => await Post("/api/app/account/refresh", new RefreshTokenRequestDto { RefreshToken = await c.NewRefreshTokenAsync() }), Anyone),
        Rule("POST", "api/app/account/sign-out", async (c, _) => await Post("/api/app/account/sign-out", new RefreshTokenRequestDto { RefreshToken = await c.NewRefreshTokenAsync() }), Anyone),
        Rule("POST", "api/app/account/change-password", (_, _) => Post("/api/app/account/change-password",
            new ChangePasswordDto { CurrentPassword = TestData.Password, NewPassword = TestData.Password }), SignedIn),
        Rule("GET", "api/app/account/me", Get("/api/app/account/me"), SignedIn),
        Rule("GET", "api/app/permissions/granted", Get("/api/app/permissions/granted"), SignedIn),
        // Labels and the permission tree: every signed-in user (the UI needs them after sign-in only).
        Rule("GET", "api/app/application-configuration", Get("/api/app/application-configuration?culture=en"), SignedIn),

        // Reference data every role reads.
        Rule("GET", "api/app/districts", Get("/api/app/districts"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("GET", "api/app/industry-fields", Get("/api/app/industry-fields"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("GET", "api/app/industry-fields/{id:guid}", async (c, _) => Request(HttpMethod.Get, $"/api/app/industry-fields/{(await c.NewIndustryFieldAsync()).Id}"),
            Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("POST", "api/app/industry-fields", (c, _) => Post("/api/app/industry-fields", new CreateIndustryFieldDto { Code = $"P{c.Next()}", Name = "新领域" }), Roles(Admin)),
        Rule("PUT", "api/app/industry-fields/{id:guid}", async (c, _) =>
        {
            var field = await c.NewIndustryFieldAsync();
            return Request(HttpMethod.Put, $"/api/app/industry-fields/{field.Id}", new UpdateIndustryFieldDto { Name = "改名", ConcurrencyStamp = field.ConcurrencyStamp });
        }, Roles(Admin)),
        Rule("DELETE", "api/app/industry-fields/{id:guid}", async (c, _) => Request(HttpMethod.Delete, $"/api/app/industry-fields/{(await c.NewIndustryFieldAsync()).Id}"), Roles(Admin)),
        Rule("GET", "api/app/contest-editions", Get("/api/app/contest-editions"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("GET", "api/app/contest-editions/{id:guid}", Get($"/api/app/contest-editions/{TestData.Edition2024Id}"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("POST", "api/app/contest-editions", (c, _) => Post("/api/app/contest-editions", c.EditionInput()), Roles(Admin)),
        Rule("PUT", "api/app/contest-editions/{id:guid}", async (c, _) =>
        {
            var edition = await c.NewEditionAsync();
            var input = c.EditionInput();
            input.ConcurrencyStamp = edition.ConcurrencyStamp;
            return Request(HttpMethod.Put, $"/api/app/contest-editions/{edition.Id}", input);
        }, Roles(Admin)),
        Rule("DELETE", "api/app/contest-editions/{id:guid}", async (c, _) => Request(HttpMethod.Delete, $"/api/app/contest-editions/{(await c.NewEditionAsync()).Id}"), Roles(Admin)),

        // Enterprises: investors never; officers only their district (another district's record is a 404).
        Rule("GET", Enterprises, Get("/api/app/enterprises?maxResultCount=1000"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("GET", $"{Enterprises}/export", Get("/api/app/enterprises/export?format=Csv"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("GET", $"{Enterprises}/{{id:guid}}", (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", Enterprises, (c, _) => Post("/api/app/enterprises", c.NewEnterpriseInput()), Roles(Admin, PudongOfficer)),
        Rule("PUT", $"{Enterprises}/{{id:guid}}", async (c, _) =>
        {
            var e = await c.NewEnterpriseAsync();
            return Request(HttpMethod.Put, $"/api/app/enterprises/{e.Id}", new UpdateEnterpriseDto { Name = e.Name + "改", CreditCode = e.CreditCode, DistrictId = e.DistrictId, ConcurrencyStamp = e.ConcurrencyStamp });
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", $"{Enterprises}/{{id:guid}}/incorporate", async (c, _) =>
        {
            var team = await c.NewEnterpriseAsync(EnterpriseKind.MakerTeam);
            return Request(HttpMethod.Post, $"/api/app/enterprises/{team.Id}/incorporate",
                new IncorporateEnterpriseDto { CreditCode = c.NewCreditCode(), IncorporatedOn = new DateOnly(2025, 1, 2), ConcurrencyStamp = team.ConcurrencyStamp });
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("DELETE", $"{Enterprises}/{{id:guid}}", async (c, _) => Request(HttpMethod.Delete, $"/api/app/enterprises/{(await c.NewEnterpriseAsync()).Id}"), Roles(Admin)),
        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/history", (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/history")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),

        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/contacts", (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/contacts")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", $"{Enterprises}/{{enterpriseId:guid}}/contacts", async (c, _) =>
            Request(HttpMethod.Post, $"/api/app/enterprises/{(await c.NewEnterpriseAsync()).Id}/contacts", new CreateUpdateEnterpriseContactDto { Name = "新联系人" }),
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("PUT", $"{Enterprises}/{{enterpriseId:guid}}/contacts/{{id:guid}}", async (c, _) =>
        {
            var (enterprise, contact, stamp) = await c.NewContactAsync();
            return Request(HttpMethod.Put, $"/api/app/enterprises/{enterprise}/contacts/{contact}", new CreateUpdateEnterpriseContactDto { Name = "改名", ConcurrencyStamp = stamp });
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("DELETE", $"{Enterprises}/{{enterpriseId:guid}}/contacts/{{id:guid}}", async (c, _) =>
        {
            var (enterprise, contact, _) = await c.NewContactAsync();
            return Request(HttpMethod.Delete, $"/api/app/enterprises/{enterprise}/contacts/{contact}");
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),

        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/awards", (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/awards")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", $"{Enterprises}/{{enterpriseId:guid}}/awards", async (c, _) =>
            Request(HttpMethod.Post, $"/api/app/enterprises/{(await c.NewEnterpriseAsync()).Id}/awards", AwardInput()),
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("PUT", $"{Enterprises}/{{enterpriseId:guid}}/awards/{{id:guid}}", async (c, _) =>
        {
            var (enterprise, award, stamp) = await c.NewAwardAsync();
            var input = AwardInput();
            input.ConcurrencyStamp = stamp;
            return Request(HttpMethod.Put, $"/api/app/enterprises/{enterprise}/awards/{award}", input);
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("DELETE", $"{Enterprises}/{{enterpriseId:guid}}/awards/{{id:guid}}", async (c, _) =>
        {
            var (enterprise, award, _) = await c.NewAwardAsync();
            return Request(HttpMethod.Delete, $"/api/app/enterprises/{enterprise}/awards/{award}");
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),

        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/figures", (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/figures")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("PUT", $"{Enterprises}/{{enterpriseId:guid}}/figures/{{year:int}}", async (c, _) =>
            Request(HttpMethod.Put, $"/api/app/enterprises/{(await c.NewEnterpriseAsync()).Id}/figures/2024", new UpdateEnterpriseFiguresDto { Employees = 12 }),
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("DELETE", $"{Enterprises}/{{enterpriseId:guid}}/figures/{{year:int}}", async (c, _) =>
            Request(HttpMethod.Delete, $"/api/app/enterprises/{await c.NewEnterpriseWithFiguresAsync()}/figures/2024"),
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),

        // Follow-ups: officers work their district's plans, services and requests; municipal staff read them all.
        Rule("GET", "api/app/follow-ups", Get("/api/app/follow-ups?maxResultCount=1000"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("GET", "api/app/follow-ups/{id:guid}", async (c, _) => Request(HttpMethod.Get, $"/api/app/follow-ups/{(await c.NewPlanAsync()).Plan.Id}"),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/follow-ups/{id:guid}/assign", async (c, _) =>
        {
            var (_, plan) = await c.NewPlanAsync();
            return Request(HttpMethod.Post, $"/api/app/follow-ups/{plan.Id}/assign", new AssignPlanDto { OfficerId = TestData.Users.PudongOfficerId, ConcurrencyStamp = plan.ConcurrencyStamp });
        },
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/follow-ups/{id:guid}/pause", async (c, _) =>
        {
            var (_, plan) = await c.NewPlanAsync();
            return Request(HttpMethod.Post, $"/api/app/follow-ups/{plan.Id}/pause", new ChangePlanStatusDto { Reason = "暂停", ConcurrencyStamp = plan.ConcurrencyStamp });
        },
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/follow-ups/{id:guid}/resume", async (c, _) =>
        {
            var plan = await c.NewPausedPlanAsync();
            return Request(HttpMethod.Post, $"/api/app/follow-ups/{plan.Id}/resume", new ChangePlanStatusDto { ConcurrencyStamp = plan.ConcurrencyStamp });
        },
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/follow-ups/{id:guid}/close", async (c, _) =>
        {
            var (_, plan) = await c.NewPlanAsync();
            return Request(HttpMethod.Post, $"/api/app/follow-ups/{plan.Id}/close", new ChangePlanStatusDto { Reason = "关闭", ConcurrencyStamp = plan.ConcurrencyStamp });
        },
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", "api/app/follow-ups/coverage", Get("/api/app/follow-ups/coverage?from=2025-01-01&to=2025-06-30"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("GET", "api/app/follow-ups/coverage/export", Get("/api/app/follow-ups/coverage/export?from=2025-01-01&to=2025-06-30"),
            Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/follow-ups", (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/follow-ups")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/services", (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/services")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", $"{Enterprises}/{{enterpriseId:guid}}/services", async (c, _) =>
            Request(HttpMethod.Post, $"/api/app/enterprises/{(await c.NewPlanAsync()).EnterpriseId}/services", ServiceInput()),
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/timeline", (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/timeline")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", "api/app/requests", Get("/api/app/requests?maxResultCount=1000"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("POST", "api/app/requests/{id:guid}/start", async (c, _) =>
        {
            var request = await c.NewRequestAsync();
            return Request(HttpMethod.Post, $"/api/app/requests/{request.Id}/start", new UpdateRequestDto { ConcurrencyStamp = request.ConcurrencyStamp });
        },
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/requests/{id:guid}/assign", async (c, _) =>
        {
            var request = await c.NewRequestAsync();
            return Request(HttpMethod.Post, $"/api/app/requests/{request.Id}/assign", new UpdateRequestDto { OwnerId = TestData.Users.PudongOfficerId, ConcurrencyStamp = request.ConcurrencyStamp });
        },
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/requests/{id:guid}/resolve", async (c, _) =>
        {
            var request = await c.NewRequestAsync();
            return Request(HttpMethod.Post, $"/api/app/requests/{request.Id}/resolve",
                new ResolveRequestDto { Resolution = "已办结", ResolvedOn = new DateOnly(2025, 6, 3), ConcurrencyStamp = request.ConcurrencyStamp });
        },
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", "api/app/follow-up-policies/{editionId:guid}", Get($"/api/app/follow-up-policies/{TestData.Edition2024Id}"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("PUT", "api/app/follow-up-policies/{editionId:guid}", async (c, _) =>
        {
            var edition = await c.NewEditionAsync();
            return Request(HttpMethod.Put, $"/api/app/follow-up-policies/{edition.Id}", new UpdateFollowUpPolicyDto { FirstContactDays = 30, CultivationYears = 3, DefaultDays = 60 });
        }, Roles(Admin)),
        Rule("GET", "api/app/holiday-calendars", Get("/api/app/holiday-calendars"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("GET", "api/app/holiday-calendars/{year:int}", Get("/api/app/holiday-calendars/2025"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("PUT", "api/app/holiday-calendars/{year:int}", (c, _) => Task.FromResult(Request(HttpMethod.Put, $"/api/app/holiday-calendars/{c.NextYear()}",
            new UpdateHolidayCalendarDto { Source = "矩阵测试" })), Roles(Admin)),
        Rule("GET", "api/app/districts/{id:guid}/officers", Get($"/api/app/districts/{TestData.PudongId}/officers"),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("PUT", "api/app/districts/{id:guid}/officers", Put($"/api/app/districts/{TestData.PudongId}/officers", new AssignDistrictOfficersDto()), Roles(Admin)),

        // Imports: officers import into their district (another district's import does not exist for them); reviewers read.
        Rule("POST", "api/app/imports", async (c, _) => Upload(await c.NewFiguresFileAsync(), Cultivation.Imports.ImportKind.YearlyFigures),
            Roles(Admin, PudongOfficer, XuhuiOfficer)),
        Rule("GET", "api/app/imports", Get("/api/app/imports"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("GET", "api/app/imports/{id:guid}", async (c, _) => Request(HttpMethod.Get, $"/api/app/imports/{await c.NewImportAsync()}"),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", "api/app/imports/{id:guid}/rows", async (c, _) => Request(HttpMethod.Get, $"/api/app/imports/{await c.NewImportAsync()}/rows"),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", "api/app/imports/{id:guid}/progress", async (c, _) => Request(HttpMethod.Get, $"/api/app/imports/{await c.NewImportAsync()}/progress"),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("PUT", "api/app/imports/{id:guid}/rows/{rowNumber:int}/resolution", async (c, _) =>
            Request(HttpMethod.Put, $"/api/app/imports/{await c.NewImportAsync(toReview: true)}/rows/2/resolution",
                new Cultivation.Imports.ResolveImportRowInput { Resolution = Cultivation.Imports.ImportRowResolution.CreateNew }),
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/imports/{id:guid}/commit", async (c, _) => Request(HttpMethod.Post, $"/api/app/imports/{await c.NewImportAsync()}/commit"),
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/imports/{id:guid}/revert", async (c, _) => Request(HttpMethod.Post, $"/api/app/imports/{await c.NewImportAsync(committed: true)}/revert"),
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", "api/app/imports/templates/{kind}", Get("/api/app/imports/templates/ContestResults"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/import-provenance",
            (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/import-provenance")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),

        // Everyone's own inbox; another's notification does not exist for them.
        Rule("GET", "api/app/notifications", Get("/api/app/notifications"), SignedIn),
        Rule("GET", "api/app/notifications/unread-count", Get("/api/app/notifications/unread-count"), SignedIn),
        Rule("POST", "api/app/notifications/{id:guid}/read", (_, _) => Task.FromResult(Request(HttpMethod.Post, $"/api/app/notifications/{Guid.NewGuid()}/read")),
            caller => caller == Anonymous ? Expect.Unauthorized : Expect.NotFound),
        Rule("POST", "api/app/notifications/read-all", (_, _) => Task.FromResult(Request(HttpMethod.Post, "/api/app/notifications/read-all")), SignedIn),

        // Scheduled jobs: administrators.
        Rule("GET", "api/app/jobs", Get("/api/app/jobs"), Roles(Admin)),
        Rule("GET", "api/app/jobs/{jobName}/runs", Get("/api/app/jobs/follow-up-reminders/runs"), Roles(Admin)),
        Rule("POST", "api/app/jobs/{jobName}/trigger", (_, _) => Task.FromResult(Request(HttpMethod.Post, "/api/app/jobs/outbox-delivery/trigger")), Roles(Admin)),

        // Policies: staff read programmes and use the calculator; administrators keep the rules. Investors never.
        Rule("GET", PolicyProgrammes, Get($"/{PolicyProgrammes}"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("GET", $"{PolicyProgrammes}/{{programmeId:guid}}/rule-sets/{{ruleSetId:guid}}", async (c, _) =>
            Request(HttpMethod.Get, $"/{PolicyProgrammes}/{PolicyTestRules.LittleGiantId}/rule-sets/{(await c.NewPolicyRuleSetAsync()).Id}"),
            Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),
        Rule("POST", $"{PolicyProgrammes}/{{programmeId:guid}}/rule-sets", (c, _) =>
            Post($"/{PolicyProgrammes}/{PolicyTestRules.LittleGiantId}/rule-sets", PolicyTestRules.OldVersion(c.Next())), Roles(Admin)),
        Rule("PUT", $"{PolicyProgrammes}/{{programmeId:guid}}/rule-sets/{{ruleSetId:guid}}", async (c, _) =>
        {
            var ruleSet = await c.NewPolicyRuleSetAsync();
            return Request(HttpMethod.Put, $"/{PolicyProgrammes}/{PolicyTestRules.LittleGiantId}/rule-sets/{ruleSet.Id}", new Cultivation.Policies.UpdatePolicyRuleSetDto
            {
                EffectiveFrom = ruleSet.EffectiveFrom, EffectiveTo = ruleSet.EffectiveTo, Definition = ruleSet.Definition, ConcurrencyStamp = ruleSet.ConcurrencyStamp
            });
        }, Roles(Admin)),
        Rule("POST", $"{PolicyProgrammes}/{{programmeId:guid}}/rule-sets/{{ruleSetId:guid}}/criteria/{{code}}/confirm", async (c, _) =>
        {
            var ruleSet = await c.NewPolicyRuleSetAsync(unverified: true);
            return Request(HttpMethod.Post, $"/{PolicyProgrammes}/{PolicyTestRules.LittleGiantId}/rule-sets/{ruleSet.Id}/criteria/registered/confirm",
                new Cultivation.Policies.ConfirmPolicyCriterionDto { ConcurrencyStamp = ruleSet.ConcurrencyStamp });
        }, Roles(Admin)),
        Rule("POST", "api/app/policy-calculator", (_, _) => Post("/api/app/policy-calculator", AssessmentInput()), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)),

        Rule("POST", $"{Enterprises}/{{enterpriseId:guid}}/policy-assessments", async (c, _) =>
            Request(HttpMethod.Post, $"/api/app/enterprises/{(await c.NewEnterpriseAsync()).Id}/policy-assessments", AssessmentInput()),
            Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/policy-assessments", (c, _) =>
            Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/policy-assessments")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/policy-assessments/{{id:guid}}", async (c, _) =>
        {
            var assessment = await c.NewPolicyAssessmentAsync();
            return Request(HttpMethod.Get, $"/api/app/enterprises/{assessment.EnterpriseId}/policy-assessments/{assessment.Id}");
        }, Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),

        // Policy applications (申报): staff read the pipeline (officers their district's); officers recommend, complete materials and do
        // 初审 in their own district; municipal staff review, publish, decide, keep batches and see the funnel. Investors never.
        Rule("GET", PolicyBatches, Get($"/{PolicyBatches}"), Staff),
        Rule("GET", $"{PolicyBatches}/{{id:guid}}", async (c, _) => Request(HttpMethod.Get, $"/{PolicyBatches}/{(await c.PolicyBatchAsync()).Id}"), Staff),
        Rule("POST", PolicyBatches, (c, _) => Post($"/{PolicyBatches}", PolicyPipelineSteps.BatchInput(new DateOnly(2027, 1, 10))), Roles(Admin, Reviewer)),
        Rule("PUT", $"{PolicyBatches}/{{id:guid}}", async (c, _) =>
        {
            var batch = await c.AsAdmin<Cultivation.Policies.IPolicyBatchAppService, Cultivation.Policies.PolicyBatchDto>(s =>
                s.CreateAsync(PolicyPipelineSteps.BatchInput(new DateOnly(2027, 1, 10))));
            var input = PolicyPipelineSteps.BatchInput(new DateOnly(2027, 1, 10));
            input.ConcurrencyStamp = batch.ConcurrencyStamp;
            return Request(HttpMethod.Put, $"/{PolicyBatches}/{batch.Id}", input);
        }, Roles(Admin, Reviewer)),
        Rule("GET", $"{PolicyProgrammes}/{{programmeId:guid}}/pipeline-template", Get($"/{PolicyProgrammes}/{PolicyPipelineSteps.SpecialisedSmeId}/pipeline-template"), Staff),
        Rule("PUT", $"{PolicyProgrammes}/{{programmeId:guid}}/pipeline-template", async (c, _) =>
        {
            var template = await c.AsAdmin<Cultivation.Policies.IPolicyBatchAppService, Cultivation.Policies.PolicyPipelineTemplateDto>(s =>
                s.GetTemplateAsync(PolicyPipelineSteps.FundId));
            return Request(HttpMethod.Put, $"/{PolicyProgrammes}/{PolicyPipelineSteps.FundId}/pipeline-template",
                new Cultivation.Policies.UpdatePolicyPipelineTemplateDto { Materials = template.Materials, ConcurrencyStamp = template.ConcurrencyStamp });
        }, Roles(Admin, Reviewer)),
        Rule("GET", PolicyApplications, Get($"/{PolicyApplications}?openOnly=true&mine=true"), Staff),
        Rule("GET", $"{PolicyApplications}/board", async (c, _) => Request(HttpMethod.Get, $"/{PolicyApplications}/board?batchId={(await c.PolicyBatchAsync()).Id}"), Staff),
        Rule("GET", $"{PolicyApplications}/funnel", Get($"/{PolicyApplications}/funnel?programmeId={PolicyPipelineSteps.SpecialisedSmeId}"), Roles(Admin, Reviewer)),
        Rule("GET", $"{PolicyApplications}/summary", Get($"/{PolicyApplications}/summary"), Staff),
        Rule("GET", $"{PolicyApplications}/{{id:guid}}", async (c, _) => Request(HttpMethod.Get, $"/{PolicyApplications}/{(await c.NewPolicyApplicationAsync()).Id}"),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", PolicyApplications, async (c, _) => Request(HttpMethod.Post, $"/{PolicyApplications}", new Cultivation.Policies.RecommendPolicyApplicationDto
        {
            EnterpriseId = (await c.NewEnterpriseAsync()).Id, BatchId = (await c.PolicyBatchAsync()).Id, Comment = "推荐"
        }), Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", $"{PolicyApplications}/{{id:guid}}/materials/{{itemCode}}/documents", async (c, _) =>
        {
            var application = await c.NewPolicyApplicationAsync();
            return Upload($"/{PolicyApplications}/{application.Id}/materials/business-licence/documents", PdfBytes, "营业执照.pdf", application.ConcurrencyStamp);
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", $"{PolicyApplications}/{{id:guid}}/documents/{{documentId:guid}}", async (c, _) =>
        {
            var (applicationId, documentId) = await c.NewPolicyDocumentAsync();
            return Request(HttpMethod.Get, $"/{PolicyApplications}/{applicationId}/documents/{documentId}");
        }, Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", $"{PolicyApplications}/{{id:guid}}/materials/{{itemCode}}/receive", async (c, _) =>
        {
            var application = await c.NewPolicyApplicationAsync();
            return Request(HttpMethod.Post, $"/{PolicyApplications}/{application.Id}/materials/business-licence/receive",
                new Cultivation.Policies.ReceivePolicyMaterialDto { Note = "原件已核", ConcurrencyStamp = application.ConcurrencyStamp });
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Step("submit", Materials, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer), prepare: true),
        Step("approve", DistrictReview, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer), onSiteCheck: true),
        Step("return", DistrictReview, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Step("reject-at-district", DistrictReview, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", $"{PolicyApplications}/{{id:guid}}/scores", async (c, _) =>
        {
            var application = await c.NewPolicyApplicationAsync(MunicipalReview);
            return Request(HttpMethod.Post, $"/{PolicyApplications}/{application.Id}/scores",
                new Cultivation.Policies.RecordPolicyScoreDto { ExpertName = "矩阵专家", Score = 80, ConcurrencyStamp = application.ConcurrencyStamp });
        }, Roles(Admin, Reviewer)),
        Rule("POST", $"{PolicyApplications}/{{id:guid}}/publicity", async (c, _) =>
        {
            var application = await c.NewPolicyApplicationAsync(MunicipalReview);
            application = await PolicyPipelineSteps.CallAsync(c.Services, TestPrincipals.Admin, s => s.RecordScoreAsync(application.Id,
                new Cultivation.Policies.RecordPolicyScoreDto { ExpertName = "矩阵专家", Score = 80, ConcurrencyStamp = application.ConcurrencyStamp }));
            return Request(HttpMethod.Post, $"/{PolicyApplications}/{application.Id}/publicity",
                new Cultivation.Policies.StartPolicyPublicityDto { ConcurrencyStamp = application.ConcurrencyStamp });
        }, Roles(Admin, Reviewer)),
        Step("reject-at-municipal", MunicipalReview, Roles(Admin, Reviewer)),
        Rule("POST", $"{PolicyApplications}/{{id:guid}}/objections", async (c, _) =>
        {
            var application = await c.NewPolicyApplicationAsync(Publicity);
            return Request(HttpMethod.Post, $"/{PolicyApplications}/{application.Id}/objections",
                new Cultivation.Policies.RecordPolicyObjectionDto { Summary = "矩阵异议", ConcurrencyStamp = application.ConcurrencyStamp });
        }, Roles(Admin, Reviewer)),
        Rule("POST", $"{PolicyApplications}/{{id:guid}}/objections/{{objectionId:guid}}/resolve", async (c, _) =>
        {
            var (application, objectionId) = await c.NewObjectedPolicyApplicationAsync();
            return Request(HttpMethod.Post, $"/{PolicyApplications}/{application.Id}/objections/{objectionId}/resolve",
                new Cultivation.Policies.ResolvePolicyObjectionDto
                {
                    Outcome = Cultivation.Policies.PolicyObjectionOutcome.Dismissed, Resolution = "经核查不成立", ConcurrencyStamp = application.ConcurrencyStamp
                });
        }, Roles(Admin, Reviewer)),
        Rule("POST", $"{PolicyApplications}/{{id:guid}}/decision", async (c, _) =>
        {
            var application = await c.NewPolicyApplicationAsync(Publicity);
            return Request(HttpMethod.Post, $"/{PolicyApplications}/{application.Id}/decision",
                new Cultivation.Policies.DecidePolicyApplicationDto { Decision = Cultivation.Policies.PolicyDecision.Granted, ConcurrencyStamp = application.ConcurrencyStamp });
        }, Roles(Admin, Reviewer)),
        Step("withdraw", DistrictReview, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),

        // Administration: municipal administrators only (reviewers may read the institution catalogue).
        Rule("GET", "api/app/users", Get("/api/app/users"), Roles(Admin)),
        Rule("GET", "api/app/users/{id:guid}", async (c, _) => Request(HttpMethod.Get, $"/api/app/users/{(await c.NewUserAsync()).Id}"), Roles(Admin)),
        Rule("POST", "api/app/users", (c, _) => Post("/api/app/users", c.UserInput()), Roles(Admin)),
        Rule("PUT", "api/app/users/{id:guid}", async (c, _) =>
        {
            var user = await c.NewUserAsync();
            return Request(HttpMethod.Put, $"/api/app/users/{user.Id}", new UpdateUserDto { DisplayName = "改名", Roles = user.Roles, ConcurrencyStamp = user.ConcurrencyStamp });
        }, Roles(Admin)),
        Rule("POST", "api/app/users/{id:guid}/reset-password", async (c, _) =>
            Request(HttpMethod.Post, $"/api/app/users/{(await c.NewUserAsync()).Id}/reset-password", new ResetPasswordDto { NewPassword = "Reset@12345" }), Roles(Admin)),
        Rule("POST", "api/app/users/{id:guid}/unlock", async (c, _) => Request(HttpMethod.Post, $"/api/app/users/{(await c.NewUserAsync()).Id}/unlock"), Roles(Admin)),
        Rule("DELETE", "api/app/users/{id:guid}", async (c, _) => Request(HttpMethod.Delete, $"/api/app/users/{(await c.NewUserAsync()).Id}"), Roles(Admin)),
        Rule("GET", "api/app/roles", Get("/api/app/roles"), Roles(Admin)),
        Rule("GET", "api/app/roles/{roleName}/permissions", Get($"/api/app/roles/{CultivationRoles.Investor}/permissions"), Roles(Admin)),
        Rule("PUT", "api/app/roles/{roleName}/permissions", (_, _) => Task.FromResult(Request(HttpMethod.Put, $"/api/app/roles/{CultivationRoles.Investor}/permissions",
            new UpdateRolePermissionsDto { GrantedPermissions = [.. DefaultRoleGrants.ByRole[CultivationRoles.Investor]] })), Roles(Admin)),
        Rule("GET", "api/app/audit-logs", Get("/api/app/audit-logs"), Roles(Admin)),
        Rule("GET", "api/app/audit-logs/security", Get("/api/app/audit-logs/security"), Roles(Admin)),
        Rule("GET", "api/app/audit-logs/filter-options", Get("/api/app/audit-logs/filter-options"), Roles(Admin)),
        Rule("GET", "api/app/institutions", Get("/api/app/institutions"), Roles(Admin, Reviewer)),
        Rule("POST", "api/app/institutions", (_, _) => Post("/api/app/institutions", new CreateUpdateInvestorDto { Name = "新机构", Kind = InvestorKind.Bank }), Roles(Admin)),
        Rule("PUT", "api/app/institutions/{id:guid}", async (c, _) =>
        {
            var institutions = await c.AsAdmin<IInvestorAppService, ListResultDto<InvestorDto>>(s => s.GetListAsync());
            var institution = institutions.Items.Single(i => i.Id == TestData.InvestorInstitutionId);
            return Request(HttpMethod.Put, $"/api/app/institutions/{institution.Id}",
                new CreateUpdateInvestorDto { Name = "测试创投", Kind = InvestorKind.VentureCapital, ConcurrencyStamp = institution.ConcurrencyStamp });
        }, Roles(Admin)),

        // Profiles: officers write their district's; everyone signed in with search reads published ones; investors express interest.
        Rule("GET", $"{Enterprises}/{{enterpriseId:guid}}/profile", (c, _) => Task.FromResult(Request(HttpMethod.Get, $"/api/app/enterprises/{c.Ids.PudongCompany}/profile")),
            Roles(Admin, Reviewer, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("PUT", $"{Enterprises}/{{enterpriseId:guid}}/profile", async (c, _) => Request(HttpMethod.Put, $"/api/app/enterprises/{(await c.NewEnterpriseAsync()).Id}/profile",
            new Profiles.SaveProjectProfileDto { Headline = "新项目", Summary = "新项目简介" }), Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/profiles/{id:guid}/consent", async (c, _) =>
        {
            var profile = await c.NewProfileAsync();
            return Request(HttpMethod.Post, $"/api/app/profiles/{profile.Id}/consent", new Profiles.RecordConsentDto
            {
                ConsentedBy = "授权人", ConsentedOn = new DateOnly(2025, 1, 2), Profile = true, ConcurrencyStamp = profile.ConcurrencyStamp
            });
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/profiles/{id:guid}/withdraw-consent", async (c, _) =>
        {
            var profile = await c.NewProfileAsync(consented: true);
            return Request(HttpMethod.Post, $"/api/app/profiles/{profile.Id}/withdraw-consent", new Profiles.ChangeProfileStatusDto { ConcurrencyStamp = profile.ConcurrencyStamp });
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/profiles/{id:guid}/publish", async (c, _) =>
        {
            var profile = await c.NewProfileAsync(consented: true);
            return Request(HttpMethod.Post, $"/api/app/profiles/{profile.Id}/publish", new Profiles.ChangeProfileStatusDto { ConcurrencyStamp = profile.ConcurrencyStamp });
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("POST", "api/app/profiles/{id:guid}/withdraw", async (c, _) =>
        {
            var profile = await c.NewProfileAsync(published: true);
            return Request(HttpMethod.Post, $"/api/app/profiles/{profile.Id}/withdraw", new Profiles.ChangeProfileStatusDto { ConcurrencyStamp = profile.ConcurrencyStamp });
        }, Roles(Admin, PudongOfficer).NotFoundFor(XuhuiOfficer)),
        Rule("GET", "api/app/profiles/{id:guid}", async (c, _) => Request(HttpMethod.Get, $"/api/app/profiles/{(await c.NewProfileAsync(published: true)).Id}"),
            Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("POST", "api/app/profiles/{id:guid}/interest", async (c, _) =>
            Request(HttpMethod.Post, $"/api/app/profiles/{(await c.NewProfileAsync(published: true)).Id}/interest", new Profiles.ExpressInterestDto { Message = "希望对接" }),
            Roles(Investor)),
        Rule("GET", "api/app/profile-search", Get("/api/app/profile-search?text=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&industry=01&prizeLevel=First"),
            Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("GET", "api/app/search-admin/status", Get("/api/app/search-admin/status"), Roles(Admin)),
        Rule("POST", "api/app/search-admin/rebuild", (_, _) => Post("/api/app/search-admin/rebuild", new { }), Roles(Admin)),
        Rule("GET", "api/app/search-admin/synonyms", Get("/api/app/search-admin/synonyms"), Roles(Admin)),
        Rule("PUT", "api/app/search-admin/synonyms", async (c, _) =>
        {
            var current = await c.AsAdmin<Profiles.ISearchAdminAppService, Profiles.SearchSynonymsDto>(s => s.GetSynonymsAsync());
            return Request(HttpMethod.Put, "/api/app/search-admin/synonyms", new Profiles.UpdateSearchSynonymsDto { Lines = current.Lines, ConcurrencyStamp = current.ConcurrencyStamp });
        }, Roles(Admin)),
        // Saved searches: everyone who searches keeps their own.
        Rule("GET", "api/app/saved-searches", Get("/api/app/saved-searches"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("POST", "api/app/saved-searches", (c, _) => Post("/api/app/saved-searches", new Profiles.CreateUpdateSavedSearchDto
        {
            Name = $"新搜索{c.Next()}", Criteria = new Profiles.ProfileSearchInput { Text = "人工智能" }
        }), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("PUT", "api/app/saved-searches/{id:guid}", async (c, caller) =>
        {
            var saved = await c.NewSavedSearchAsync(caller);
            return Request(HttpMethod.Put, $"/api/app/saved-searches/{saved.Id}", new Profiles.CreateUpdateSavedSearchDto
            {
                Name = saved.Name + "改", Criteria = saved.Criteria, AlertsEnabled = false, ConcurrencyStamp = saved.ConcurrencyStamp
            });
        }, Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("DELETE", "api/app/saved-searches/{id:guid}", async (c, caller) =>
            Request(HttpMethod.Delete, $"/api/app/saved-searches/{(await c.NewSavedSearchAsync(caller)).Id}"),
            Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
        Rule("GET", "api/app/introductions", Get("/api/app/introductions"), Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer, Investor)),
    ];

    public static Cultivation.Policies.CalculatePolicyInput AssessmentInput() => new()
    {
        ProgrammeCode = "unicorn", AssessmentDate = new DateOnly(2025, 6, 1), Facts = new Cultivation.Policies.PolicyFacts { Listed = true }
    };

    /// <summary>A step of an application at <paramref name="stage"/> whose body is a comment (and the on-site note, or the materials made complete first).</summary>
    private static EndpointRule Step(string verb, Cultivation.Policies.PolicyApplicationStage stage, Func<Caller, Expect> expected, bool prepare = false, bool onSiteCheck = false) =>
        Rule("POST", $"{PolicyApplications}/{{id:guid}}/{verb}", async (c, _) =>
        {
            var application = await c.NewPolicyApplicationAsync(stage);
            if (prepare)
            {
                foreach (var item in application.Materials.Where(m => m.Required))
                {
                    var stamp = application.ConcurrencyStamp;
                    application = await PolicyPipelineSteps.CallAsync(c.Services, TestPrincipals.Admin, s => s.ReceiveMaterialAsync(application.Id, item.Code,
                        new Cultivation.Policies.ReceivePolicyMaterialDto { ConcurrencyStamp = stamp }));
                }
            }
            object body = onSiteCheck
                ? new Cultivation.Policies.ApprovePolicyApplicationDto { OnSiteCheckNote = "现场核查正常", ConcurrencyStamp = application.ConcurrencyStamp }
                : new Cultivation.Policies.PolicyApplicationStepDto { Comment = "矩阵测试意见", ConcurrencyStamp = application.ConcurrencyStamp };
            return Request(HttpMethod.Post, $"/{PolicyApplications}/{application.Id}/{verb}", body);
        }, expected);

    private static Expect Staff(Caller caller) => Roles(Admin, Reviewer, PudongOfficer, XuhuiOfficer)(caller);

    private static EndpointRule Rule(string method, string route, Func<MatrixContext, Caller, Task<HttpRequestMessage>> build, Func<Caller, Expect> expected) =>
        new(method, route, build, expected);

    private static Func<MatrixContext, Caller, Task<HttpRequestMessage>> Get(string url) => (_, _) => Task.FromResult(Request(HttpMethod.Get, url));

    private static Task<HttpRequestMessage> Post(string url, object body) => Task.FromResult(Request(HttpMethod.Post, url, body));

    private static Func<MatrixContext, Caller, Task<HttpRequestMessage>> Put(string url, object body) => (_, _) => Task.FromResult(Request(HttpMethod.Put, url, body));

    private static Expect Anyone(Caller _) => Expect.Success;

    private static Expect SignedIn(Caller caller) => caller == Anonymous ? Expect.Unauthorized : Expect.Success;

    private static Func<Caller, Expect> Roles(params Caller[] allowed) =>
        caller => caller == Anonymous ? Expect.Unauthorized : allowed.Contains(caller) ? Expect.Success : Expect.Forbidden;

    /// <summary>The caller holds the permission but the record is not in their district: it does not exist for them.</summary>
    private static Func<Caller, Expect> NotFoundFor(this Func<Caller, Expect> expected, Caller caller) =>
        c => c == caller ? Expect.NotFound : expected(c);
}
