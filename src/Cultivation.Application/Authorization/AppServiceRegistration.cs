using Cultivation.Authorization;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;

namespace Microsoft.Extensions.DependencyInjection;

public static class AppServiceRegistration
{
    /// <summary>Registers an application service behind its interface, with its [Authorize] attributes enforced on every call.</summary>
    public static IServiceCollection AddAppService<TService, TImplementation>(this IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.AddSingleton(new AppServiceDescriptor(typeof(TService), typeof(TImplementation)));
        services.AddScoped<TImplementation>();
        services.AddScoped<TService>(sp => AuthorizingProxy<TService>.Create(
            sp.GetRequiredService<TImplementation>(),
            sp.GetRequiredService<IAuthorizationService>(),
            sp.GetRequiredService<ICurrentPrincipalAccessor>()));
        return services;
    }
}
