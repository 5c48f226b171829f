using Cultivation.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Microsoft.Extensions.DependencyInjection;

public static class CultivationLocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddCultivationLocalization(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, JsonStringLocalizerFactory>());
        services.Replace(ServiceDescriptor.Transient(typeof(IStringLocalizer<>), typeof(JsonStringLocalizer<>)));
        return services;
    }
}
