using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Cultivation.Security;

/// <summary>
/// Behind a load balancer the connection comes from the balancer; the client's address is in X-Forwarded-For.
/// That header is believed only from the proxies and networks configured under "ForwardedHeaders" — never from
/// anyone by default, or any client could pick the address its sign-in limit, logs and audit trail record.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string SectionName = "ForwardedHeaders";

    public static IServiceCollection AddCultivationForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration, "KnownProxies")
            .Select(v => IPAddress.TryParse(v, out var address) ? address : throw NotAnAddress("KnownProxies", v, "an IP address")).ToList();
        var networks = Values(configuration, "KnownNetworks")
            .Select(v => System.Net.IPNetwork.TryParse(v, out var network) ? network : throw NotAnAddress("KnownNetworks", v, "an IP range in CIDR notation (10.0.0.0/8)")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only what is configured: not even the loopback proxies the framework trusts by default.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>Reads X-Forwarded-For and -Proto from the configured proxies; without any, the headers are ignored.</summary>
    public static IApplicationBuilder UseCultivationForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration) =>
        Values(configuration, "KnownProxies").Any() || Values(configuration, "KnownNetworks").Any() ? app.UseForwardedHeaders() : app;

    private static IEnumerable<string> Values(IConfiguration configuration, string key) =>
        (configuration.GetSection($"{SectionName}:{key}").Get<string[]>() ?? []).Select(v => v.Trim());

    private static InvalidOperationException NotAnAddress(string key, string value, string expected) =>
        new($"{SectionName}:{key} holds '{value}', which is not {expected}.");
}
