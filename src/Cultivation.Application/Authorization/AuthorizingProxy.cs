using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Authorization;

/// <summary>
/// Enforces the [Authorize(permission)] attributes of an application service (class and method level,
/// all must pass) before any call reaches it, whoever the caller is: a controller, a job, a test. ABP does
/// this with a dynamic-proxy interceptor; here it is the BCL's DispatchProxy over the service interface.
/// </summary>
public class AuthorizingProxy<TService> : DispatchProxy
    where TService : class
{
    private static readonly MethodInfo InvokeGenericTaskMethod =
        typeof(AuthorizingProxy<TService>).GetMethod(nameof(InvokeTaskOfT), BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly ConcurrentDictionary<Type, MethodInfo> InvokersByResult = new();

    private TService _target = null!;
    private IAuthorizationService _authorization = null!;
    private ICurrentPrincipalAccessor _principalAccessor = null!;

    public static TService Create(TService target, IAuthorizationService authorization, ICurrentPrincipalAccessor principalAccessor)
    {
        var proxy = Create<TService, AuthorizingProxy<TService>>();
        var self = (AuthorizingProxy<TService>)(object)proxy;
        self._target = target;
        self._authorization = authorization;
        self._principalAccessor = principalAccessor;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(method);
        var policies = AppServiceAuthorization.PoliciesOf(_target.GetType(), method);
        if (method.ReturnType == typeof(Task))
        {
            return InvokeTask(method, args, policies);
        }
        if (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return InvokersByResult.GetOrAdd(method.ReturnType, t => InvokeGenericTaskMethod.MakeGenericMethod(t.GetGenericArguments()[0]))
                .Invoke(this, [method, args, policies]);
        }
        AuthorizeAsync(policies).GetAwaiter().GetResult();
        return Call(method, args);
    }

    private async Task InvokeTask(MethodInfo method, object?[]? args, AuthorizeAttribute[] policies)
    {
        await AuthorizeAsync(policies);
        await (Task)Call(method, args)!;
    }

    private async Task<T> InvokeTaskOfT<T>(MethodInfo method, object?[]? args, AuthorizeAttribute[] policies)
    {
        await AuthorizeAsync(policies);
        return await (Task<T>)Call(method, args)!;
    }

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private Task AuthorizeAsync(AuthorizeAttribute[] policies) =>
        AppServiceAuthorization.AuthorizeAsync(_authorization, _principalAccessor.Principal, policies);
}
