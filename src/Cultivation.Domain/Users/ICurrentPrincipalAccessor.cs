using System.Security.Claims;

namespace Cultivation.Users;

/// <summary>
/// Where the current principal comes from: the HTTP request, or a principal set for a block of code
/// (a background job acting for a user, a seed running as the system).
/// </summary>
public interface ICurrentPrincipalAccessor
{
    ClaimsPrincipal? Principal { get; }

    /// <summary>Runs the following code as <paramref name="principal"/> until the returned scope is disposed.</summary>
    IDisposable Change(ClaimsPrincipal? principal);
}

/// <summary>The principal set with <see cref="Change"/>, flowing with the async context; otherwise <see cref="FallbackPrincipal"/>.</summary>
public class CurrentPrincipalAccessor : ICurrentPrincipalAccessor
{
    private readonly AsyncLocal<ClaimsPrincipal?> _override = new();
    private readonly AsyncLocal<bool> _isOverridden = new();

    public ClaimsPrincipal? Principal => _isOverridden.Value ? _override.Value : FallbackPrincipal;

    protected virtual ClaimsPrincipal? FallbackPrincipal => null;

    public IDisposable Change(ClaimsPrincipal? principal)
    {
        var (previous, wasOverridden) = (_override.Value, _isOverridden.Value);
        _override.Value = principal;
        _isOverridden.Value = true;
        return new Restore(() =>
        {
            _override.Value = previous;
            _isOverridden.Value = wasOverridden;
        });
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
