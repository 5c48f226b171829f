using System.Diagnostics;

namespace Cultivation.Application.Tests.AuditLogging;

/// <summary>
/// Counts the SQL commands EF Core runs in the current async flow while a counting scope is open (other tests running in
/// parallel are not counted): a page that reads a query per row shows it as a count that grows with the page.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<StrongBox?> Current = new();
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];

    public SqlCommandCounter() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>Runs <paramref name="action"/> and returns how many commands it executed.</summary>
    public async Task<int> CountAsync(Func<Task> action)
    {
        var box = new StrongBox();
        Current.Value = box;
        try
        {
            await action();
        }
        finally
        {
            Current.Value = null;
        }
        return box.Count;
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_listeners)
            {
                _listeners.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted" && Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }

    private sealed class StrongBox
    {
        public int Count;
    }
}
