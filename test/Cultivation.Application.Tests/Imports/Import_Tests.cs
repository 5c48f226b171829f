using System.IO.Compression;
using System.Text;
using Cultivation.Application.Tests.FollowUps;
using Cultivation.AuditLogging;
using Cultivation.Authorization;
using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Application.Tests.Imports;

/// <summary>The contest-results import end to end, with real files made here, through the real background worker.</summary>
public abstract class Import_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private static readonly string[] Results = ["企业名称", "统一社会信用代码", "所属区", "类型", "成立日期", "注册资本（万元）", "届次", "组别", "最远赛程", "奖项", "项目名称", "地址"];

    private Task<ImportBatchDto> UploadAsync(byte[] file, string name = "结果.xlsx", Guid? editionId = null, ImportKind kind = ImportKind.ContestResults,
        System.Security.Claims.ClaimsPrincipal? user = null) =>
        fixture.UploadAsync(user ?? TestPrincipals.Admin, kind, name, file, editionId);

    private Task<List<ImportRowDto>> RowsAsync(Guid id, System.Security.Claims.ClaimsPrincipal? user = null) => fixture.RowsAsync(user ?? TestPrincipals.Admin, id);

    private Task<ImportBatchDto> CommitAsync(Guid id, System.Security.Claims.ClaimsPrincipal? user = null) => fixture.CommitAsync(user ?? TestPrincipals.Admin, id);

    private async Task<EnterpriseDto?> FindAsync(string creditCode)
    {
        var page = await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetEnterpriseListInput { Keyword = creditCode }));
        return page.Items.FirstOrDefault(i => i.CreditCode == creditCode) is { } item
            ? await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.GetAsync(item.Id))
            : null;
    }

    private Task<EnterpriseDto> NewEnterpriseAsync(string name, string code, Guid? districtId = null, string? address = null) =>
        fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = name, CreditCode = code, DistrictId = districtId ?? TestData.PudongId, Address = address
        }));

    private Task<AwardRecordDto> NewAwardAsync(Guid enterpriseId, Guid editionId, string project, PrizeLevel? prize = null, ContestStage stage = ContestStage.Final) =>
        fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.Admin, s => s.CreateAsync(enterpriseId, new CreateUpdateAwardRecordDto
        {
            EditionId = editionId, Track = ContestTrack.Enterprise, StageReached = stage, PrizeLevel = prize, ProjectName = project
        }));

    private static string Describe(ImportBatchDto batch, IEnumerable<ImportRowDto> rows) =>
        $"{batch.Status} {batch.Failure?.MessageZh} " + string.Join(" | ", rows.SelectMany(r => r.Messages.Select(m => $"row {r.RowNumber} {m.Code} {m.MessageZh}")));

    [Fact]
    public async Task Should_normalise_full_width_text_districts_prizes_dates_and_amounts_from_a_workbook()
    {
        var edition = await fixture.NewEditionAsync();
        var (a, b, c, d, e) = (ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode("310104"), ImportSteps.NewCreditCode("310101"), ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode());
        var fullWidthA = string.Concat(a.ToLowerInvariant().Select(ch => ch is >= '0' and <= '9' or >= 'a' and <= 'z' ? (char)(ch + 0xFEE0) : ch));
        var file = ImportTestFiles.Xlsx(Results,
            ["\u3000全角　测试ＡＢＣ科技有限公司 ", $" {fullWidthA[..9]} {fullWidthA[9..]}", "浦东", "企业", "2020/1/5", "500", edition.Year, "企业组", "决赛", "1", "项目甲", "浦东新区张江路1号"],
            ["规范测试乙有限公司", b, "310104", "公司", new DateTime(2019, 3, 4), 250.5, $"{edition.Year}年", "Enterprise", "Final", "二等奖", "项目乙", null],
            ["规范测试丙有限公司", c, "黄浦区", null, 45565, "1,000", edition.Year, "企业组", "复赛", null, "项目丙", null],
            ["规范测试丁有限公司", d, "Pudong New Area", null, "20240930", "12万", edition.Year, "企业组", "决赛", "Third", "项目丁", null],
            ["规范测试戊有限公司", e, "上海市浦东新区", null, "2024年9月30日", null, edition.Year, "企业组", "决赛", "优胜奖", "项目戊", null]);

        var batch = await UploadAsync(file);
        var rows = await RowsAsync(batch.Id);
        batch.Status.ShouldBe(ImportStatus.Validated, Describe(batch, rows));
        batch.CreateRows.ShouldBe(5, Describe(batch, rows));
        batch.ErrorRows.ShouldBe(0);
        rows[0].Changes.ShouldContain(ch => ch.Field == "Name" && ch.NewValue == "全角 测试ABC科技有限公司" && ch.OldValue == null);
        rows[0].Changes.ShouldContain(ch => ch.Field == "DistrictId" && ch.NewValue == "浦东新区");
        rows[0].Changes.ShouldContain(ch => ch.Field == "PrizeLevel" && ch.NewValue == "一等奖");
        rows[1].Changes.ShouldContain(ch => ch.Field == "RegisteredCapital" && ch.NewValue == "250.50 万元");
        (await CommitAsync(batch.Id)).Status.ShouldBe(ImportStatus.Committed);

        var first = (await FindAsync(a)).ShouldNotBeNull();
        first.Name.ShouldBe("全角 测试ABC科技有限公司");
        first.CreditCode.ShouldBe(a);
        first.DistrictId.ShouldBe(TestData.PudongId);
        first.FoundedOn.ShouldBe(new DateOnly(2020, 1, 5));
        first.RegisteredCapital.ShouldBe(5_000_000m);
        first.Awards.ShouldHaveSingleItem().PrizeLevel.ShouldBe(PrizeLevel.First);
        var second = (await FindAsync(b)).ShouldNotBeNull();
        second.DistrictId.ShouldBe(Districts.ShanghaiDistricts.Xuhui.Id);
        second.FoundedOn.ShouldBe(new DateOnly(2019, 3, 4));
        second.RegisteredCapital.ShouldBe(2_505_000m);
        second.Awards.ShouldHaveSingleItem().PrizeLevel.ShouldBe(PrizeLevel.Second);
        var third = (await FindAsync(c)).ShouldNotBeNull();
        third.DistrictId.ShouldBe(Districts.ShanghaiDistricts.Huangpu.Id);
        third.FoundedOn.ShouldBe(new DateOnly(2024, 9, 30));
        third.RegisteredCapital.ShouldBe(10_000_000m);
        third.Awards.ShouldHaveSingleItem().StageReached.ShouldBe(ContestStage.Semifinal);
        var fourth = (await FindAsync(d)).ShouldNotBeNull();
        fourth.FoundedOn.ShouldBe(new DateOnly(2024, 9, 30));
        fourth.RegisteredCapital.ShouldBe(120_000m);
        fourth.Awards.ShouldHaveSingleItem().PrizeLevel.ShouldBe(PrizeLevel.Third);
        var fifth = (await FindAsync(e)).ShouldNotBeNull();
        fifth.DistrictId.ShouldBe(TestData.PudongId);
        fifth.FoundedOn.ShouldBe(new DateOnly(2024, 9, 30));
        fifth.Awards.ShouldHaveSingleItem().PrizeLevel.ShouldBe(PrizeLevel.Excellence);
    }

    [Fact]
    public async Task Should_read_csv_in_utf8_utf8_with_bom_and_gbk_alike()
    {
        var edition = await fixture.NewEditionAsync();
        var code = ImportSteps.NewCreditCode();
        string[] headers = ["企业名称", "统一社会信用代码", "所属区", "组别", "最远赛程", "奖项", "项目名称", "负责人", "负责人性别"];
        object?[] row = ["编码测试（上海）科技有限公司", code, "浦东新区", "企业组", "决赛", "三等奖", "中文项目名称", "张三", "男"];
        var files = new (byte[] Content, string Encoding)[]
        {
            (ImportTestFiles.Csv(new UTF8Encoding(false), bom: false, headers, row), "UTF-8"),
            (ImportTestFiles.Csv(new UTF8Encoding(false), bom: true, headers, row), "UTF-8 (BOM)"),
            (ImportTestFiles.Csv(ImportTestFiles.Gbk, bom: false, headers, row), "GB18030")
        };
        ImportBatchDto? last = null;
        foreach (var (content, encoding) in files)
        {
            var batch = await UploadAsync(content, "结果.csv", edition.Id);
            var rows = await RowsAsync(batch.Id);
            batch.Status.ShouldBe(ImportStatus.Validated, Describe(batch, rows));
            batch.TextEncoding.ShouldBe(encoding);
            batch.FileFormat.ShouldBe(ImportFileFormat.Csv);
            var only = rows.ShouldHaveSingleItem();
            only.Action.ShouldBe(ImportRowAction.Create);
            only.Changes.ShouldContain(c => c.Field == "Name" && c.NewValue == "编码测试（上海）科技有限公司");
            only.Changes.ShouldContain(c => c.Field == "ProjectName" && c.NewValue == "中文项目名称");
            only.Changes.ShouldContain(c => c.Field == "LeadGender" && c.NewValue == "男");
            last = batch;
        }
        (await CommitAsync(last!.Id)).Status.ShouldBe(ImportStatus.Committed);
        var saved = (await FindAsync(code)).ShouldNotBeNull();
        saved.Name.ShouldBe("编码测试（上海）科技有限公司");
        saved.LeadName.ShouldBe("张三");
        saved.Awards.ShouldHaveSingleItem().ProjectName.ShouldBe("中文项目名称");
    }

    [Fact]
    public async Task Should_match_english_headers_in_any_order_and_report_the_columns_it_ignores()
    {
        var edition = await fixture.NewEditionAsync();
        var code = ImportSteps.NewCreditCode();
        var file = ImportTestFiles.Utf8Csv(["project_name", "备注", "Credit Code", "NAME", "track", "district", "联系电话", "stage", "prize"],
            ["英文表头项目", "请核对", code, "英文表头测试有限公司", "enterprise", "pudong", "13800000000", "final", "excellence"]);

        var batch = await UploadAsync(file, "results.csv", edition.Id);
        var rows = await RowsAsync(batch.Id);
        batch.Status.ShouldBe(ImportStatus.Validated, Describe(batch, rows));
        batch.IgnoredColumns.ShouldBe(["备注", "联系电话"]);
        var message = batch.FileMessages.ShouldHaveSingleItem();
        message.Code.ShouldBe(CultivationDomainErrorCodes.ImportColumnsIgnored);
        message.Level.ShouldBe(ImportRowStatus.Warning);
        message.MessageZh.ShouldContain("备注");
        message.MessageEn.ShouldStartWith("These columns were not recognised");
        batch.Columns.Select(c => c.Key).ShouldBe(["project_name", "credit_code", "name", "track", "district", "stage", "prize"]);
        rows.ShouldHaveSingleItem().Changes.ShouldContain(c => c.Field == "PrizeLevel" && c.NewValue == "优胜奖",
            string.Join("; ", rows[0].Changes.Select(c => $"{c.Entity}.{c.Field}={c.NewValue}")) + Describe(batch, rows));
    }

    [Fact]
    public async Task Should_merge_the_same_enterprise_twice_in_a_file_into_one_row_with_a_warning()
    {
        var edition = await fixture.NewEditionAsync();
        var (code, other) = (ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode());
        var file = ImportTestFiles.Xlsx(Results,
            ["重复测试有限公司", code, "浦东", null, null, null, edition.Year, "企业组", "决赛", null, "重复项目", null],
            ["另一家有限公司", other, "浦东", null, null, null, edition.Year, "企业组", "预赛", null, "另一项目", null],
            ["重复测试有限公司", code.ToLowerInvariant(), "浦东新区", null, "2018-06-01", null, edition.Year, "企业组", "决赛", null, "重复项目", "补充的地址"]);

        var batch = await UploadAsync(file);
        var rows = await RowsAsync(batch.Id);
        batch.Status.ShouldBe(ImportStatus.Validated, Describe(batch, rows));
        batch.CreateRows.ShouldBe(2);
        batch.DuplicateRows.ShouldBe(1);
        batch.ErrorRows.ShouldBe(0);
        rows[2].Action.ShouldBe(ImportRowAction.Duplicate);
        rows[2].Status.ShouldBe(ImportRowStatus.Warning);
        rows[2].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportDuplicateMerged && m.MessageZh.Contains("第2行"));
        rows[0].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportDuplicateMergedInto);
        rows[0].Changes.ShouldContain(c => c.Field == "Address" && c.NewValue == "补充的地址");
        (await CommitAsync(batch.Id)).Status.ShouldBe(ImportStatus.Committed);
        var saved = (await FindAsync(code)).ShouldNotBeNull();
        saved.Awards.ShouldHaveSingleItem();
        saved.FoundedOn.ShouldBe(new DateOnly(2018, 6, 1));
        saved.Address.ShouldBe("补充的地址");

        var conflictCode = ImportSteps.NewCreditCode();
        var conflicting = ImportTestFiles.Xlsx(Results,
            ["冲突测试有限公司", conflictCode, "浦东", null, null, null, edition.Year, "企业组", "决赛", "三等奖", "冲突项目", null],
            ["冲突测试有限公司", conflictCode, "浦东", null, null, null, edition.Year, "企业组", "决赛", "二等奖", "冲突项目", null]);
        var refused = await UploadAsync(conflicting);
        var refusedRows = await RowsAsync(refused.Id);
        refusedRows[1].Status.ShouldBe(ImportRowStatus.Error);
        refusedRows[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportDuplicateConflict && m.Column == "prize");
        refused.CanCommit.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_file_is_imported_again()
    {
        var edition = await fixture.NewEditionAsync();
        var codes = Enumerable.Range(0, 3).Select(_ => ImportSteps.NewCreditCode()).ToList();
        var file = ImportTestFiles.Xlsx(Results, codes.Select((code, i) => new object?[]
        {
            $"重复导入测试{i}有限公司", code, "浦东", null, "2021-01-01", 100, edition.Year, "企业组", "决赛", null, $"重复导入项目{i}", "某路1号"
        }).ToArray());
        (await CommitAsync((await UploadAsync(file)).Id)).Status.ShouldBe(ImportStatus.Committed);
        var enterprise = (await FindAsync(codes[0])).ShouldNotBeNull();
        var historyBefore = await HistoryAsync(enterprise.Id);

        var again = await UploadAsync(file);
        again.Status.ShouldBe(ImportStatus.Validated);
        again.UnchangedRows.ShouldBe(3);
        again.CreateRows.ShouldBe(0);
        again.UpdateRows.ShouldBe(0);
        again.FileMessages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportSameFileCommitted);
        (await RowsAsync(again.Id)).ShouldAllBe(r => r.Action == ImportRowAction.Unchanged && r.Changes.Count == 0);
        (await CommitAsync(again.Id)).Status.ShouldBe(ImportStatus.Committed);

        (await HistoryAsync(enterprise.Id)).TotalCount.ShouldBe(historyBefore.TotalCount);
        var after = (await FindAsync(codes[0])).ShouldNotBeNull();
        after.ConcurrencyStamp.ShouldBe(enterprise.ConcurrencyStamp);
    }

    private Task<PagedResultDto<EntityChangeDto>> HistoryAsync(Guid enterpriseId) =>
        fixture.CallAsync<IAuditLogAppService, PagedResultDto<EntityChangeDto>>(TestPrincipals.Admin,
            s => s.GetEnterpriseHistoryAsync(enterpriseId, new PagedAndSortedResultRequestDto { MaxResultCount = 1000 }));

    [Fact]
    public async Task Should_revert_created_rows_and_restore_updated_fields()
    {
        var edition = await fixture.NewEditionAsync();
        var existingCode = ImportSteps.NewCreditCode();
        var existing = await NewEnterpriseAsync("撤销测试已有有限公司", existingCode, address: "旧地址1号");
        await NewAwardAsync(existing.Id, edition.Id, "旧项目名称", stage: ContestStage.Semifinal);
        var newCode = ImportSteps.NewCreditCode();
        var file = ImportTestFiles.Xlsx(Results,
            ["撤销测试已有有限公司", existingCode, "浦东", null, null, null, edition.Year, "企业组", "复赛", null, "新项目名称", "新地址2号"],
            ["撤销测试新建有限公司", newCode, "浦东", null, "2022-02-02", null, edition.Year, "企业组", "预赛", null, "新建项目", null]);

        var batch = await UploadAsync(file);
        var rows = await RowsAsync(batch.Id);
        rows[0].Action.ShouldBe(ImportRowAction.Update);
        rows[0].Changes.ShouldContain(c => c.Field == "Address" && c.OldValue == "旧地址1号" && c.NewValue == "新地址2号");
        rows[0].Changes.ShouldContain(c => c.Entity == "AwardRecord" && c.Field == "ProjectName" && c.OldValue == "旧项目名称" && c.NewValue == "新项目名称");
        rows[1].Action.ShouldBe(ImportRowAction.Create);
        (await CommitAsync(batch.Id)).Status.ShouldBe(ImportStatus.Committed);
        (await FindAsync(existingCode))!.Address.ShouldBe("新地址2号");
        (await FindAsync(newCode)).ShouldNotBeNull();

        var reverted = await fixture.RevertAsync(TestPrincipals.Admin, batch.Id);
        reverted.Status.ShouldBe(ImportStatus.Reverted, string.Join("; ", reverted.RevertConflicts.Select(c => c.Message.Zh)) + reverted.Failure?.MessageZh);
        reverted.RevertConflicts.ShouldBeEmpty();
        var restored = (await FindAsync(existingCode)).ShouldNotBeNull();
        restored.Address.ShouldBe("旧地址1号");
        restored.Awards.ShouldHaveSingleItem().ProjectName.ShouldBe("旧项目名称");
        (await FindAsync(newCode)).ShouldBeNull();

        // The reverted enterprise is gone for good: the corrected file imports again.
        var again = await UploadAsync(file);
        again.CreateRows.ShouldBe(1);
        again.UpdateRows.ShouldBe(1);
        (await CommitAsync(again.Id)).Status.ShouldBe(ImportStatus.Committed);
    }

    [Fact]
    public async Task Should_leave_fields_changed_after_the_import_when_reverting_and_say_so()
    {
        var edition = await fixture.NewEditionAsync();
        var code = ImportSteps.NewCreditCode();
        var existing = await NewEnterpriseAsync("后改测试有限公司", code, address: "原地址");
        await NewAwardAsync(existing.Id, edition.Id, "原项目", stage: ContestStage.Semifinal);
        var file = ImportTestFiles.Xlsx(Results,
            ["后改测试有限公司", code, "浦东", null, "2017-07-07", null, edition.Year, "企业组", "复赛", null, "导入项目", "导入地址"]);
        var batch = await CommitAsync((await UploadAsync(file)).Id);
        batch.Status.ShouldBe(ImportStatus.Committed);

        var current = (await FindAsync(code))!;
        await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.UpdateAsync(current.Id, new UpdateEnterpriseDto
        {
            Name = current.Name, CreditCode = current.CreditCode, DistrictId = current.DistrictId, FoundedOn = current.FoundedOn,
            Address = "用户后来改的地址", ConcurrencyStamp = current.ConcurrencyStamp
        }));

        var reverted = await fixture.RevertAsync(TestPrincipals.Admin, batch.Id);
        reverted.Status.ShouldBe(ImportStatus.PartiallyReverted, reverted.Failure?.MessageZh);
        var conflict = reverted.RevertConflicts.ShouldHaveSingleItem();
        conflict.Field.ShouldBe("Address");
        conflict.Code.ShouldBe(CultivationDomainErrorCodes.ImportRevertFieldChanged);
        conflict.CurrentValue.ShouldBe("用户后来改的地址");
        conflict.ImportedValue.ShouldBe("导入地址");
        conflict.Message.Zh.ShouldContain("在导入后已被修改");
        conflict.Message.En.ShouldContain("was changed after the import");
        var after = (await FindAsync(code))!;
        after.Address.ShouldBe("用户后来改的地址");
        after.FoundedOn.ShouldBeNull();
        after.Awards.ShouldHaveSingleItem().ProjectName.ShouldBe("原项目");
    }

    [Fact]
    public async Task Should_refuse_the_commit_when_a_prize_exceeds_the_editions_quota()
    {
        var edition = await fixture.NewEditionAsync();
        var file = ImportTestFiles.Xlsx(Results,
            ["名额测试甲有限公司", ImportSteps.NewCreditCode(), "浦东", null, null, null, edition.Year, "企业组", "决赛", "一等奖", "名额项目甲", null],
            ["名额测试乙有限公司", ImportSteps.NewCreditCode(), "浦东", null, null, null, edition.Year, "企业组", "决赛", "一等奖", "名额项目乙", null],
            ["名额测试丙有限公司", ImportSteps.NewCreditCode(), "浦东", null, null, null, edition.Year, "企业组", "决赛", "优胜奖", "名额项目丙", null]);

        var batch = await UploadAsync(file);
        var breach = batch.QuotaBreaches.ShouldHaveSingleItem();
        (breach.EditionYear, breach.Track, breach.Level, breach.Quota, breach.Count).ShouldBe((edition.Year, ContestTrack.Enterprise, PrizeLevel.First, 1, 2));
        breach.Message.Zh.ShouldBe($"{edition.Year}年企业组一等奖名额为1个，导入后将有2个。");
        var rows = await RowsAsync(batch.Id);
        rows.Take(2).ShouldAllBe(r => r.Status == ImportRowStatus.Error && r.Messages.Any(m => m.Code == CultivationDomainErrorCodes.ImportQuotaExceeded && m.Column == "prize"));
        rows[2].Status.ShouldBe(ImportRowStatus.Ok);
        batch.CanCommit.ShouldBeFalse();
        batch.CommitBlockers.Select(b => b.Code).ShouldBe([CultivationDomainErrorCodes.ImportHasErrors, CultivationDomainErrorCodes.ImportQuotaExceeded]);
        batch.CommitBlockers[0].MessageZh.ShouldBe("还有2行错误，请修正文件后重新上传。");
        batch.CommitBlockers[1].MessageEn.ShouldBe(breach.Message.En);
        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin, s => s.CommitAsync(batch.Id)));
        refused.Code.ShouldBe(CultivationDomainErrorCodes.ImportHasErrors);
    }

    [Fact]
    public async Task Should_say_that_excel_stored_a_credit_code_as_a_number_and_lost_its_digits()
    {
        var edition = await fixture.NewEditionAsync();
        // An all-digit code typed into a General cell: Excel keeps a double, 15 significant digits of 18.
        var file = ImportTestFiles.Xlsx(Results,
            ["数字代码测试有限公司", 913101157030251350d, "浦东", null, null, null, edition.Year, "企业组", "预赛", null, "数字代码项目", null]);

        var batch = await UploadAsync(file);
        var message = (await RowsAsync(batch.Id)).Single().Messages.Single(m => m.Column == "credit_code");

        message.Code.ShouldBe(CultivationDomainErrorCodes.ImportCreditCodeStoredAsNumber);
        message.MessageZh.ShouldContain("文本");
        message.MessageEn.ShouldContain("as a number");
    }

    [Fact]
    public async Task Should_write_nothing_when_a_row_in_the_middle_is_broken()
    {
        var edition = await fixture.NewEditionAsync();
        var (first, last) = (ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode());
        var file = ImportTestFiles.Xlsx(Results,
            ["中断测试甲有限公司", first, "浦东", null, null, null, edition.Year, "企业组", "预赛", null, "中断项目甲", null],
            ["中断测试乙有限公司", "91310115MA1K0000X9", "浦东", null, "2019-02-30", null, edition.Year, "企业组", "预赛", null, "中断项目乙", null],
            ["中断测试丙有限公司", last, "浦东", null, null, null, edition.Year, "企业组", "预赛", null, "中断项目丙", null]);

        var batch = await UploadAsync(file);
        var rows = await RowsAsync(batch.Id);
        rows[1].Status.ShouldBe(ImportRowStatus.Error);
        rows[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportInvalidCreditCode && m.Column == "credit_code" && m.Header == "统一社会信用代码");
        rows[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportInvalidDate && m.Column == "founded_on" && m.MessageEn.Contains("2019-02-30"));
        rows[0].Status.ShouldBe(ImportRowStatus.Ok);
        await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin, s => s.CommitAsync(batch.Id)));
        (await FindAsync(first)).ShouldBeNull();
        (await FindAsync(last)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_write_nothing_when_a_row_fails_during_the_commit()
    {
        var edition = await fixture.NewEditionAsync();
        var (first, middle, last) = (ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode());
        var existing = await NewEnterpriseAsync("提交中断测试乙有限公司", middle, address: "乙原地址");
        var file = ImportTestFiles.Xlsx(Results,
            ["提交中断测试甲有限公司", first, "浦东", null, null, null, edition.Year, "企业组", "预赛", null, "提交中断项目甲", null],
            ["提交中断测试乙有限公司", middle, "浦东", null, null, null, null, null, null, null, null, "乙新地址"],
            ["提交中断测试丙有限公司", last, "浦东", null, null, null, edition.Year, "企业组", "预赛", null, "提交中断项目丙", null]);
        var batch = await UploadAsync(file);
        batch.CanCommit.ShouldBeTrue(Describe(batch, await RowsAsync(batch.Id)));

        // Between the preview and the commit someone deletes the enterprise of the middle row.
        await fixture.CallAsync<IEnterpriseAppService>(TestPrincipals.Admin, s => s.DeleteAsync(existing.Id));
        var after = await CommitAsync(batch.Id);

        after.Status.ShouldBe(ImportStatus.Validated);
        after.Failure.ShouldNotBeNull().Code.ShouldBe(CultivationDomainErrorCodes.ImportCommitFailed);
        after.Failure.MessageZh.ShouldStartWith("第3行提交失败，未写入任何数据");
        after.CanCommit.ShouldBeFalse();
        (await RowsAsync(batch.Id))[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportCreditCodeOfDeleted);
        (await FindAsync(first)).ShouldBeNull();
        (await FindAsync(last)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_report_rows_of_another_district_as_errors_for_a_district_officer()
    {
        var edition = await fixture.NewEditionAsync();
        var own = ImportSteps.NewCreditCode();
        var file = ImportTestFiles.Xlsx(Results,
            ["本区测试有限公司", own, null, null, null, null, edition.Year, "企业组", "预赛", null, "本区项目", null],
            ["外区测试有限公司", ImportSteps.NewCreditCode("310104"), "徐汇", null, null, null, edition.Year, "企业组", "预赛", null, "外区项目", null],
            ["徐汇测试生物医药有限公司", TestData.XuhuiCompanyCode, null, null, null, null, null, null, null, null, null, "想改徐汇企业的地址"]);

        var batch = await UploadAsync(file, user: TestPrincipals.PudongOfficer);
        batch.ScopeDistrictId.ShouldBe(TestData.PudongId);
        var rows = await RowsAsync(batch.Id, TestPrincipals.PudongOfficer);
        rows[0].Status.ShouldBe(ImportRowStatus.Ok);
        rows[0].Changes.ShouldContain(c => c.Field == "DistrictId" && c.NewValue == "浦东新区");
        rows[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportOutOfDistrict && m.Column == "district");
        rows[2].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportOutOfDistrict);
        rows[2].Changes.ShouldBeEmpty();
        batch.ErrorRows.ShouldBe(2);

        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.XuhuiOfficer, s => s.GetAsync(batch.Id)));
        (await fixture.CallAsync<IImportAppService, PagedResultDto<ImportBatchDto>>(TestPrincipals.XuhuiOfficer, s => s.GetListAsync(new GetImportListInput())))
            .Items.ShouldNotContain(b => b.Id == batch.Id);
        (await fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin, s => s.GetAsync(batch.Id))).Id.ShouldBe(batch.Id);
    }

    [Fact]
    public async Task Should_reveal_only_that_an_enterprise_belongs_to_another_district_to_a_district_officer()
    {
        var edition = await fixture.NewEditionAsync();
        var company = await NewEnterpriseAsync("徐汇保密测试科技有限公司", ImportSteps.NewCreditCode("310104"), TestData.XuhuiId);
        await NewAwardAsync(company.Id, edition.Id, "徐汇保密项目");
        var team = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.MakerTeam, Name = "徐汇保密创客团队", DistrictId = TestData.XuhuiId, LeadName = "保密负责人", LeadGender = Gender.Male
        }));
        string[] headers = ["企业名称", "统一社会信用代码", "负责人", "届次", "组别", "最远赛程", "项目名称"];
        var file = ImportTestFiles.Xlsx(headers,
            ["随便写的名字", company.CreditCode, null, edition.Year, "企业组", "预赛", "想看徐汇企业"],
            ["徐汇保密创客团队", null, "保密负责人", edition.Year, "创客组", "预赛", "想看徐汇团队"],
            ["徐汇保密创客团队", null, "另一个人", edition.Year, "创客组", "预赛", "同名团队"]);

        var batch = await UploadAsync(file, user: TestPrincipals.PudongOfficer);
        var rows = await RowsAsync(batch.Id, TestPrincipals.PudongOfficer);

        rows.Count.ShouldBe(3, Describe(batch, rows));
        foreach (var row in rows.Take(2))
        {
            row.Status.ShouldBe(ImportRowStatus.Error, Describe(batch, rows));
            row.Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportOutOfDistrict);
            row.EnterpriseId.ShouldBeNull();
            row.EnterpriseName.ShouldBeNull();
            row.DistrictId.ShouldBeNull();
            row.DistrictName.ShouldBeNull();
            row.Changes.ShouldBeEmpty();
        }
        rows.ShouldAllBe(r => r.Candidates.Count == 0);
        var everything = System.Text.Json.JsonSerializer.Serialize(rows, new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping
        });
        foreach (var secret in new[] { company.Id.ToString(), company.Name, team.Id.ToString(), TestData.XuhuiId.ToString(), "徐汇区" })
        {
            everything.ShouldNotContain(secret, Case.Insensitive);
        }
        // The officer's namesake of another district's team is a new team of their own district.
        rows[2].Action.ShouldBe(ImportRowAction.Create, Describe(batch, rows));
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.PudongOfficer,
            s => s.ResolveRowAsync(batch.Id, 3, new ResolveImportRowInput { Resolution = ImportRowResolution.UseExisting, EnterpriseId = team.Id }))))
            .Code.ShouldBeOneOf(CultivationDomainErrorCodes.ImportNotACandidate, CultivationDomainErrorCodes.ImportRowNeedsNoReview);

        // A city-wide import still matches them.
        var cityWide = await RowsAsync((await UploadAsync(file)).Id);
        cityWide[0].EnterpriseId.ShouldBe(company.Id);
        cityWide[1].Candidates.ShouldContain(c => c.EnterpriseId == team.Id && c.Name == team.Name);
    }

    [Fact]
    public async Task Should_make_a_cell_longer_than_its_field_the_rows_error_without_reading_it()
    {
        var edition = await fixture.NewEditionAsync();
        string[] headers = ["企业名称", "统一社会信用代码", "所属区", "组别", "最远赛程", "项目名称", new string('备', 100_000)];
        var hugeCode = new string('9', 1_000_000);
        var file = ImportTestFiles.Utf8Csv(headers,
            [new string('名', EnterpriseConsts.MaxNameLength + 1), ImportSteps.NewCreditCode(), "浦东", "企业组", "预赛", "超长名称"],
            ["超长代码测试有限公司", hugeCode, "浦东", "企业组", "预赛", "超长代码"],
            ["超长区名测试有限公司", ImportSteps.NewCreditCode(), new string('区', ImportConsts.MaxCellLength + 1), "企业组", "预赛", "超长区名"],
            ["正常长度测试有限公司", ImportSteps.NewCreditCode(), "浦东", "企业组", "预赛", "正常项目"]);

        var batch = await UploadAsync(file, "超长.csv", edition.Id);
        var rows = await RowsAsync(batch.Id);

        batch.Status.ShouldBe(ImportStatus.Validated, Describe(batch, rows));
        batch.ErrorRows.ShouldBe(3, Describe(batch, rows));
        rows[0].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportTooLong && m.Column == "name" && m.MessageEn.Contains("128"));
        rows[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportTooLong && m.Column == "credit_code");
        rows[2].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportTooLong && m.Column == "district" && m.MessageEn.Contains("4000"));
        rows.Take(3).ShouldAllBe(r => r.Messages.All(m => m.MessageZh.Length < 200 && m.MessageEn.Length < 200) && r.Changes.Count == 0);
        rows[3].Action.ShouldBe(ImportRowAction.Create);
        batch.IgnoredColumns.ShouldHaveSingleItem().Length.ShouldBe(ImportColumnMap.MaxIgnoredHeaderLength + 1);
        batch.FileMessages.ShouldAllBe(m => m.MessageZh.Length < 200);
    }

    [Fact]
    public async Task Should_refuse_non_http_websites_implausible_dates_and_control_characters_in_rows_as_the_api_does()
    {
        var edition = await fixture.NewEditionAsync();
        string[] headers = ["企业名称", "统一社会信用代码", "所属区", "成立日期", "网址", "负责人", "组别", "最远赛程", "项目名称"];
        var file = ImportTestFiles.Utf8Csv(headers,
            ["脚本网址测试有限公司", ImportSteps.NewCreditCode(), "浦东", null, "javascript:alert(1)", null, "企业组", "预赛", "项目一"],
            ["文件网址测试有限公司", ImportSteps.NewCreditCode(), "浦东", null, "ftp://files.example.com", null, "企业组", "预赛", "项目二"],
            ["古老日期测试有限公司", ImportSteps.NewCreditCode(), "浦东", "1900-01-01", null, null, "企业组", "预赛", "项目三"],
            ["零年日期测试有限公司", ImportSteps.NewCreditCode(), "浦东", "0001-01-01", null, null, "企业组", "预赛", "项目四"],
            ["反向\u202E测试有限公司", ImportSteps.NewCreditCode(), "浦东", null, null, null, "企业组", "预赛", "项目五"],
            ["空字符测试有限公司", ImportSteps.NewCreditCode(), "浦东", null, null, "张\u0001三", "企业组", "预赛", "项目六"],
            ["项目名测试有限公司", ImportSteps.NewCreditCode(), "浦东", null, null, null, "企业组", "预赛", "项目\u2066七"],
            ["正常网址测试有限公司", ImportSteps.NewCreditCode(), "浦东", "2001-02-03", "https://www.example.com/a?b=1", "李四", "企业组", "预赛", "项目八"]);

        var batch = await UploadAsync(file, "不合规.csv", edition.Id);
        var rows = await RowsAsync(batch.Id);

        batch.Status.ShouldBe(ImportStatus.Validated, Describe(batch, rows));
        rows[0].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.WebsiteNotHttp && m.Column == "website");
        rows[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.WebsiteNotHttp);
        rows[2].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.FoundedOnOutOfRange && m.Column == "founded_on");
        rows[3].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportInvalidDate);
        rows[4].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.TextHasForbiddenCharacters && m.Column == "name");
        rows[5].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.TextHasForbiddenCharacters && m.Column == "lead_name");
        rows[6].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.TextHasForbiddenCharacters && m.Column == "project_name");
        rows.Take(7).ShouldAllBe(r => r.Status == ImportRowStatus.Error && r.Changes.Count == 0);
        rows[7].Action.ShouldBe(ImportRowAction.Create, Describe(batch, rows));
        batch.ErrorRows.ShouldBe(7);

        // The same rules refuse the same values through the API.
        async Task<string> CreateAsync(Action<CreateEnterpriseDto> change)
        {
            var dto = new CreateEnterpriseDto { Kind = EnterpriseKind.Company, Name = "接口规则测试有限公司", CreditCode = ImportSteps.NewCreditCode(), DistrictId = TestData.PudongId };
            change(dto);
            return (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(dto)))).Code;
        }
        (await CreateAsync(d => d.Website = "javascript:alert(1)")).ShouldBe(CultivationDomainErrorCodes.WebsiteNotHttp);
        (await CreateAsync(d => d.FoundedOn = new DateOnly(1, 1, 1))).ShouldBe(CultivationDomainErrorCodes.FoundedOnOutOfRange);
        (await CreateAsync(d => d.Name = "接口\u202E测试有限公司")).ShouldBe(CultivationDomainErrorCodes.TextHasForbiddenCharacters);
        (await CreateAsync(d => d.LeadName = "王\u0007五")).ShouldBe(CultivationDomainErrorCodes.TextHasForbiddenCharacters);
    }

    [Fact]
    public async Task Should_fail_for_good_an_import_whose_validation_stopped_twice_instead_of_running_it_again()
    {
        var batch = await UploadAsync(ImportTestFiles.Utf8Csv(["企业名称", "统一社会信用代码", "所属区"], ["中断测试有限公司", ImportSteps.NewCreditCode(), "浦东"]),
            "中断.csv", kind: ImportKind.ContestResults);
        batch.Status.ShouldBe(ImportStatus.Validated);
        var longAgo = fixture.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(2);
        var queue = new RecordingQueue();

        // A node starts validating and stops in the middle: after a restart the import is validated again, once.
        (await StartValidationAsync(batch.Id, ImportStatus.Validated, longAgo)).ShouldBeTrue();
        await RecoverAsync(queue);
        queue.Ids.ShouldBe([batch.Id]);
        (await fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin, s => s.GetAsync(batch.Id))).Status.ShouldBe(ImportStatus.Queued);

        // It stops the node again: the import fails for good, with a message, and is not queued.
        (await StartValidationAsync(batch.Id, ImportStatus.Queued, longAgo)).ShouldBeTrue();
        queue.Ids.Clear();
        await RecoverAsync(queue);
        queue.Ids.ShouldBeEmpty();
        var failed = await fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin, s => s.GetAsync(batch.Id));
        failed.Status.ShouldBe(ImportStatus.Failed);
        failed.Failure.ShouldNotBeNull().Code.ShouldBe(CultivationDomainErrorCodes.ImportFailedTwice);
        failed.Failure.MessageZh.ShouldContain("两次");
        failed.Failure.MessageEn.ShouldContain("twice");
        await RecoverAsync(queue);
        queue.Ids.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_validate_again_when_the_scheduler_recovers_the_job_of_a_node_that_died_and_fail_for_good_the_second_time()
    {
        var batch = await UploadAsync(ImportTestFiles.Utf8Csv(["企业名称", "统一社会信用代码", "所属区"], ["节点宕机测试有限公司", ImportSteps.NewCreditCode(), "浦东"]),
            "宕机.csv", kind: ImportKind.ContestResults);
        var now = fixture.Clock.GetUtcNow().UtcDateTime;

        // Quartz hands the trigger of a dead node to another node at once (no staleness to wait for): it validates again.
        (await StartValidationAsync(batch.Id, ImportStatus.Validated, now)).ShouldBeTrue();
        await fixture.RunAsync(TestPrincipals.Admin, sp => sp.GetRequiredService<ImportJobRunner>().RecoverAndRunAsync(batch.Id, CancellationToken.None));
        (await fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin, s => s.GetAsync(batch.Id))).Status.ShouldBe(ImportStatus.Validated);

        // It dies, is put back and claimed again, and dies again: the recovered job fails it for good.
        (await StartValidationAsync(batch.Id, ImportStatus.Validated, now)).ShouldBeTrue();
        await fixture.RunAsync(TestPrincipals.Admin, sp => sp.GetRequiredService<IImportBatchRepository>().TryChangeStatusAsync(batch.Id, ImportStatus.Validating, ImportStatus.Queued, now));
        (await StartValidationAsync(batch.Id, ImportStatus.Queued, now)).ShouldBeTrue();
        await fixture.RunAsync(TestPrincipals.Admin, sp => sp.GetRequiredService<ImportJobRunner>().RecoverAndRunAsync(batch.Id, CancellationToken.None));
        var failed = await fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin, s => s.GetAsync(batch.Id));
        failed.Status.ShouldBe(ImportStatus.Failed);
        failed.Failure.ShouldNotBeNull().Code.ShouldBe(CultivationDomainErrorCodes.ImportFailedTwice);
    }

    private Task<bool> StartValidationAsync(Guid id, ImportStatus from, DateTime at) =>
        fixture.RunAsync(TestPrincipals.Admin, sp => sp.GetRequiredService<IImportBatchRepository>().TryChangeStatusAsync(id, from, ImportStatus.Validating, at));

    private Task RecoverAsync(IImportJobQueue queue) =>
        fixture.RunAsync(TestPrincipals.Admin, sp => sp.GetRequiredService<ImportJobRunner>().RecoverAsync(queue, CancellationToken.None));

    private sealed class RecordingQueue : IImportJobQueue
    {
        public List<Guid> Ids { get; } = [];

        public ValueTask EnqueueAsync(Guid batchId, CancellationToken cancellationToken = default)
        {
            Ids.Add(batchId);
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task Should_refuse_a_file_that_is_not_a_spreadsheet_with_a_clear_error()
    {
        var text = Encoding.UTF8.GetBytes("这不是工作簿，只是一段文字。");
        var notAWorkbook = await Should.ThrowAsync<BusinessException>(() => UploadAsync(text, "名单.xlsx"));
        notAWorkbook.Code.ShouldBe(CultivationDomainErrorCodes.ImportFileNotAWorkbook);
        notAWorkbook.Field.ShouldBe("file");

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("word/document.xml").Open();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("<w:document/>"));
        }
        (await Should.ThrowAsync<BusinessException>(() => UploadAsync(zip.ToArray(), "改了扩展名.xlsx"))).Code.ShouldBe(CultivationDomainErrorCodes.ImportFileNotAWorkbook);
        (await Should.ThrowAsync<BusinessException>(() => UploadAsync(text, "名单.xls"))).Code.ShouldBe(CultivationDomainErrorCodes.ImportFileTypeNotSupported);
        (await Should.ThrowAsync<BusinessException>(() => UploadAsync([0x00, 0x01, 0x02, 0x00], "名单.csv"))).Code.ShouldBe(CultivationDomainErrorCodes.ImportFileNotText);
    }

    [Fact]
    public async Task Should_refuse_an_empty_file_and_a_file_without_data_rows()
    {
        (await Should.ThrowAsync<BusinessException>(() => UploadAsync([], "空.xlsx"))).Code.ShouldBe(CultivationDomainErrorCodes.ImportFileEmpty);
        (await Should.ThrowAsync<BusinessException>(() => UploadAsync(Encoding.UTF8.GetBytes("\r\n \r\n"), "空.csv"))).Code.ShouldBe(CultivationDomainErrorCodes.ImportFileEmpty);
        (await Should.ThrowAsync<BusinessException>(() => UploadAsync(ImportTestFiles.Xlsx(Results), "只有表头.xlsx"))).Code
            .ShouldBe(CultivationDomainErrorCodes.ImportFileNoDataRows);
        var missing = await Should.ThrowAsync<BusinessException>(() => UploadAsync(ImportTestFiles.Utf8Csv(["项目名称", "奖项"], ["某项目", "一等奖"]), "缺列.csv"));
        missing.Code.ShouldBe(CultivationDomainErrorCodes.ImportColumnsMissing);
    }

    [Fact]
    public async Task Should_refuse_a_50_MB_file_with_a_size_error_before_reading_it()
    {
        var unread = new UnreadableStream(50L * 1024 * 1024);
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin,
            s => s.UploadAsync(new UploadImportInput { Kind = ImportKind.ContestResults }, new ImportFileInput("大文件.xlsx", unread.Length, unread))));
        error.Code.ShouldBe(CultivationDomainErrorCodes.ImportFileTooLarge);
        error.Field.ShouldBe("file");
        error.Arguments.ShouldBe(new object[] { "50 MB", "10 MB" });
        unread.WasRead.ShouldBeFalse();

        // A client that announces less than it sends is stopped at the limit too.
        var big = new byte[ImportConsts.MaxFileBytes + 1];
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin,
            s => s.UploadAsync(new UploadImportInput { Kind = ImportKind.ContestResults }, new ImportFileInput("大文件.csv", 10, new MemoryStream(big))))))
            .Code.ShouldBe(CultivationDomainErrorCodes.ImportFileTooLarge);
    }

    [Theory]
    [InlineData(ExportFormat.Xlsx)]
    [InlineData(ExportFormat.Csv)]
    public async Task Should_change_nothing_when_the_export_is_imported_back(ExportFormat format)
    {
        var file = await fixture.CallAsync<IEnterpriseExportAppService, FileDto>(TestPrincipals.Admin,
            s => s.ExportAsync(new ExportEnterprisesInput { Format = format, MaxResultCount = 1000 }));
        var team = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.GetAsync(fixture.Ids.PudongMakerTeam));
        var historyBefore = await HistoryAsync(fixture.Ids.PudongCompany);

        var batch = await UploadAsync(file.Content, file.FileName);
        var rows = await RowsAsync(batch.Id);
        batch.Status.ShouldBe(ImportStatus.Validated, Describe(batch, rows));
        batch.ErrorRows.ShouldBe(0, Describe(batch, rows));
        batch.CreateRows.ShouldBe(0, Describe(batch, rows));
        batch.UpdateRows.ShouldBe(0, string.Join(" | ", rows.Where(r => r.Action == ImportRowAction.Update).SelectMany(r => r.Changes.Select(c => $"row {r.RowNumber} {c.Entity}.{c.Field}: {c.OldValue} → {c.NewValue}"))));
        batch.IgnoredColumns.ShouldBeEmpty();
        batch.UnchangedRows.ShouldBe(batch.RowsTotal);
        rows.ShouldContain(r => r.CreditCode == TestData.PudongCompanyCode && r.Action == ImportRowAction.Unchanged);
        rows.ShouldContain(r => r.EnterpriseId == team.Id && r.NeedsReview && r.Action == ImportRowAction.Unchanged);
        (await CommitAsync(batch.Id)).Status.ShouldBe(ImportStatus.Committed);
        (await HistoryAsync(fixture.Ids.PudongCompany)).TotalCount.ShouldBe(historyBefore.TotalCount);
    }

    [Fact]
    public async Task Should_match_maker_teams_without_a_code_by_edition_name_and_lead_and_ask_when_unsure()
    {
        var edition = await fixture.NewEditionAsync();
        var team = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.MakerTeam, Name = "匹配测试创客团队", DistrictId = TestData.PudongId, LeadName = "赵敏", LeadGender = Gender.Female
        }));
        await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.Admin, s => s.CreateAsync(team.Id, new CreateUpdateAwardRecordDto
        {
            EditionId = edition.Id, Track = ContestTrack.Maker, StageReached = ContestStage.Semifinal, ProjectName = "团队旧项目"
        }));
        string[] headers = ["团队名称", "负责人", "届次", "组别", "最远赛程", "项目名称", "所属区"];
        var file = ImportTestFiles.Xlsx(headers,
            ["匹配测试 创客团队", "赵敏", edition.Year, "创客组", "决赛", "团队新项目", null],
            ["匹配测试创客团队", "钱多多", edition.Year, "创客组", "预赛", "同名不同人", "浦东"],
            ["全新的创客团队", "孙悟", edition.Year, null, "预赛", "全新项目", "浦东"]);

        var batch = await UploadAsync(file);
        var rows = await RowsAsync(batch.Id);
        rows[0].EnterpriseId.ShouldBe(team.Id);
        rows[0].Action.ShouldBe(ImportRowAction.Update);
        rows[0].NeedsReview.ShouldBeTrue();
        rows[0].Status.ShouldBe(ImportRowStatus.Warning);
        rows[0].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportTeamMatchedByName);
        rows[1].Status.ShouldBe(ImportRowStatus.Error);
        rows[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportTeamNeedsReview);
        rows[1].Candidates.ShouldHaveSingleItem().EnterpriseId.ShouldBe(team.Id);
        rows[2].Action.ShouldBe(ImportRowAction.Create);
        rows[2].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportTrackInferred && m.MessageZh == "未填组别，按类型视为创客组。");
        batch.ReviewRows.ShouldBe(1);
        batch.CanCommit.ShouldBeFalse();
        // The row to decide is an error row too, and is named once.
        batch.CommitBlockers.ShouldHaveSingleItem().Code.ShouldBe(CultivationDomainErrorCodes.ImportNeedsReview);
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin, s => s.CommitAsync(batch.Id))))
            .Code.ShouldBe(CultivationDomainErrorCodes.ImportNeedsReview);

        await fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Admin,
            s => s.ResolveRowAsync(batch.Id, 3, new ResolveImportRowInput { Resolution = ImportRowResolution.CreateNew }));
        var decided = await fixture.WaitAsync(TestPrincipals.Admin, batch.Id);
        decided.ReviewRows.ShouldBe(0);
        decided.CanCommit.ShouldBeTrue(Describe(decided, await RowsAsync(batch.Id)));
        decided.CommitBlockers.ShouldBeEmpty();
        var decidedRows = await RowsAsync(batch.Id);
        decidedRows[1].Action.ShouldBe(ImportRowAction.Create);
        decidedRows[1].Resolution.ShouldBe(ImportRowResolution.CreateNew);
        var committedTeams = await CommitAsync(batch.Id);
        committedTeams.Status.ShouldBe(ImportStatus.Committed);
        committedTeams.CreateRows.ShouldBe(2, Describe(committedTeams, await RowsAsync(batch.Id)));
        var updated = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.GetAsync(team.Id));
        updated.Awards.ShouldHaveSingleItem().ProjectName.ShouldBe("团队新项目");
        var teams = await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetEnterpriseListInput { Keyword = "匹配测试创客团队", MaxResultCount = 100 }));
        teams.Items.Count(i => i.Name == "匹配测试创客团队").ShouldBe(2, string.Join("; ", teams.Items.Select(i => $"{i.Id} {i.Name} {i.Kind}")) + " / " +
            string.Join("; ", (await RowsAsync(batch.Id)).Select(r => $"{r.RowNumber} {r.Action} {r.EnterpriseId} {r.EnterpriseName}")));
        (await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetEnterpriseListInput { Keyword = "全新的创客团队" }))).Items.ShouldHaveSingleItem().Kind.ShouldBe(EnterpriseKind.MakerTeam);
    }

    [Fact]
    public async Task Should_import_national_advancement_of_recorded_entries()
    {
        var edition = await fixture.NewEditionAsync();
        var (finalist, semifinalist) = (ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode());
        var withFinal = await NewEnterpriseAsync("晋级测试甲有限公司", finalist);
        await NewAwardAsync(withFinal.Id, edition.Id, "晋级项目");
        await NewEnterpriseAsync("晋级测试乙有限公司", semifinalist);
        var file = ImportTestFiles.Xlsx(["统一社会信用代码", "企业名称", "全国晋级", "全国晋级年份"],
            [finalist, "晋级测试甲有限公司", "500强", $"{edition.Year}年"],
            [semifinalist, "晋级测试乙有限公司", "全国企业组500强", edition.Year],
            [ImportSteps.NewCreditCode(), "不存在的有限公司", "50强", edition.Year]);

        var batch = await UploadAsync(file, "晋级.xlsx", edition.Id, ImportKind.NationalAdvancement);
        var rows = await RowsAsync(batch.Id);
        rows[0].Action.ShouldBe(ImportRowAction.Update, Describe(batch, rows));
        rows[0].Changes.ShouldContain(c => c.Field == "NationalAdvancement" && c.OldValue == null && c.NewValue == "全国企业组500强");
        rows[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportAwardNotFound);
        rows[2].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportEnterpriseNotFound);
    }

    [Fact]
    public async Task Should_import_yearly_figures_in_wan_or_yuan_as_the_headers_say()
    {
        var code = ImportSteps.NewCreditCode();
        var enterprise = await NewEnterpriseAsync("年报测试有限公司", code);
        var oddOrganisationCode = "91310115MA1K0000A1".FixCheck();
        await NewEnterpriseAsync("组织机构代码测试有限公司", oddOrganisationCode);
        var file = ImportTestFiles.Csv(ImportTestFiles.Gbk, bom: false,
            ["统一社会信用代码", "年度", "营业收入（万元）", "研发费用（元）", "从业人员数", "研发人员数", "Ⅰ类知识产权", "净利润（万元）"],
            [code, "2024年", "1,200", "350000", "85人", "20", "3", "-12.5"],
            [oddOrganisationCode, "2024", "10", null, null, null, null, null]);

        var batch = await UploadAsync(file, "年报.csv", kind: ImportKind.YearlyFigures);
        var rows = await RowsAsync(batch.Id);
        batch.Columns.ShouldContain(c => c.Key == "operating_revenue" && c.Multiplier == 10000m);
        batch.Columns.ShouldContain(c => c.Key == "rd_expense" && c.Multiplier == 1m);
        rows[0].Status.ShouldBe(ImportRowStatus.Ok, Describe(batch, rows));
        rows[1].Status.ShouldBe(ImportRowStatus.Warning);
        rows[1].Messages.ShouldContain(m => m.Code == CultivationDomainErrorCodes.ImportOrganisationCodeCheck && m.Column == "credit_code");
        (await CommitAsync(batch.Id)).Status.ShouldBe(ImportStatus.Committed);

        var figures = (await fixture.CallAsync<IEnterpriseFiguresAppService, ListResultDto<EnterpriseFiguresDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(enterprise.Id))).Items.ShouldHaveSingleItem();
        figures.Year.ShouldBe(2024);
        figures.OperatingRevenue.ShouldBe(12_000_000m);
        figures.RdExpense.ShouldBe(350_000m);
        figures.Employees.ShouldBe(85);
        figures.RdStaff.ShouldBe(20);
        figures.IpClassI.ShouldBe(3);
        figures.NetProfit.ShouldBe(-125_000m);
    }

    [Fact]
    public async Task Should_remember_which_import_set_each_field_and_show_it_in_the_history()
    {
        var edition = await fixture.NewEditionAsync();
        var (updatedCode, createdCode) = (ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode());
        var existing = await NewEnterpriseAsync("出处测试已有有限公司", updatedCode, address: "出处旧地址");
        var file = ImportTestFiles.Xlsx(Results,
            ["出处测试已有有限公司", updatedCode, "浦东", null, null, null, null, null, null, null, null, "出处新地址"],
            ["出处测试新建有限公司", createdCode, "浦东", null, "2016-06-16", null, edition.Year, "企业组", "预赛", null, "出处项目", null]);
        var batch = await CommitAsync((await UploadAsync(file, "出处.xlsx")).Id);
        batch.CommitterName.ShouldBe(TestData.Users.Admin);

        var provenance = (await fixture.CallAsync<IImportAppService, ListResultDto<ImportProvenanceDto>>(TestPrincipals.Admin,
            s => s.GetEnterpriseProvenanceAsync(existing.Id))).Items;
        var address = provenance.ShouldHaveSingleItem();
        (address.Entity, address.Field, address.Value, address.IsCurrent).ShouldBe(("Enterprise", "Address", "出处新地址", true));
        (address.ImportBatchId, address.FileName, address.RowNumber, address.CommitterName).ShouldBe((batch.Id, "出处.xlsx", 2, TestData.Users.Admin));
        address.FieldName.Zh.ShouldBe("地址");

        var history = await HistoryAsync(existing.Id);
        var change = history.Items.First();
        (change.ImportBatchId, change.ImportFileName, change.UserName).ShouldBe((batch.Id, "出处.xlsx", TestData.Users.Admin));
        change.PropertyChanges.ShouldContain(p => p.PropertyName == "Address" && p.OriginalValue == "出处旧地址" && p.NewValue == "出处新地址");

        var created = (await FindAsync(createdCode))!;
        var createdHistory = await HistoryAsync(created.Id);
        var creation = createdHistory.Items.Single(c => c.EntityType == "Enterprise");
        (creation.ChangeType, creation.ImportFileName).ShouldBe(("Created", "出处.xlsx"));
        creation.PropertyChanges.ShouldContain(p => p.PropertyName == "Name" && p.NewValue == "出处测试新建有限公司");
        creation.PropertyChanges.ShouldContain(p => p.PropertyName == "FoundedOn" && p.NewValue == "2016-06-16");
        createdHistory.Items.Single(c => c.EntityType == "AwardRecord").PropertyChanges
            .ShouldContain(p => p.PropertyName == "EditionId" && p.NewValue == edition.Id.ToString());
        var createdProvenance = (await fixture.CallAsync<IImportAppService, ListResultDto<ImportProvenanceDto>>(TestPrincipals.Admin, s => s.GetEnterpriseProvenanceAsync(created.Id))).Items;
        createdProvenance.ShouldContain(p => p.Entity == "AwardRecord" && p.Field == "ProjectName" && p.Value == "出处项目");
        createdProvenance.ShouldNotContain(p => p.Field == "EnterpriseId" || p.Field == "EditionId" || p.Field == "DistrictId" && p.Entity != "Enterprise");
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IImportAppService, ListResultDto<ImportProvenanceDto>>(
            TestPrincipals.XuhuiOfficer, s => s.GetEnterpriseProvenanceAsync(existing.Id)));
    }

    [Fact]
    public async Task Should_take_back_the_follow_up_plans_its_winners_started_when_nobody_worked_on_them()
    {
        var edition = await fixture.NewEditionAsync();
        var (code, newCode) = (ImportSteps.NewCreditCode(), ImportSteps.NewCreditCode());
        var existing = await NewEnterpriseAsync("跟踪引用测试有限公司", code);
        var file = ImportTestFiles.Xlsx(Results,
            ["跟踪引用测试有限公司", code, "浦东", null, null, null, edition.Year, "企业组", "决赛", "三等奖", "获奖项目", null],
            ["跟踪引用新建有限公司", newCode, "浦东", null, null, null, edition.Year, "企业组", "决赛", "优胜奖", "新建获奖项目", null]);
        var batch = await CommitAsync((await UploadAsync(file)).Id);
        batch.Status.ShouldBe(ImportStatus.Committed);
        (await fixture.PlansOfAsync(existing.Id)).ShouldHaveSingleItem();
        var newcomer = (await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetEnterpriseListInput { Keyword = newCode }))).Items.Single();
        (await RowsAsync(batch.Id)).Single(r => r.CreditCode == newCode).EnterpriseId.ShouldBe(newcomer.Id);

        var reverted = await fixture.RevertAsync(TestPrincipals.Admin, batch.Id);
        reverted.Status.ShouldBe(ImportStatus.Reverted, string.Join("; ", reverted.RevertConflicts.Select(c => c.Message.Zh)));
        (await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.GetAsync(existing.Id))).Awards.ShouldBeEmpty();
        (await fixture.PlansOfAsync(existing.Id)).ShouldBeEmpty();
        (await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetEnterpriseListInput { Keyword = newCode }))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_keep_a_worked_on_plan_and_its_enterprise_when_reverting_and_say_so()
    {
        var edition = await fixture.NewEditionAsync();
        var code = ImportSteps.NewCreditCode();
        var file = ImportTestFiles.Xlsx(Results,
            ["跟踪服务测试有限公司", code, "浦东", null, null, null, edition.Year, "企业组", "决赛", "优胜奖", "服务过的项目", null]);
        var batch = await CommitAsync((await UploadAsync(file)).Id);
        var created = (await fixture.CallAsync<IEnterpriseAppService, PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetEnterpriseListInput { Keyword = code }))).Items.Single();
        await fixture.CallAsync<Cultivation.FollowUps.IServiceRecordAppService, Cultivation.FollowUps.LogServiceResultDto>(TestPrincipals.PudongOfficer,
            s => s.LogAsync(created.Id, new Cultivation.FollowUps.LogServiceDto
            {
                ServedOn = new DateOnly(2025, 6, 2), Category = Cultivation.FollowUps.ServiceCategory.Financing,
                Channel = Cultivation.FollowUps.ServiceChannel.Visit, Summary = "上门走访"
            }));

        var reverted = await fixture.RevertAsync(TestPrincipals.Admin, batch.Id);
        reverted.Status.ShouldBe(ImportStatus.PartiallyReverted);
        var conflict = reverted.RevertConflicts.ShouldHaveSingleItem();
        (conflict.Entity, conflict.Code).ShouldBe(("Enterprise", CultivationDomainErrorCodes.ImportRevertReferenced));
        var plan = (await fixture.PlansOfAsync(created.Id)).ShouldHaveSingleItem();
        (plan.Status, plan.StatusReason).ShouldBe((Cultivation.FollowUps.FollowUpStatus.Closed, Cultivation.FollowUps.FollowUpPlanner.AwardRemovedReason));
        plan.LastServiceOn.ShouldBe(new DateOnly(2025, 6, 2));
    }



    [Theory]
    [InlineData(ImportKind.ContestResults)]
    [InlineData(ImportKind.NationalAdvancement)]
    [InlineData(ImportKind.YearlyFigures)]
    public async Task Should_offer_templates_whose_headers_the_import_reads(ImportKind kind)
    {
        foreach (var format in new[] { ExportFormat.Xlsx, ExportFormat.Csv })
        {
            var template = await fixture.CallAsync<IImportAppService, FileDto>(TestPrincipals.Reviewer,
                s => s.GetTemplateAsync(kind, new GetImportTemplateInput { Format = format }));
            template.FileName.ShouldEndWith(format == ExportFormat.Xlsx ? ".xlsx" : ".csv");
            var sheet = ImportSheetReader.Read(template.FileName, template.Content);
            var map = ImportColumnMap.Build(kind, sheet);
            map.Ignored.ShouldBeEmpty();
            map.Columns.Select(c => c.Column).ShouldBe(ImportColumnMap.ColumnsOf(kind));
            map.Columns.Where(c => c.Column.IsAmount).ShouldAllBe(c => c.Multiplier == 10_000m);
        }
    }

    [Fact]
    public async Task Should_report_progress_and_let_only_those_with_the_permissions_import()
    {
        var edition = await fixture.NewEditionAsync();
        var file = ImportTestFiles.Xlsx(Results, Enumerable.Range(0, 30).Select(i => new object?[]
        {
            $"进度测试{i}有限公司", ImportSteps.NewCreditCode(), "浦东", null, null, null, edition.Year, "企业组", "预赛", null, $"进度项目{i}", null
        }).ToArray());
        var batch = await UploadAsync(file);
        var progress = await fixture.CallAsync<IImportAppService, ImportProgressDto>(TestPrincipals.Reviewer, s => s.GetProgressAsync(batch.Id));
        (progress.Status, progress.IsInProgress, progress.RowsDone, progress.RowsTotal, progress.Percent).ShouldBe((ImportStatus.Validated, false, 30, 30, 100));

        await Should.ThrowAsync<CultivationAuthorizationException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Reviewer, s => s.CommitAsync(batch.Id)));
        await Should.ThrowAsync<CultivationAuthorizationException>(() => fixture.UploadAsync(TestPrincipals.Reviewer, ImportKind.ContestResults, "a.xlsx", file));
        await Should.ThrowAsync<CultivationAuthorizationException>(() => fixture.CallAsync<IImportAppService, PagedResultDto<ImportBatchDto>>(TestPrincipals.Investor,
            s => s.GetListAsync(new GetImportListInput())));
        var committed = await CommitAsync(batch.Id, TestPrincipals.Admin);
        (await fixture.CallAsync<IImportAppService, ImportProgressDto>(TestPrincipals.Admin, s => s.GetProgressAsync(committed.Id))).Status.ShouldBe(ImportStatus.Committed);
        await Should.ThrowAsync<CultivationAuthorizationException>(() => fixture.CallAsync<IImportAppService, ImportBatchDto>(TestPrincipals.Reviewer, s => s.RevertAsync(batch.Id)));
    }

    [Fact]
    public async Task Should_start_a_follow_up_plan_for_every_winner_an_import_creates()
    {
        var edition = await fixture.NewEditionAsync();
        var file = ImportTestFiles.Xlsx(Results, Enumerable.Range(0, 120).Select(i => new object?[]
        {
            $"批量获奖测试{i}有限公司", ImportSteps.NewCreditCode(), "浦东", null, null, null, edition.Year, "企业组", "决赛", "优胜奖", $"获奖项目{i}", null
        }).ToArray());
        var committed = await CommitAsync((await UploadAsync(file, user: TestPrincipals.PudongOfficer)).Id, TestPrincipals.PudongOfficer);
        committed.Status.ShouldBe(ImportStatus.Committed, committed.Failure?.MessageEn);

        var plans = await fixture.CallAsync<Cultivation.FollowUps.IFollowUpPlanAppService, PagedResultDto<Cultivation.FollowUps.FollowUpPlanDto>>(TestPrincipals.PudongOfficer,
            s => s.GetWorklistAsync(new Cultivation.FollowUps.GetWorklistInput { Keyword = "批量获奖测试", MaxResultCount = 1000 }));
        plans.TotalCount.ShouldBe(120);
        plans.Items.ShouldAllBe(p => p.EditionId == edition.Id && p.PrizeLevel == PrizeLevel.Excellence && p.DistrictId == TestData.PudongId);
    }

    /// <summary>A stream that says how long it is and fails if anyone reads it.</summary>
    private sealed class UnreadableStream(long length) : Stream
    {
        public bool WasRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            WasRead = true;
            throw new InvalidOperationException("The content was read.");
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class Import_Sqlite_Tests(ImportSqliteFixture fixture) : Import_Tests<ImportSqliteFixture>(fixture);

public sealed class Import_MariaDb_Tests(ImportMariaDbFixture fixture) : Import_Tests<ImportMariaDbFixture>(fixture);
