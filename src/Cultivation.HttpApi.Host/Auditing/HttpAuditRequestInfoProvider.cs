using System.Diagnostics;
using Cultivation.AuditLogging;

namespace Cultivation.Auditing;

public sealed class HttpAuditRequestInfoProvider(IHttpContextAccessor httpContextAccessor) : IAuditRequestInfoProvider
{
    public AuditRequestInfo? Current => httpContextAccessor.HttpContext is { } http
        ? new AuditRequestInfo(
            http.Request.Method,
            http.Request.Path + http.Request.QueryString,
            http.Connection.RemoteIpAddress?.ToString(),
            Activity.Current?.Id ?? http.TraceIdentifier,
            http.Request.Headers.UserAgent.ToString())
        : null;
}
