using Cultivation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var builder = WebApplication.CreateBuilder(args);
builder.AddCultivationHost();

var app = builder.Build();
await app.UseCultivationHostAsync();
app.Lifetime.ApplicationStarted.Register(() =>
{
    // Absent under the test server and the build's OpenAPI generator.
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
    if (addresses is { Count: > 0 })
    {
        app.Logger.LogInformation("Cultivation is running at {Urls}", string.Join(", ", addresses));
    }
});
await app.RunAsync();

/// <summary>Exposed for WebApplicationFactory in the HTTP tests.</summary>
public partial class Program;
