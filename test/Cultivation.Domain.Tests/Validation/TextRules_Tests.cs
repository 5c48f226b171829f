using Cultivation.Validation;

namespace Cultivation.Domain.Tests.Validation;

public class TextRules_Tests
{
    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0007")]
    [InlineData("\u001B[31m")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\u202A")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2069")]
    public void Should_forbid_control_characters_and_bidi_overrides(string inside) =>
        TextRules.ContainsForbiddenCharacters($"上海{inside}科技有限公司").ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("上海（测试）科技有限公司")]
    [InlineData("第一行\r\n第二行\t制表")]
    [InlineData("ＡＢＣ　全角")]
    [InlineData("\u200E\u200F")]
    public void Should_allow_ordinary_text_tabs_and_line_breaks(string? text) =>
        TextRules.ContainsForbiddenCharacters(text).ShouldBeFalse();
}
