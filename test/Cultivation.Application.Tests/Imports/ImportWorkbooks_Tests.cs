using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.Imports;
using static Cultivation.Application.Tests.Imports.ImportTestFiles;

namespace Cultivation.Application.Tests.Imports;

/// <summary>Workbooks as organisers send them: a merged title, a 填报单位 line, 组别 merged down a block, a footnote, one sheet per track.</summary>
public abstract class ImportWorkbooks_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private static readonly object?[] Header = ["序号", "企业名称", "统一社会信用代码", "所属区", "组别", "奖项", "项目名称"];

    private async Task<EnterpriseDto> EnterpriseAsync(string creditCode)
    {
        var page = await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetEnterpriseListInput { Keyword = creditCode }));
        return await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.GetAsync(page.Items.Single().Id));
    }

    [Fact]
    public async Task Should_take_a_merged_cells_value_for_every_cell_it_covers()
    {
        var edition = await fixture.NewEditionAsync();
        var codes = Enumerable.Range(0, 4).Select(_ => ImportSteps.NewCreditCode()).ToList();
        var file = Workbook(new Sheet("获奖名单",
        [
            [$"{edition.Year}年“创客中国”上海市中小企业创新创业大赛获奖名单"],
            ["填报单位：浦东新区科技和经济委员会"],
            Header,
            [1, "合并甲科技有限公司", codes[0], "浦东新区", "企业组", "一等奖", "合并项目甲"],
            [2, "合并乙科技有限公司", codes[1], null, null, "二等奖", "合并项目乙"],
            [3, "合并丙科技有限公司", codes[2], null, null, "三等奖", "合并项目丙"],
            [4, "合并丁团队", null, "浦东新区", "创客组", "三等奖", "合并项目丁"],
            ["注：本表由各区科经委填报，奖项以市级公示为准。"],
            ["备注"]
        ], "A1:G1", "A2:G2", "D4:D6", "E4:E6", "A8:G8"));

        var batch = await fixture.UploadAsync(TestPrincipals.Admin, ImportKind.ContestResults, "浦东获奖名单.xlsx", file, edition.Id);
        var rows = await fixture.RowsAsync(TestPrincipals.Admin, batch.Id);

        rows.Count.ShouldBe(4);
        rows.SelectMany(r => r.Messages).ShouldNotContain(m => m.Code == CultivationDomainErrorCodes.ImportTrackInferred, "组别 merged down the block is read on every row");
        batch.ErrorRows.ShouldBe(0, string.Join(" | ", rows.SelectMany(r => r.Messages.Select(m => $"{r.RowNumber} {m.MessageZh}"))));
        (await fixture.CommitAsync(TestPrincipals.Admin, batch.Id)).Status.ShouldBe(ImportStatus.Committed);
        var third = await EnterpriseAsync(codes[2]);
        third.DistrictId.ShouldBe(TestData.PudongId);
        third.Awards.ShouldHaveSingleItem().Track.ShouldBe(ContestTrack.Enterprise);
    }

    [Fact]
    public async Task Should_say_which_sheets_were_not_read_and_why()
    {
        var edition = await fixture.NewEditionAsync();
        var (company, team) = (ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode());
        var file = Workbook(
            new Sheet("填表说明", [["请按模板填写"], ["金额单位：万元"]]),
            new Sheet("企业组", [Header, [1, "多表甲有限公司", company, "浦东", "企业组", "一等奖", "多表项目甲"]]),
            new Sheet("创客组", [Header, [1, "多表乙团队", team, "浦东", "创客组", "二等奖", "多表项目乙"], [2, "多表丙团队", null, "浦东", "创客组", "三等奖", "多表项目丙"]]),
            new Sheet("Sheet4", []));

        var batch = await fixture.WaitAsync(TestPrincipals.Admin, (await fixture.UploadAsync(TestPrincipals.Admin, ImportKind.ContestResults, "分组.xlsx", file, edition.Id)).Id);
        var rows = await fixture.RowsAsync(TestPrincipals.Admin, batch.Id);

        rows.ShouldHaveSingleItem().Changes.ShouldContain(c => c.NewValue == "多表甲有限公司");
        var notRead = batch.FileMessages.Single(m => m.Code == CultivationDomainErrorCodes.ImportSheetNotRead);
        notRead.MessageZh.ShouldContain("创客组");
        notRead.MessageZh.ShouldContain("2 行");
        notRead.MessageEn.ShouldContain("\"企业组\"");
        batch.FileMessages.Single(m => m.Code == CultivationDomainErrorCodes.ImportSheetWithoutHeader).MessageZh.ShouldContain("填表说明");
        batch.FileMessages.ShouldNotContain(m => m.MessageZh.Contains("Sheet4"));
    }

    [Fact]
    public async Task Should_let_the_uploader_or_an_administrator_discard_an_import_nobody_will_commit()
    {
        var edition = await fixture.NewEditionAsync();
        var file = Workbook(new Sheet("名单", [Header, [1, "放弃测试有限公司", ImportSteps.NewCreditCode(), "浦东", "企业组", "一等奖", "放弃项目"]]));
        var mine = await fixture.UploadAsync(TestPrincipals.PudongOfficer, ImportKind.ContestResults, "放弃.xlsx", file, edition.Id);
        var another = await fixture.UploadAsync(TestPrincipals.PudongOfficer, ImportKind.ContestResults, "放弃2.xlsx", file, edition.Id);

        var colleague = TestPrincipals.Create("pudong-colleague", Cultivation.Identity.CultivationRoles.DistrictOfficer, TestData.PudongId);
        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(colleague, s => s.DiscardAsync(mine.Id)));
        refused.Code.ShouldBe(CultivationDomainErrorCodes.ImportDiscardNotYours);
        var discarded = await fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.PudongOfficer, s => s.DiscardAsync(mine.Id));
        discarded.Status.ShouldBe(ImportStatus.Discarded);
        (await fixture.RowsAsync(TestPrincipals.PudongOfficer, mine.Id)).ShouldBeEmpty();
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.PudongOfficer, s => s.CommitAsync(mine.Id))))
            .Code.ShouldBe(CultivationDomainErrorCodes.ImportNotInState);
        (await fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin, s => s.DiscardAsync(another.Id))).Status.ShouldBe(ImportStatus.Discarded);
    }
}

public sealed class ImportWorkbooks_Sqlite_Tests(ImportSqliteFixture fixture) : ImportWorkbooks_Tests<ImportSqliteFixture>(fixture);

public sealed class ImportWorkbooks_MariaDb_Tests(ImportMariaDbFixture fixture) : ImportWorkbooks_Tests<ImportMariaDbFixture>(fixture);
