using System.Text;
using Cultivation.Enterprises;
using MiniExcelLibs;

namespace Cultivation.Application.Tests.Enterprises;

public abstract class EnterpriseExport_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    [Fact]
    public async Task Should_export_an_officers_filtered_list_as_csv_with_only_their_district()
    {
        var file = await fixture.CallAsync<IEnterpriseExportAppService, FileDto>(TestPrincipals.PudongOfficer,
            s => s.ExportAsync(new ExportEnterprisesInput { Format = ExportFormat.Csv }));

        file.FileName.ShouldEndWith(".csv");
        file.Content.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("企业名称,统一社会信用代码,类型,所属区");
        lines.Skip(1).ShouldAllBe(l => l.Contains("浦东新区"));
        lines.ShouldContain(l => l.Contains(TestData.PudongCompanyCode) && l.Contains("一等奖") && l.Contains("全国企业组500强"));
        lines.ShouldNotContain(l => l.Contains(TestData.XuhuiCompanyCode));
    }

    [Fact]
    public async Task Should_export_xlsx_that_reads_back_with_the_same_headers()
    {
        var file = await fixture.CallAsync<IEnterpriseExportAppService, FileDto>(TestPrincipals.Admin,
            s => s.ExportAsync(new ExportEnterprisesInput { Format = ExportFormat.Xlsx, Keyword = "徐汇测试" }));
        using var stream = new MemoryStream(file.Content);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.ShouldHaveSingleItem();
        row["统一社会信用代码"].ShouldBe(TestData.XuhuiCompanyCode);
        row["奖项"].ShouldBe("优胜奖");
        row.Keys.ShouldBe(EnterpriseSheetColumns.ListExport.Select(c => c.Header));
    }

    [Fact]
    public async Task Should_export_rows_in_the_lists_order_for_any_sort()
    {
        foreach (var sorting in new[] { "creditCode desc", "name asc", "foundedOn desc" })
        {
            var input = new ExportEnterprisesInput { Format = ExportFormat.Xlsx, Sorting = sorting };
            var listed = await fixture.CallAsync<IEnterpriseAppService, Cultivation.Dtos.PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Admin,
                s => s.GetListAsync(new GetEnterpriseListInput { Sorting = sorting, MaxResultCount = 1000 }));
            var file = await fixture.CallAsync<IEnterpriseExportAppService, FileDto>(TestPrincipals.Admin, s => s.ExportAsync(input));
            using var stream = new MemoryStream(file.Content);
            var exported = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => (string?)r["企业名称"]).ToList();

            exported.Count.ShouldBeGreaterThan(1);
            exported.ShouldBe(listed.Items.Select(i => (string?)i.Name).ToList(), sorting);
        }
    }

    [Fact]
    public async Task Should_neutralise_formulas_in_csv_text_and_keep_them_as_plain_text_in_xlsx()
    {
        const string name = "=HYPERLINK(\"http://evil.example\",\"点击\")公式测试";
        await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company,
            Name = name,
            CreditCode = "91310115MA1K0FX0A1".FixCheck(),
            DistrictId = TestData.PudongId,
            LeadName = "@SUM(A1:A9)",
            LeadGender = Gender.Male
        }));

        var csv = await fixture.CallAsync<IEnterpriseExportAppService, FileDto>(TestPrincipals.Admin,
            s => s.ExportAsync(new ExportEnterprisesInput { Format = ExportFormat.Csv, Keyword = "公式测试" }));
        var text = Encoding.UTF8.GetString(csv.Content);
        text.ShouldContain("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")公式测试\"");
        text.ShouldContain(",'@SUM(A1:A9),");

        var xlsx = await fixture.CallAsync<IEnterpriseExportAppService, FileDto>(TestPrincipals.Admin,
            s => s.ExportAsync(new ExportEnterprisesInput { Format = ExportFormat.Xlsx, Keyword = "公式测试" }));
        using var stream = new MemoryStream(xlsx.Content);
        var row = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ShouldHaveSingleItem();
        row["企业名称"].ShouldBe(name);
    }

    [Fact]
    public async Task Should_refuse_export_to_readers_without_the_export_permission()
    {
        await Should.ThrowAsync<Cultivation.Authorization.CultivationAuthorizationException>(() => fixture.CallAsync<IEnterpriseExportAppService, FileDto>(
            TestPrincipals.Investor, s => s.ExportAsync(new ExportEnterprisesInput())));
    }
}

public sealed class EnterpriseExport_Sqlite_Tests(SqliteFixture fixture) : EnterpriseExport_Tests<SqliteFixture>(fixture);

public sealed class EnterpriseExport_MariaDb_Tests(MariaDbFixture fixture) : EnterpriseExport_Tests<MariaDbFixture>(fixture);
