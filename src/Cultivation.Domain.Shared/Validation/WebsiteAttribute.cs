using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Cultivation.Localization;

namespace Cultivation.Validation;

/// <summary>Accepts null or empty (use [Required] for that) and any address <see cref="WebsiteRules"/> accepts.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class WebsiteAttribute : ValidationAttribute
{
    public WebsiteAttribute() => ErrorMessage = "Validation:Url";

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || WebsiteRules.IsValid(text.Trim());

    /// <summary>Localized here: MVC localizes only the attributes it has adapters for.</summary>
    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, JsonLocalizationStore.Instance.Find(ErrorMessageString, CultureInfo.CurrentUICulture) ?? ErrorMessageString, name);
}
