using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cultivation.EntityFrameworkCore.MySql;
using Cultivation.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cultivation.HttpApi.Tests;

/// <summary>
/// The real host (Program) over a database of its own, migrated and seeded by the host itself at start
/// (as the embedded profile does), plus <see cref="TestData"/>. One per test class.
/// </summary>
public abstract class CultivationWebApplicationFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SigningKey = "dGVzdC1zaWduaW5nLWtleS10aGF0LWlzLWxvbmctZW5vdWdoLWZvci1obWFjLXNoYTI1Ng==";

    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("cultivation-host-").FullName;

    protected abstract string ProviderName { get; }

    protected virtual int SignInPerMinute => 100_000;

    /// <summary>
    /// Recurring jobs stay off unless a test is about them: they would write reminders into every test's data. The
    /// scheduler runs anyway, as imports are its jobs.
    /// </summary>
    protected virtual bool RecurringJobs => false;

    /// <summary>Database:SeedDemoData as configured for the host; null leaves the host's default.</summary>
    protected virtual string? SeedDemoDataSetting => "false";

    public TestDatabase Database { get; private set; } = null!;

    public TestDataIds Ids { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = TestDatabase.Create(ProviderName);
        _ = Server; // starts the host: migrations and reference seed run at start-up
        Ids = await TestData.SeedAsync(Services);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Database.ProviderName);
        builder.UseSetting("Database:ServerVersion", MariaDbTestDatabase.ServerVersion);
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        if (SeedDemoDataSetting is { } seedDemoData)
        {
            builder.UseSetting("Database:SeedDemoData", seedDemoData);
        }
        builder.UseSetting("Cultivation:DataFolder", _dataFolder);
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.UseSetting("Identity:Seed:AdminPassword", TestData.Password);
        builder.UseSetting("RateLimiting:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cors:AllowedOrigins:0", "https://ui.example");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Jobs:Recurring", RecurringJobs ? "true" : "false");
    }

    /// <summary>A client signed in as <paramref name="userName"/> (tokens are fetched once per user), or anonymous.</summary>
    public async Task<HttpClient> ClientForAsync(string? userName, string language = "zh-Hans")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        if (userName is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync(userName));
        }
        return client;
    }

    public async Task<string> AccessTokenAsync(string userName)
    {
        if (_tokens.TryGetValue(userName, out var token))
        {
            return token;
        }
        var tokens = await SignInAsync(userName, TestData.Password);
        return _tokens[userName] = tokens.AccessToken;
    }

    /// <summary>A new user made by the administrator through the API, named <paramref name="prefix"/> and a unique tail, with <see cref="TestData.Password"/>.</summary>
    public async Task<IdentityUserDto> NewUserAsync(string prefix, string role, Guid? districtId = null)
    {
        using var admin = await ClientForAsync(TestData.Users.Admin);
        var response = await admin.PostAsJsonAsync("/api/app/users", new CreateUserDto
        {
            UserName = $"{prefix}-{Guid.NewGuid():N}"[..24], DisplayName = prefix, Password = TestData.Password, Roles = [role], DistrictId = districtId
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdentityUserDto>())!;
    }

    public async Task<TokenResultDto> SignInAsync(string userName, string password)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/app/account/token", new TokenRequestDto { UserName = userName, Password = password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResultDto>())!;
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public class SqliteWebApplicationFactory : CultivationWebApplicationFactory
{
    protected override string ProviderName => "Sqlite";
}

public class MariaDbWebApplicationFactory : CultivationWebApplicationFactory
{
    protected override string ProviderName => MySqlCultivationDbProvider.ProviderName;
}
