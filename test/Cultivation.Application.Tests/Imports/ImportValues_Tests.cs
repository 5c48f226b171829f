using System.Text;
using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.Imports;

namespace Cultivation.Application.Tests.Imports;

/// <summary>How cells written by people and their tools are read: no database needed.</summary>
public sealed class ImportValues_Tests
{
    [Theory]
    [InlineData("2024-09-30")]
    [InlineData("2024/9/30")]
    [InlineData("2024.9.30")]
    [InlineData("2024年9月30日")]
    [InlineData("2024年09月30号")]
    [InlineData("20240930")]
    [InlineData("２０２４－０９－３０")]
    [InlineData(" 2024-09-30 00:00:00 ")]
    public void Should_read_dates_in_the_usual_chinese_and_iso_forms(string text)
    {
        ImportValues.TryDate(text, ImportFileFormat.Csv, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(2024, 9, 30));
    }

    [Fact]
    public void Should_read_excel_serial_dates_and_date_cells_in_workbooks_only()
    {
        ImportValues.TryDate(45565d, ImportFileFormat.Xlsx, out var serial).ShouldBeTrue();
        serial.ShouldBe(new DateOnly(2024, 9, 30));
        ImportValues.TryDate(20240930d, ImportFileFormat.Xlsx, out var compact).ShouldBeTrue();
        compact.ShouldBe(new DateOnly(2024, 9, 30));
        ImportValues.TryDate(new DateTime(2024, 9, 30), ImportFileFormat.Xlsx, out var cell).ShouldBeTrue();
        cell.ShouldBe(new DateOnly(2024, 9, 30));
        ImportValues.TryDate("45565", ImportFileFormat.Csv, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2023年2月29日")]
    [InlineData("next week")]
    public void Should_refuse_what_is_not_a_date(string text) => ImportValues.TryDate(text, ImportFileFormat.Csv, out _).ShouldBeFalse();

    [Theory]
    [InlineData("1,234.5", 1, 1234.5)]
    [InlineData("１２３４", 1, 1234)]
    [InlineData("1234", 10000, 12_340_000)]
    [InlineData("12.3456", 10000, 123_456)]
    [InlineData("12万", 1, 120_000)]
    [InlineData("12万元", 1, 120_000)]
    [InlineData("120000元", 10000, 120_000)]
    [InlineData("￥ 3,000", 1, 3000)]
    [InlineData("-50", 10000, -500_000)]
    public void Should_read_amounts_in_yuan_or_wan_as_the_header_or_the_cell_says(string text, int headerMultiplier, double yuan)
    {
        ImportValues.TryAmount(text, headerMultiplier, out var amount).ShouldBeTrue();
        amount.ShouldBe((decimal)yuan);
    }

    [Fact]
    public void Should_read_workbook_numbers_and_refuse_text_as_an_amount()
    {
        ImportValues.TryAmount(250.5d, 10000m, out var amount).ShouldBeTrue();
        amount.ShouldBe(2_505_000m);
        ImportValues.TryAmount("about 5", 1m, out _).ShouldBeFalse();
        ImportValues.TryInteger("85人", out var staff).ShouldBeTrue();
        staff.ShouldBe(85);
        ImportValues.TryInteger("8.5", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("一等奖", PrizeLevel.First)]
    [InlineData("一等", PrizeLevel.First)]
    [InlineData("1", PrizeLevel.First)]
    [InlineData("First", PrizeLevel.First)]
    [InlineData("first prize", PrizeLevel.First)]
    [InlineData("二等奖", PrizeLevel.Second)]
    [InlineData("2", PrizeLevel.Second)]
    [InlineData("Third", PrizeLevel.Third)]
    [InlineData("优胜奖", PrizeLevel.Excellence)]
    [InlineData("Ｅｘｃｅｌｌｅｎｃｅ", PrizeLevel.Excellence)]
    public void Should_read_prizes_written_in_any_of_the_usual_ways(string text, PrizeLevel expected)
    {
        ImportValues.Prizes.TryParse(text, out var level).ShouldBeTrue();
        level.ShouldBe(expected);
    }

    [Fact]
    public void Should_read_tracks_stages_advancements_and_none()
    {
        ImportValues.Tracks.TryParse("创客组", out var track).ShouldBeTrue();
        track.ShouldBe(ContestTrack.Maker);
        ImportValues.Stages.TryParse("semi-final", out var stage).ShouldBeTrue();
        stage.ShouldBe(ContestStage.Semifinal);
        ImportValues.Advancements.TryParse("100强", out var advancement).ShouldBeTrue();
        advancement.ShouldBe(NationalAdvancement.MakerTop100);
        ImportValues.IsNone("无").ShouldBeTrue();
        ImportValues.Prizes.TryParse("特等奖", out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_clean_full_width_letters_digits_and_spaces_in_text_but_keep_chinese_punctuation()
    {
        ImportValues.Text("\u3000上海ＡＢＣ１科技 （集团）  有限公司 ").ShouldBe("上海ABC1科技 （集团） 有限公司");
        ImportValues.Text(" — ").ShouldBeNull();
        ImportValues.Text(45565d).ShouldBe("45565");
    }

    [Fact]
    public void Should_upper_case_and_check_credit_codes_written_in_full_width_with_spaces()
    {
        var code = ImportSteps.NewCreditCode();
        var fullWidth = string.Concat(code.ToLowerInvariant().Select(c => c is >= '0' and <= '9' or >= 'a' and <= 'z' ? (char)(c + 0xFEE0) : c));
        CreditCode.TryParse($" {fullWidth[..6]}\u3000{fullWidth[6..]} ", out var parsed).ShouldBeTrue();
        parsed.Value.ShouldBe(code);
        parsed.HasValidOrganisationCode.ShouldBeTrue();
    }

    [Theory]
    [InlineData("企业名称", "name", 1)]
    [InlineData("*企业名称", "name", 1)]
    [InlineData("Credit Code", "credit_code", 1)]
    [InlineData("ＣＲＥＤＩＴ＿ＣＯＤＥ", "credit_code", 1)]
    [InlineData("所属区", "district", 1)]
    [InlineData("营业收入（万元）", "operating_revenue", 10000)]
    [InlineData("营业收入(元)", "operating_revenue", 1)]
    [InlineData("营业收入", "operating_revenue", 1)]
    [InlineData("operating_revenue_wan", "operating_revenue", 10000)]
    [InlineData("Ⅰ类知识产权", "ip_class_i", 1)]
    [InlineData("I类知识产权", "ip_class_i", 1)]
    [InlineData("注册资本（元）", "registered_capital", 1)]
    public void Should_match_headers_in_chinese_or_english_by_the_alias_list(string header, string key, int multiplier)
    {
        var match = EnterpriseSheetColumns.Match(header, EnterpriseSheetColumns.All).ShouldNotBeNull();
        match.Column.Key.ShouldBe(key);
        match.Multiplier.ShouldBe(multiplier);
    }

    [Theory]
    [InlineData("备注")]
    [InlineData("企业名称（万元）")]
    [InlineData("")]
    public void Should_not_match_what_is_not_a_column(string header) =>
        EnterpriseSheetColumns.Match(header, EnterpriseSheetColumns.All).ShouldBeNull();

    [Fact]
    public void Should_export_headers_that_the_import_reads_back_as_the_same_columns()
    {
        foreach (var column in EnterpriseSheetColumns.Export)
        {
            EnterpriseSheetColumns.Match(column.Header, EnterpriseSheetColumns.ContestResults).ShouldNotBeNull().Column.ShouldBe(column);
        }
    }

    [Fact]
    public void Should_decode_csv_as_utf8_with_or_without_bom_and_otherwise_as_gb18030()
    {
        const string text = "企业名称,所属区\r\n浦东测试,浦东新区\r\n";
        ImportSheetReader.Decode(Encoding.UTF8.GetBytes(text)).ShouldBe((text, "UTF-8"));
        ImportSheetReader.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]).ShouldBe((text, "UTF-8 (BOM)"));
        ImportSheetReader.Decode(ImportTestFiles.Gbk.GetBytes(text)).ShouldBe((text, "GB18030"));
    }

    [Theory]
    [InlineData("4500000", "zh-CN", "450.00 万元")]
    [InlineData("12345678.9", "zh-CN", "1,234.56789 万元")]
    [InlineData("-123456", "zh-CN", "-12.3456 万元")]
    [InlineData("12345.67", "zh-CN", "1.234567 万元")]
    [InlineData("4500000", "en", "450.00 (10k yuan)")]
    public void Should_show_amounts_in_ten_thousands_of_yuan(string yuan, string culture, string shown)
    {
        ImportTexts.DisplayValue(ImportFields.Enterprise, nameof(Enterprise.RegisteredCapital), yuan, new Dictionary<Guid, Cultivation.Districts.District>(),
            new Dictionary<Guid, Cultivation.IndustryFields.IndustryField>(), new System.Globalization.CultureInfo(culture)).ShouldBe(shown);
    }
}
