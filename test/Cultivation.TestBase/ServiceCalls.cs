using System.Security.Claims;
using Cultivation.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation;

/// <summary>Runs code in a scope of its own (like one request) as a given user, over any root container.</summary>
public static class ServiceCalls
{
    public static async Task<T> RunAsync<T>(this IServiceProvider root, ClaimsPrincipal? user, Func<IServiceProvider, Task<T>> action)
    {
        using var _ = root.GetRequiredService<ICurrentPrincipalAccessor>().Change(user);
        await using var scope = root.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public static Task RunAsync(this IServiceProvider root, ClaimsPrincipal? user, Func<IServiceProvider, Task> action) =>
        root.RunAsync(user, async sp =>
        {
            await action(sp);
            return true;
        });

    /// <summary>Calls an application service as <paramref name="user"/>, through its authorization proxy.</summary>
    public static Task<T> CallAsync<TService, T>(this IServiceProvider root, ClaimsPrincipal? user, Func<TService, Task<T>> call)
        where TService : notnull =>
        root.RunAsync(user, sp => call(sp.GetRequiredService<TService>()));

    public static Task CallAsync<TService>(this IServiceProvider root, ClaimsPrincipal? user, Func<TService, Task> call)
        where TService : notnull =>
        root.RunAsync(user, sp => call(sp.GetRequiredService<TService>()));
}
