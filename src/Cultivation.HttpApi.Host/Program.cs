using Cultivation;

var builder = WebApplication.CreateBuilder(args);
builder.AddCultivationHost();

var app = builder.Build();
await app.UseCultivationHostAsync();
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("Cultivation is running at {Urls}", string.Join(", ", app.Urls)));
await app.RunAsync();

/// <summary>Exposed for WebApplicationFactory in the HTTP tests.</summary>
public partial class Program;
