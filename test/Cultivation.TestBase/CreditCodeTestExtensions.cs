using Cultivation.Enterprises;

namespace Cultivation;

public static class CreditCodeTestExtensions
{
    /// <summary>Replaces the last character with the right check character: "91310115MA1K0000A1".FixCheck() is valid.</summary>
    public static string FixCheck(this string code) => code[..17] + CreditCodeRules.ComputeCheckCharacter(code.AsSpan(0, 17));
}
