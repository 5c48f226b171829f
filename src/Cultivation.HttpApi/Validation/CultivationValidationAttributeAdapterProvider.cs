using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace Cultivation.Validation;

/// <summary>MVC localizes only attributes that have an adapter; this gives our own attributes (credit code) one.</summary>
public sealed class CultivationValidationAttributeAdapterProvider : IValidationAttributeAdapterProvider
{
    private readonly ValidationAttributeAdapterProvider _default = new();

    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer) =>
        attribute is CreditCodeAttribute creditCode
            ? new LocalizedAttributeAdapter<CreditCodeAttribute>(creditCode, stringLocalizer)
            : _default.GetAttributeAdapter(attribute, stringLocalizer);

    private sealed class LocalizedAttributeAdapter<TAttribute>(TAttribute attribute, IStringLocalizer? stringLocalizer)
        : AttributeAdapterBase<TAttribute>(attribute, stringLocalizer)
        where TAttribute : ValidationAttribute
    {
        public override void AddValidation(ClientModelValidationContext context)
        {
        }

        public override string GetErrorMessage(ModelValidationContextBase validationContext) =>
            GetErrorMessage(validationContext.ModelMetadata, validationContext.ModelMetadata.GetDisplayName());
    }
}
