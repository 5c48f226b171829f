using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Events;

public sealed class DomainEventDispatcher(IServiceProvider services) : IDomainEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IReadOnlyList<object>, CancellationToken, Task>> Dispatchers = new();
    private static readonly MethodInfo DispatchOfT = typeof(DomainEventDispatcher).GetMethod(nameof(DispatchTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task DispatchAsync(IReadOnlyList<object> events, CancellationToken cancellationToken = default)
    {
        foreach (var group in events.GroupBy(e => e.GetType()))
        {
            var dispatch = Dispatchers.GetOrAdd(group.Key, type =>
                DispatchOfT.MakeGenericMethod(type).CreateDelegate<Func<IServiceProvider, IReadOnlyList<object>, CancellationToken, Task>>());
            await dispatch(services, group.ToList(), cancellationToken);
        }
    }

    private static async Task DispatchTypedAsync<TEvent>(IServiceProvider services, IReadOnlyList<object> events, CancellationToken cancellationToken)
    {
        var typed = events.Cast<TEvent>().ToList();
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync(typed, cancellationToken);
        }
    }
}
