using System.ComponentModel.DataAnnotations;
using Cultivation.Enterprises;

namespace Cultivation.Validation;

/// <summary>Accepts null or empty (use [Required] for that) and any valid 统一社会信用代码, in any case.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class CreditCodeAttribute : ValidationAttribute
{
    public CreditCodeAttribute() => ErrorMessage = "Validation:CreditCode";

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || CreditCodeRules.IsValid(CreditCodeRules.Normalize(text));
}
