namespace Cultivation.Data;

/// <summary>
/// Switches the automatic query filters (soft delete, district scope) off for a block of code, as ABP's
/// IDataFilter does. Use sparingly and say why: a uniqueness check that must see every district, say.
/// </summary>
public interface IDataFilter
{
    IDisposable Disable<TFilter>() where TFilter : class;

    bool IsEnabled<TFilter>() where TFilter : class;
}

public sealed class DataFilter : IDataFilter
{
    private readonly AsyncLocal<System.Collections.Immutable.ImmutableHashSet<Type>?> _disabled = new();

    public IDisposable Disable<TFilter>() where TFilter : class
    {
        var previous = _disabled.Value;
        _disabled.Value = (previous ?? []).Add(typeof(TFilter));
        return new Restore(() => _disabled.Value = previous);
    }

    public bool IsEnabled<TFilter>() where TFilter : class => _disabled.Value?.Contains(typeof(TFilter)) != true;

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
