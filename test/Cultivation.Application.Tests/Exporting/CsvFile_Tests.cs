using System.Text;
using Cultivation.Exporting;

namespace Cultivation.Application.Tests.Exporting;

public class CsvFile_Tests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("浦东新区", "浦东新区")]
    [InlineData("", "")]
    public void Should_neutralise_text_a_spreadsheet_would_run(string text, string expected) =>
        CsvFile.Cell(text).ShouldBe(expected);

    [Fact]
    public void Should_keep_numbers_as_numbers_and_quote_separators()
    {
        var bytes = CsvFile.Write(["区", "逾期天数", "比率"], [new object?[] { "浦东,新区", -3, 0.5 }]);

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').ShouldBe("区,逾期天数,比率\r\n\"浦东,新区\",-3,0.5\r\n");
    }
}
