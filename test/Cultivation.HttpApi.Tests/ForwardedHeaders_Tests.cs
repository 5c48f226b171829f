using System.Net;
using System.Net.Http.Json;
using Cultivation.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.HttpApi.Tests;

/// <summary>A host whose every connection comes from the load balancer at 10.0.0.1, with three sign-ins a minute per client.</summary>
public abstract class BehindLoadBalancerWebApplicationFactory : SqliteWebApplicationFactory
{
    public const string BalancerAddress = "10.0.0.1";

    protected override int SignInPerMinute => 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ConnectionFrom(IPAddress.Parse(BalancerAddress))));
    }

    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class TrustedBalancerWebApplicationFactory : BehindLoadBalancerWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", BalancerAddress);
    }
}

public sealed class TrustedNetworkWebApplicationFactory : BehindLoadBalancerWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24");
    }
}

public sealed class UnconfiguredBalancerWebApplicationFactory : BehindLoadBalancerWebApplicationFactory;

internal static class SignInAttempts
{
    /// <summary>The statuses of <paramref name="count"/> failed sign-ins sent with X-Forwarded-For: <paramref name="clientAddress"/>.</summary>
    public static async Task<List<HttpStatusCode>> FromAsync(CultivationWebApplicationFactory factory, string clientAddress, int count)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            var response = await client.PostAsJsonAsync("/api/app/account/token", new TokenRequestDto { UserName = "nobody", Password = "Wrong@123" });
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }
}

public sealed class TrustedBalancer_Tests(TrustedBalancerWebApplicationFactory factory) : IClassFixture<TrustedBalancerWebApplicationFactory>
{
    [Fact]
    public async Task Should_limit_sign_ins_per_client_address_that_a_known_proxy_forwards()
    {
        (await SignInAttempts.FromAsync(factory, "203.0.113.7", 4)).ShouldBe(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests]);
        // Another client behind the same balancer still has its own three attempts.
        (await SignInAttempts.FromAsync(factory, "198.51.100.23", 1)).ShouldBe([HttpStatusCode.BadRequest]);
    }
}

public sealed class TrustedNetwork_Tests(TrustedNetworkWebApplicationFactory factory) : IClassFixture<TrustedNetworkWebApplicationFactory>
{
    [Fact]
    public async Task Should_limit_sign_ins_per_client_address_that_a_proxy_of_a_known_network_forwards()
    {
        (await SignInAttempts.FromAsync(factory, "203.0.113.7", 4)).Last().ShouldBe(HttpStatusCode.TooManyRequests);
        (await SignInAttempts.FromAsync(factory, "198.51.100.23", 1)).ShouldBe([HttpStatusCode.BadRequest]);
    }
}

public sealed class UnconfiguredBalancer_Tests(UnconfiguredBalancerWebApplicationFactory factory) : IClassFixture<UnconfiguredBalancerWebApplicationFactory>
{
    [Fact]
    public async Task Should_ignore_x_forwarded_for_when_no_proxy_is_configured()
    {
        (await SignInAttempts.FromAsync(factory, "203.0.113.7", 3)).ShouldAllBe(s => s == HttpStatusCode.BadRequest);
        // A forged header does not buy a fresh allowance: the connection's address is what counts.
        (await SignInAttempts.FromAsync(factory, "198.51.100.23", 1)).ShouldBe([HttpStatusCode.TooManyRequests]);
    }
}
