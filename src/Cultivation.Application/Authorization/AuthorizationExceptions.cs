namespace Cultivation.Authorization;

/// <summary>The caller is signed in but lacks a permission (HTTP 403), or is not signed in at all (HTTP 401).</summary>
public sealed class CultivationAuthorizationException(string message, bool isAuthenticated) : Exception(message)
{
    public bool IsAuthenticated { get; } = isAuthenticated;
}
