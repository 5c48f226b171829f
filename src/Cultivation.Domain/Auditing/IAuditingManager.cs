namespace Cultivation.Auditing;

/// <summary>
/// Turns the entity-change audit log off for a block of code that writes generated data in bulk (the demo
/// seed, benchmarks), where a change history of fictional rows is only cost. Audit stamps are still set.
/// </summary>
public interface IAuditingManager
{
    bool IsSuppressed { get; }

    IDisposable Suppress();

    /// <summary>The import whose commit or revert is writing the current changes; their audit log links to it.</summary>
    Guid? ImportBatchId { get; }

    /// <summary>Links the audit log of the changes saved inside the returned scope to an import.</summary>
    IDisposable ForImportBatch(Guid importBatchId);

    /// <summary>The business action whose changes are being saved, when known.</summary>
    AuditAction? Action { get; }

    /// <summary>Names the business action of the changes saved inside the returned scope; an inner scope names a more precise one.</summary>
    IDisposable ForAction(AuditAction action);
}

public sealed class AuditingManager : IAuditingManager
{
    private readonly AsyncLocal<bool> _suppressed = new();

    private readonly AsyncLocal<Guid?> _importBatchId = new();

    private readonly AsyncLocal<AuditAction?> _action = new();

    public bool IsSuppressed => _suppressed.Value;

    public AuditAction? Action => _action.Value;

    public IDisposable ForAction(AuditAction action)
    {
        var previous = _action.Value;
        _action.Value = action;
        return new Restore(() => _action.Value = previous);
    }

    public Guid? ImportBatchId => _importBatchId.Value;

    public IDisposable ForImportBatch(Guid importBatchId)
    {
        var previous = _importBatchId.Value;
        _importBatchId.Value = importBatchId;
        return new Restore(() => _importBatchId.Value = previous);
    }

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
