using System.Collections.Concurrent;
using System.Reflection;
using Cultivation.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cultivation.Security;

/// <summary>
/// Checks the permission of the application-service method an action calls before model binding and validation
/// run, so a caller without it gets 403 (401 when not signed in) and never field errors about input it may not
/// send. The method is the one <see cref="AppServiceMethodAttribute"/> names, else the action's namesake on the
/// application services the controller is built with; the service's own proxy checks again on the call itself.
/// </summary>
public sealed class AppServicePermissionFilter(AppServiceActionMap actions) : IAsyncAuthorizationFilter
{
    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.ActionDescriptor is not ControllerActionDescriptor action
            || actions.Find(action) is not { } target)
        {
            return Task.CompletedTask;
        }
        var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        return AppServiceAuthorization.AuthorizeAsync(authorization, context.HttpContext.User,
            AppServiceAuthorization.PoliciesOf(target.ImplementationType, target.Method));
    }
}

/// <summary>The application-service method behind each controller action.</summary>
public sealed class AppServiceActionMap(IEnumerable<AppServiceDescriptor> services)
{
    private readonly Dictionary<Type, Type> _implementations = services.ToDictionary(s => s.ServiceType, s => s.ImplementationType);
    private readonly ConcurrentDictionary<MethodInfo, AppServiceMethod?> _byAction = new();

    public AppServiceMethod? Find(ControllerActionDescriptor action) => _byAction.GetOrAdd(action.MethodInfo, _ => Resolve(action));

    private AppServiceMethod? Resolve(ControllerActionDescriptor action)
    {
        if (action.MethodInfo.GetCustomAttribute<AppServiceMethodAttribute>() is { } named)
        {
            return _implementations.TryGetValue(named.ServiceType, out var implementation)
                && named.ServiceType.GetMethods().Where(m => m.Name == named.MethodName).ToList() is [var method]
                ? new AppServiceMethod(implementation, method)
                : null;
        }
        var candidates = action.ControllerTypeInfo.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Select(p => p.ParameterType)
            .Where(_implementations.ContainsKey)
            .Distinct()
            .SelectMany(service => service.GetMethods()
                .Where(m => m.Name == action.MethodInfo.Name)
                .Select(m => new AppServiceMethod(_implementations[service], m)))
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }
}

public sealed record AppServiceMethod(Type ImplementationType, MethodInfo Method);
