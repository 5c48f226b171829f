using System.ComponentModel.DataAnnotations;

namespace Cultivation.Validation;

/// <summary>Refuses text with control characters or bidi overrides (<see cref="TextRules"/>). The HTTP layer puts it on every string input.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    public PlainTextAttribute() => ErrorMessage = "Validation:PlainText";

    public override bool IsValid(object? value) => value is not string text || !TextRules.ContainsForbiddenCharacters(text);
}
