using Cultivation.Enterprises;
using Cultivation.Exceptions;

namespace Cultivation.Domain.Tests.Enterprises;

public class CreditCode_Tests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91310000MA1K000006")]
    public void Should_accept_the_standard_examples(string code)
    {
        CreditCode.Parse(code).Value.ShouldBe(code);
    }

    [Fact]
    public void Should_reject_every_single_changed_character()
    {
        const string valid = "91350100M000100Y43";
        var rejected = 0;
        for (var position = 0; position < valid.Length; position++)
        {
            foreach (var replacement in CreditCodeRules.Alphabet.Where(c => c != valid[position]))
            {
                var changed = valid[..position] + replacement + valid[(position + 1)..];
                CreditCode.TryParse(changed, out _).ShouldBeFalse(changed);
                rejected++;
            }
        }
        rejected.ShouldBe(18 * 30);
    }

    [Theory]
    [InlineData(" 91350100m000100y43 ")]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")]
    [InlineData("9135 0100 M000 100Y 43")]
    public void Should_normalise_case_spaces_and_full_width_characters(string input)
    {
        CreditCode.Parse(input).Value.ShouldBe("91350100M000100Y43");
    }

    [Theory]
    [InlineData("")]
    [InlineData("9135010M000100Y43")]
    [InlineData("91350100M000100Y430")]
    [InlineData("9135010AM000100Y43")]
    [InlineData("91350100I000100Y43")]
    public void Should_reject_wrong_length_letters_in_the_division_code_and_characters_outside_the_set(string input)
    {
        var error = Should.Throw<BusinessException>(() => CreditCode.Parse(input));
        error.Code.ShouldBe(CultivationDomainErrorCodes.InvalidCreditCode);
        error.Field.ShouldBe("creditCode");
    }

    [Fact]
    public void Should_tell_whether_the_embedded_organisation_code_checks_out()
    {
        CreditCode.Parse("91350100M000100Y43").HasValidOrganisationCode.ShouldBeTrue();
        CreditCodeRules.ComputeOrganisationCheckCharacter("D2143569").ShouldBe('X');
        CreditCode.Parse("91310000MA1K000006").DivisionCode.ShouldBe("310000");
    }
}
