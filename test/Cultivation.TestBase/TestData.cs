using Cultivation.Contests;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.Identity;
using Cultivation.Matchmaking;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation;

/// <summary>
/// The test data every test class starts from, with well-known ids: two enterprises in 浦东新区, one in
/// 徐汇区, users for every role. Seeded through the same managers and repositories as production.
/// </summary>
public static class TestData
{
    public const string Password = "Test@12345";

    public static readonly Guid Edition2024Id = ContestDataSeedContributor.Edition2024Id;
    public static readonly Guid PudongId = ShanghaiDistricts.Pudong.Id;
    public static readonly Guid XuhuiId = ShanghaiDistricts.Xuhui.Id;

    public const string PudongCompanyCode = "91310115MA1K00003C";
    public const string XuhuiCompanyCode = "91310104MA1K00004H";
    public const string PudongPhone = "13812345678";
    public const string PudongEmail = "zhang.wei@pudong-test.example";
    public const string XuhuiPhone = "13900001111";

    public static readonly Guid InvestorInstitutionId = Guid.Parse("00000000-0000-7000-8000-0000000ab001");

    public static class Users
    {
        public const string Admin = "admin";
        public const string Reviewer = "reviewer";
        public const string PudongOfficer = "pudong";
        public const string XuhuiOfficer = "xuhui";
        public const string Investor = "investor";

        /// <summary>Fixed ids, so the principals of tests below HTTP are these very users (their inbox, their services).</summary>
        public static readonly Guid ReviewerId = Guid.Parse("00000000-0000-7000-8000-0000000e0001");
        public static readonly Guid PudongOfficerId = Guid.Parse("00000000-0000-7000-8000-0000000e0002");
        public static readonly Guid XuhuiOfficerId = Guid.Parse("00000000-0000-7000-8000-0000000e0003");
        public static readonly Guid InvestorId = Guid.Parse("00000000-0000-7000-8000-0000000e0004");
    }

    public static async Task<TestDataIds> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var manager = sp.GetRequiredService<EnterpriseManager>();
        var enterprises = sp.GetRequiredService<IEnterpriseRepository>();
        var editions = sp.GetRequiredService<IContestEditionRepository>();
        var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
        var edition = await editions.GetAsync(Edition2024Id);
        var today = new DateOnly(2025, 6, 1);

        var pudong = await manager.CreateAsync(EnterpriseKind.Company, "上海测试智能科技有限公司", PudongCompanyCode, PudongId);
        pudong.UpdateProfile(new EnterpriseProfile("上海测试智能科技有限公司", null, new DateOnly(2018, 5, 20), 5_000_000m,
            "上海市浦东新区测试路1号", "https://pudong-test.example", "张伟", Gender.Male), today);
        pudong.AddContact(new ContactDetails("张伟", "总经理", PudongPhone, PudongEmail, true));
        pudong.RecordAward(edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final, PrizeLevel.First, "智能视觉质检平台",
            null, NationalAdvancement.EnterpriseTop500, 2024));
        pudong.RecordFigures(2023, new FiguresValues(OperatingRevenue: 20_000_000m, MainBusinessRevenue: 18_000_000m, RdExpense: 1_500_000m,
            RdStaff: 20, Employees: 80, TotalAssets: 30_000_000m, TotalLiabilities: 12_000_000m, NetProfit: 2_000_000m), 2025);
        pudong.RecordFigures(2024, new FiguresValues(OperatingRevenue: 26_000_000m, MainBusinessRevenue: 24_000_000m, RdExpense: 2_100_000m,
            RdStaff: 26, Employees: 95, TotalAssets: 36_000_000m, TotalLiabilities: 13_000_000m, NetProfit: 3_100_000m), 2025);
        await enterprises.InsertAsync(pudong);

        var team = await manager.CreateAsync(EnterpriseKind.MakerTeam, "浦东测试创客团队", null, PudongId);
        team.UpdateProfile(new EnterpriseProfile("浦东测试创客团队", null, null, null, null, null, "李娜", Gender.Female), today);
        team.RecordAward(edition, new AwardDetails(ContestTrack.Maker, ContestStage.Final, PrizeLevel.Second, "柔性传感手套"));
        await enterprises.InsertAsync(team);

        var xuhui = await manager.CreateAsync(EnterpriseKind.Company, "徐汇测试生物医药有限公司", XuhuiCompanyCode, XuhuiId);
        xuhui.AddContact(new ContactDetails("王芳", "董事会秘书", XuhuiPhone, "wang.fang@xuhui-test.example", true));
        xuhui.RecordAward(edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final, PrizeLevel.Excellence, "新型抗体药物"));
        await enterprises.InsertAsync(xuhui);

        await sp.GetRequiredService<IInvestorRepository>().InsertAsync(new Investor(InvestorInstitutionId, "测试创投", InvestorKind.VentureCapital));
        await unitOfWork.SaveChangesAsync();

        var users = sp.GetRequiredService<UserManager<AppUser>>();
        await CreateUserAsync(users, Users.ReviewerId, Users.Reviewer, CultivationRoles.MunicipalReviewer, null, null);
        await CreateUserAsync(users, Users.PudongOfficerId, Users.PudongOfficer, CultivationRoles.DistrictOfficer, PudongId, null);
        await CreateUserAsync(users, Users.XuhuiOfficerId, Users.XuhuiOfficer, CultivationRoles.DistrictOfficer, XuhuiId, null);
        await CreateUserAsync(users, Users.InvestorId, Users.Investor, CultivationRoles.Investor, null, InvestorInstitutionId);
        return new TestDataIds(pudong.Id, team.Id, xuhui.Id);
    }

    private static async Task CreateUserAsync(UserManager<AppUser> users, Guid id, string userName, string role, Guid? districtId, Guid? institutionId)
    {
        var user = new AppUser(id, userName) { DisplayName = userName, Email = $"{userName}@test.example", DistrictId = districtId, InstitutionId = institutionId };
        Check((await users.CreateAsync(user, Password)).Succeeded && (await users.AddToRoleAsync(user, role)).Succeeded, userName);
    }

    private static void Check(bool succeeded, string what)
    {
        if (!succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed.");
        }
    }
}

/// <summary>The generated ids of one test database's seeded enterprises.</summary>
public sealed record TestDataIds(Guid PudongCompany, Guid PudongMakerTeam, Guid XuhuiCompany);
