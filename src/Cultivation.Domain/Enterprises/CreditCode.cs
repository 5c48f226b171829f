using Cultivation.Exceptions;

namespace Cultivation.Enterprises;

/// <summary>A valid 统一社会信用代码 (GB 32100-2015), normalised to upper-case ASCII.</summary>
public readonly record struct CreditCode
{
    private CreditCode(string value) => Value = value;

    public string Value { get; }

    public static CreditCode Parse(string? text, string field = "creditCode")
    {
        if (TryParse(text, out var code))
        {
            return code;
        }
        throw new BusinessException(CultivationDomainErrorCodes.InvalidCreditCode, field, text ?? string.Empty);
    }

    public static bool TryParse(string? text, out CreditCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var normalized = CreditCodeRules.Normalize(text);
        if (!CreditCodeRules.IsValid(normalized))
        {
            return false;
        }
        code = new CreditCode(normalized);
        return true;
    }

    /// <summary>Positions 3–8: the registering authority's division code (Shanghai's start with 31).</summary>
    public string DivisionCode => Value.Substring(2, 6);

    public bool HasValidOrganisationCode => CreditCodeRules.HasValidOrganisationCode(Value);

    public override string ToString() => Value;
}
