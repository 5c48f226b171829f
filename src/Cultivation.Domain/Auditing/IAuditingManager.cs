namespace Cultivation.Auditing;

/// <summary>
/// Turns the entity-change audit log off for a block of code that writes generated data in bulk (the demo
/// seed, benchmarks), where a change history of fictional rows is only cost. Audit stamps are still set.
/// </summary>
public interface IAuditingManager
{
    bool IsSuppressed { get; }

    IDisposable Suppress();
}

public sealed class AuditingManager : IAuditingManager
{
    private readonly AsyncLocal<bool> _suppressed = new();

    public bool IsSuppressed => _suppressed.Value;

    public IDisposable Suppress()
    {
        var previous = _suppressed.Value;
        _suppressed.Value = true;
        return new Restore(() => _suppressed.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
