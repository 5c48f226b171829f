using System.ComponentModel.DataAnnotations;
using Cultivation.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Cultivation.Validation;

/// <summary>
/// Gives every validation attribute a localized message ("Validation:&lt;Attribute&gt;") and every field a
/// localized display name ("DisplayName:&lt;Property&gt;"), so DTOs need no message strings of their own.
/// </summary>
public sealed class LocalizedValidationMetadataProvider(IStringLocalizerFactory localizerFactory)
    : IValidationMetadataProvider, IDisplayMetadataProvider
{
    private readonly IStringLocalizer _localizer = localizerFactory.Create(typeof(CultivationResource));

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        AddInputRules(context);
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            // Framework attributes report their English default as ErrorMessage, so "not set" cannot be told
            // from "set": our DTOs never set their own message, so every attribute gets the localized key.
            if (attribute.ErrorMessageResourceName is null && attribute.ErrorMessage?.StartsWith("Validation:", StringComparison.Ordinal) != true)
            {
                attribute.ErrorMessage = attribute is StringLengthAttribute { MinimumLength: > 0 }
                    ? "Validation:StringLengthRange"
                    : "Validation:" + attribute.GetType().Name.Replace("Attribute", string.Empty, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// Every string a client sends is plain text and every date a plausible one, without each DTO having to say so:
    /// a rule that must hold everywhere is not left to be remembered field by field.
    /// </summary>
    private static void AddInputRules(ValidationMetadataProviderContext context)
    {
        if (context.Key.MetadataKind is not (ModelMetadataKind.Property or ModelMetadataKind.Parameter))
        {
            return;
        }
        var validators = context.ValidationMetadata.ValidatorMetadata;
        var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
        if (type == typeof(string) && !validators.OfType<PlainTextAttribute>().Any())
        {
            validators.Add(new PlainTextAttribute());
        }
        if ((type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset))
            && !validators.OfType<PlausibleDateAttribute>().Any())
        {
            validators.Add(new PlausibleDateAttribute());
        }
    }

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.Name is not { } name || context.DisplayMetadata.DisplayName is not null)
        {
            return;
        }
        context.DisplayMetadata.DisplayName = () =>
        {
            var text = _localizer["DisplayName:" + name];
            return text.ResourceNotFound ? name : text.Value;
        };
    }
}
