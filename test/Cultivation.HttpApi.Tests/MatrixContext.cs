using System.Net.Http.Json;
using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Identity;
using Cultivation.IndustryFields;

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

    public TestDataIds Ids => factory.Ids;

    public int Next() => Interlocked.Increment(ref _sequence);

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

    public async Task<(Guid EnterpriseId, Guid ContactId)> NewContactAsync()
    {
        var enterprise = await NewEnterpriseAsync();
        var contact = await AsAdmin<IEnterpriseContactAppService, EnterpriseContactDto>(s =>
            s.CreateAsync(enterprise.Id, new CreateUpdateEnterpriseContactDto { Name = "联系人", Phone = "13600000000" }));
        return (enterprise.Id, contact.Id);
    }

    public async Task<(Guid EnterpriseId, Guid AwardId)> NewAwardAsync()
    {
        var enterprise = await NewEnterpriseAsync();
        var award = await AsAdmin<IAwardRecordAppService, AwardRecordDto>(s => s.CreateAsync(enterprise.Id, AwardInput()));
        return (enterprise.Id, award.Id);
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

    public CreateUpdateContestEditionDto EditionInput() => new()
    {
        Year = 2040 + Next(),
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

    public async Task<string> NewRefreshTokenAsync() => (await factory.SignInAsync(TestData.Users.Reviewer, TestData.Password)).RefreshToken;

    public static HttpRequestMessage Request(HttpMethod method, string url, object? body = null) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json) };

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() }
    };
}
