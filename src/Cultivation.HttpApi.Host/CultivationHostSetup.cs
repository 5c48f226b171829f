using System.Globalization;
using System.Threading.RateLimiting;
using Cultivation.AuditLogging;
using Cultivation.Auditing;
using Cultivation.Data;
using Cultivation.EntityFrameworkCore;
using Cultivation.EntityFrameworkCore.MySql;
using Cultivation.EntityFrameworkCore.Sqlite;
using Cultivation.ExceptionHandling;
using Cultivation.Identity;
using Cultivation.Localization;
using Cultivation.OpenApi;
using Cultivation.Security;
using Cultivation.StaticFiles;
using Cultivation.Users;
using Cultivation.Search;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Scalar.AspNetCore;

namespace Cultivation;

/// <summary>The web host: authentication, OpenAPI, health, localization, and the Angular build at the same URL.</summary>
public static class CultivationHostSetup
{
    /// <summary>True while the build's OpenAPI generator (GetDocument.Insider) loads the app to read its endpoints.</summary>
    public static bool IsGeneratingOpenApiDocument { get; } =
        System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    public static WebApplicationBuilder AddCultivationHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataFolder = ResolveDataFolder(builder);
        var isEmbedded = string.Equals(configuration["Database:Provider"] ?? SqliteCultivationDbProvider.ProviderName,
            SqliteCultivationDbProvider.ProviderName, StringComparison.OrdinalIgnoreCase);
        if (isEmbedded && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Default")))
        {
            configuration["ConnectionStrings:Default"] = $"Data Source={Path.Combine(dataFolder, "cultivation.db")}";
        }
        services.AddSingleton(StartupDatabaseOptions.Resolve(configuration, isEmbedded));

        // JSON bodies here are a few kilobytes; uploads raise the limit for their own action (ImportUploadLimitAttribute).
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = configuration.GetValue("Limits:MaxRequestBodyBytes", 1024 * 1024));
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentPrincipalAccessor, HttpContextPrincipalAccessor>();
        services.AddSingleton<IAuditRequestInfoProvider, HttpAuditRequestInfoProvider>();
        services.AddCultivationApplication();
        // Lucene's index folder sits beside the embedded database unless configured (Search:Lucene:IndexPath).
        configuration["Search:Lucene:IndexPath"] ??= Path.Combine(dataFolder, "search");
        services.AddCultivationSearch(configuration, builder.Environment.ContentRootPath);
        services.AddCultivationEntityFrameworkCore(configuration,
            new SqliteCultivationDbProvider(),
            new MySqlCultivationDbProvider(configuration["Database:ServerVersion"] ?? MySqlCultivationDbProvider.DefaultServerVersion));
        services.Replace(ServiceDescriptor.Scoped<Microsoft.AspNetCore.Identity.IdentityErrorDescriber, LocalizedIdentityErrorDescriber>());
        services.Configure<IdentitySeedOptions>(configuration.GetSection(IdentitySeedOptions.SectionName));
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.SectionName));
        var signingKey = IsGeneratingOpenApiDocument
            ? Convert.ToBase64String(new byte[32])
            : JwtSigningKeyProvider.Resolve(configuration, dataFolder, isEmbedded);
        services.PostConfigure<JwtOptions>(o => o.SigningKey = signingKey);

        services.AddSingleton<AppServiceActionMap>();
        services.AddSingleton<AppServicePermissionFilter>();
        services.AddSingleton<AuditActionFilter>();
        services.AddCultivationHttpApi().AddMvcOptions(o =>
        {
            o.Filters.AddService<AppServicePermissionFilter>();
            o.Filters.AddService<AuditActionFilter>();
            o.Filters.Add<PersonalDataResultFilter>();
        });
        services.AddExceptionHandler<CultivationExceptionHandler>();
        services.AddProblemDetails();
        AddAuthentication(services, configuration, signingKey);
        services.AddCultivationForwardedHeaders(configuration);
        AddRateLimiting(services, configuration);
        AddCors(services, configuration);
        services.AddRequestLocalization(o =>
        {
            var cultures = CultivationResource.SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(CultivationResource.DefaultCulture);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        services.AddHealthChecks().AddDbContextCheck<CultivationDbContext>("database", tags: ["ready"]);
        if (!IsGeneratingOpenApiDocument)
        {
            services.AddCultivationJobs(configuration);
        }
        else
        {
            services.AddSingleton<Cultivation.Jobs.IJobScheduler, Cultivation.Scheduling.QuartzJobScheduler>();
        }
        services.AddCultivationOpenApi();
        services.AddSpaStaticFiles();
        return builder;
    }

    public static async Task<WebApplication> UseCultivationHostAsync(this WebApplication app)
    {
        await MigrateAndSeedAsync(app);
        // The client's address, before anything records or limits by it.
        app.UseCultivationForwardedHeaders(app.Configuration);
        // Localization first: problem details written by the exception handler speak the request's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment() && app.Configuration.GetValue("Hsts:Enabled", false))
        {
            app.UseHsts();
        }
        app.UseResponseCompression();
        app.UseDefaultFiles();
        app.UseStaticFiles(SpaStaticFiles.Options);
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapControllers();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        // A fresh nonce per response for Scalar's inline start-up script (see SecurityHeadersMiddleware); no CDN fonts.
        app.MapScalarApiReference(o => o.WithTitle("Cultivation API").WithNonce().DisableDefaultFonts()).AllowAnonymous();
        // The Angular app handles its own routes; unknown /api paths stay 404.
        app.MapFallbackToFile("index.html", SpaStaticFiles.Options).AllowAnonymous();
        app.MapFallback("/api/{**path}", () => Results.NotFound()).AllowAnonymous();
        return app;
    }

    private static void AddAuthentication(IServiceCollection services, IConfiguration configuration, string signingKey)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = AccessTokenIssuer.CreateSigningKey(signingKey),
                NameClaimType = CultivationClaimTypes.UserName,
                RoleClaimType = CultivationClaimTypes.Role,
                ClockSkew = TimeSpan.FromSeconds(30)
            };
            o.Events = new JwtBearerEvents { OnTokenValidated = CurrentAccessValidation.ValidateAsync };
        });
        // Secure by default: an endpoint without [AllowAnonymous] needs a signed-in user at least.
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    private static void AddRateLimiting(IServiceCollection services, IConfiguration configuration)
    {
        var permitsPerMinute = configuration.GetValue("RateLimiting:SignInPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                // When to come back, so a client waits instead of hammering (RFC 9110 §10.2.3).
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(AccountController.SignInRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Refreshing is what every open tab does every quarter hour; a district office behind one address
            // must not run out, while guessing refresh tokens stays pointless at this rate.
            o.AddPolicy(AccountController.RefreshRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute * 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    private static void AddCors(IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (origins.Length > 0)
            {
                p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Content-Disposition");
            }
        }));
    }

    private static string ResolveDataFolder(WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Cultivation:DataFolder"] ?? "App_Data";
        var path = Path.IsPathRooted(folder) ? folder : Path.Combine(builder.Environment.ContentRootPath, folder);
        if (!IsGeneratingOpenApiDocument)
        {
            Directory.CreateDirectory(path);
        }
        return path;
    }

    /// <summary>The embedded profile migrates and seeds itself (demo data on the first run); production leaves it to the DbMigrator.</summary>
    private static async Task MigrateAndSeedAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<StartupDatabaseOptions>();
        if (IsGeneratingOpenApiDocument || !options.MigrateOnStartup)
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var migration = scope.ServiceProvider.GetRequiredService<CultivationDbMigrationService>();
        await migration.MigrateAsync(new DataSeedContext(
            IncludeDemoData: options.SeedDemoData,
            DemoEnterpriseCount: app.Configuration.GetValue<int?>("Database:DemoEnterpriseCount")));
    }
}
