using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Cultivation.Localization;
using Cultivation.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Microsoft.Extensions.DependencyInjection;

public static class CultivationHttpApiServiceCollectionExtensions
{
    /// <summary>The controllers of every module, JSON with enum names, and localized validation.</summary>
    public static IMvcBuilder AddCultivationHttpApi(this IServiceCollection services)
    {
        services.AddCultivationLocalization();
        services.AddSingleton<IValidationAttributeAdapterProvider, CultivationValidationAttributeAdapterProvider>();
        var builder = services
            .AddControllers()
            .AddApplicationPart(typeof(CultivationHttpApiServiceCollectionExtensions).Assembly)
            .AddJsonOptions(o =>
            {
                ConfigureJson(o.JsonSerializerOptions);
                o.AllowInputFormatterExceptionMessages = false;
            })
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(CultivationResource)))
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = ValidationProblemFactory.Create);

        // The OpenAPI generator reads these options: the document then matches what the API sends.
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, localizerFactory) =>
        {
            o.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider());
            o.ModelMetadataDetailsProviders.Add(new LocalizedValidationMetadataProvider(localizerFactory));
            var localizer = localizerFactory.Create(typeof(CultivationResource));
            var messages = o.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(_ => localizer["Validation:InvalidValue"]);
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => localizer["Validation:InvalidValue"]);
            messages.SetValueMustBeANumberAccessor(_ => localizer["Validation:InvalidValue"]);
            messages.SetMissingBindRequiredValueAccessor(_ => localizer["Validation:Required"]);
            messages.SetValueMustNotBeNullAccessor(_ => localizer["Validation:Required"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["Validation:BodyRequired"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => localizer["Validation:InvalidValue"]);
            messages.SetUnknownValueIsInvalidAccessor(_ => localizer["Validation:InvalidValue"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["Validation:InvalidValue"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Validation:InvalidValue"]);
            messages.SetMissingKeyOrValueAccessor(() => localizer["Validation:Required"]);
        });
        return builder;
    }

    /// <summary>Enums by name, numbers as numbers, Chinese text readable (HTML-sensitive characters still escaped).</summary>
    private static void ConfigureJson(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    }
}
