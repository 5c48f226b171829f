using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace Cultivation.Validation;

/// <summary>MVC localizes only attributes that have an adapter; this gives our own attributes (credit code, plain text, plausible date) one.</summary>
public sealed class CultivationValidationAttributeAdapterProvider : IValidationAttributeAdapterProvider
{
    private readonly ValidationAttributeAdapterProvider _default = new();

    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer) => attribute switch
    {
        CreditCodeAttribute creditCode => new LocalizedAttributeAdapter<CreditCodeAttribute>(creditCode, stringLocalizer),
        PlainTextAttribute plainText => new LocalizedAttributeAdapter<PlainTextAttribute>(plainText, stringLocalizer),
        PlausibleDateAttribute date => new LocalizedAttributeAdapter<PlausibleDateAttribute>(date, stringLocalizer,
            PlausibleDateAttribute.MinYear, PlausibleDateAttribute.MaxYear),
        _ => _default.GetAttributeAdapter(attribute, stringLocalizer)
    };

    private sealed class LocalizedAttributeAdapter<TAttribute>(TAttribute attribute, IStringLocalizer? stringLocalizer, params object[] arguments)
        : AttributeAdapterBase<TAttribute>(attribute, stringLocalizer)
        where TAttribute : ValidationAttribute
    {
        public override void AddValidation(ClientModelValidationContext context)
        {
        }

        public override string GetErrorMessage(ModelValidationContextBase validationContext) =>
            GetErrorMessage(validationContext.ModelMetadata, [validationContext.ModelMetadata.GetDisplayName(), .. arguments]);
    }
}
