using System.Text;

namespace Cultivation.Enterprises;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set, the last a check character
/// over the first 17 with weights 3^(i-1) mod 31. Positions 3–8 are the registering authority's
/// division code (digits); positions 9–17 are the 组织机构代码 (GB 11714) with its own check character.
/// Clients need the same rule, so it lives here.
/// </summary>
public static class CreditCodeRules
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Upper-cases, trims and turns full-width characters into their ASCII forms.</summary>
    /// <remarks>Input of any length is safe: the result is built on the heap (a stack buffer sized by the input
    /// once let one long request overflow the stack and end the process).</remarks>
    public static string Normalize(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, EnterpriseConsts.CreditCodeLength * 2));
        foreach (var c in value)
        {
            var ch = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (char.IsWhiteSpace(ch) || ch == '\u3000')
            {
                continue;
            }
            builder.Append(char.ToUpperInvariant(ch));
        }
        return builder.ToString();
    }

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != EnterpriseConsts.CreditCodeLength)
        {
            return false;
        }
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }
        var check = ComputeCheckCharacter(value.AsSpan(0, 17));
        return check is not null && check == value[17];
    }

    /// <summary>The check character for the first 17 characters, or null if one is outside the alphabet.</summary>
    public static char? ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return null;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                return null;
            }
            sum += value * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>
    /// Whether positions 9–17 carry a valid GB 11714 organisation-code check character. Some codes
    /// issued after 2015 do not follow it, so callers treat a failure as a warning only.
    /// </summary>
    public static bool HasValidOrganisationCode(string value) =>
        value.Length == EnterpriseConsts.CreditCodeLength
        && ComputeOrganisationCheckCharacter(value.AsSpan(8, 8)) is { } check
        && value[16] == check;

    /// <summary>The GB 11714 check character of an 8-character organisation-code body, or null if it has other characters.</summary>
    public static char? ComputeOrganisationCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 8)
        {
            return null;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            int value = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => -1
            };
            if (value < 0)
            {
                return null;
            }
            sum += value * OrganisationWeights[i];
        }
        var check = 11 - sum % 11;
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }
}
