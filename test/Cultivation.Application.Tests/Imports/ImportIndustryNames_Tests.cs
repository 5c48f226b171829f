using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Imports;
using Cultivation.IndustryFields;

namespace Cultivation.Application.Tests.Imports;

/// <summary>An organiser's sheet names fields the way Shanghai does; none of those names refuses a row.</summary>
public abstract class ImportIndustryNames_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private static readonly string[] Headers = ["企业名称", "统一社会信用代码", "所属区", "届次", "组别", "最远赛程", "项目名称", "行业领域"];

    private async Task<EnterpriseDto> EnterpriseAsync(string creditCode)
    {
        var page = await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetEnterpriseListInput { Keyword = creditCode }));
        return await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.GetAsync(page.Items.Single().Id));
    }

    [Fact]
    public async Task Should_read_shanghai_names_and_aliases_as_their_national_category_and_keep_an_unknown_name_as_a_warning()
    {
        var edition = await fixture.NewEditionAsync();
        string[] names = ["人工智能", "集成电路", "生物医药", "高端装备", "新材料", "先进材料", "新一代信息技术产业", "未来能源", " 元 宇 宙 ", "量子科技"];
        var codes = names.Select(_ => ImportSteps.NewCreditCode()).ToList();
        var file = ImportTestFiles.Xlsx(Headers, names.Select((n, i) => new object?[]
        {
            $"行业名称测试{i}有限公司", codes[i], "浦东", edition.Year, "企业组", "决赛", $"行业项目{i}", n
        }).ToArray());

        var batch = await fixture.UploadAsync(TestPrincipals.Admin, ImportKind.ContestResults, "区级汇总.xlsx", file, null);
        var rows = await fixture.RowsAsync(TestPrincipals.Admin, batch.Id);

        batch.ErrorRows.ShouldBe(0, string.Join(" | ", rows.SelectMany(r => r.Messages.Select(m => $"{r.RowNumber} {m.MessageZh}"))));
        var warning = rows.SelectMany(r => r.Messages).ShouldHaveSingleItem();
        warning.Code.ShouldBe(CultivationDomainErrorCodes.ImportUnknownIndustryField);
        warning.Level.ShouldBe(ImportRowStatus.Warning);
        warning.MessageZh.ShouldContain("量子科技");
        (await fixture.CommitAsync(TestPrincipals.Admin, batch.Id)).Status.ShouldBe(ImportStatus.Committed);

        var ai = await EnterpriseAsync(codes[0]);
        ai.IndustryFieldId.ShouldBe(IndustryFieldDataSeedContributor.SeedId("01"));
        ai.IndustryFieldText.ShouldBe("人工智能");
        (await EnterpriseAsync(codes[2])).IndustryFieldId.ShouldBe(IndustryFieldDataSeedContributor.SeedId("04"));
        var national = await EnterpriseAsync(codes[4]);
        national.IndustryFieldId.ShouldBe(IndustryFieldDataSeedContributor.SeedId("03"));
        national.IndustryFieldText.ShouldBeNull();
        (await EnterpriseAsync(codes[5])).IndustryFieldId.ShouldBe(IndustryFieldDataSeedContributor.SeedId("03"));
        (await EnterpriseAsync(codes[6])).IndustryFieldId.ShouldBe(IndustryFieldDataSeedContributor.SeedId("01"));
        (await EnterpriseAsync(codes[7])).IndustryFieldId.ShouldBe(IndustryFieldDataSeedContributor.SeedId("06"));
        (await EnterpriseAsync(codes[8])).IndustryFieldId.ShouldBe(IndustryFieldDataSeedContributor.SeedId("01"));

        var unknown = await EnterpriseAsync(codes[9]);
        unknown.IndustryFieldId.ShouldBeNull();
        unknown.IndustryFieldText.ShouldBe("量子科技");
        var unresolved = await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetEnterpriseListInput { IndustryFieldUnresolved = true, MaxResultCount = 100 }));
        unresolved.Items.ShouldContain(i => i.Id == unknown.Id && i.IndustryFieldText == "量子科技");
        unresolved.Items.ShouldNotContain(i => i.Id == ai.Id);
    }

    [Fact]
    public async Task Should_recognise_an_alias_an_administrator_adds_and_keep_the_text_when_an_officer_classifies_the_enterprise()
    {
        var fields = await fixture.CallAsync<IIndustryFieldAppService, ListResultDto<IndustryFieldDto>>(TestPrincipals.Admin, s => s.GetListAsync(new GetIndustryFieldListInput()));
        var information = fields.Items.Single(f => f.Code == "01");
        await fixture.CallAsync<IIndustryFieldAppService, IndustryFieldDto>(TestPrincipals.Admin, s => s.UpdateAsync(information.Id, new UpdateIndustryFieldDto
        {
            Name = information.Name, EnglishName = information.EnglishName, IsStrategicEmerging = true, DisplayOrder = information.DisplayOrder,
            Aliases = [.. information.Aliases, "量子信息"], ConcurrencyStamp = information.ConcurrencyStamp
        }));
        var edition = await fixture.NewEditionAsync();
        var code = ImportSteps.NewCreditCode();
        var file = ImportTestFiles.Xlsx(Headers, ["别名测试有限公司", code, "浦东", edition.Year, "企业组", "决赛", "别名项目", "量子信息"]);

        var batch = await fixture.UploadAsync(TestPrincipals.Admin, ImportKind.ContestResults, "别名.xlsx", file, null);
        (await fixture.RowsAsync(TestPrincipals.Admin, batch.Id)).Single().Messages.ShouldBeEmpty();
        await fixture.CommitAsync(TestPrincipals.Admin, batch.Id);

        var enterprise = await EnterpriseAsync(code);
        enterprise.IndustryFieldId.ShouldBe(information.Id);
        enterprise.IndustryFieldText.ShouldBe("量子信息");
    }
}

public sealed class ImportIndustryNames_Sqlite_Tests(ImportSqliteFixture fixture) : ImportIndustryNames_Tests<ImportSqliteFixture>(fixture);

public sealed class ImportIndustryNames_MariaDb_Tests(ImportMariaDbFixture fixture) : ImportIndustryNames_Tests<ImportMariaDbFixture>(fixture);
