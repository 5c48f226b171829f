using Cultivation.AuditLogging;
using Cultivation.Contests;
using Cultivation.Data;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.FollowUps;
using Cultivation.Notifications;
using Cultivation.EntityFrameworkCore;
using Cultivation.Identity;
using Cultivation.Imports;
using Cultivation.IndustryFields;
using Cultivation.Policies;
using Cultivation.Matchmaking;
using Cultivation.Profiles;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

public static class CultivationEntityFrameworkCoreServiceCollectionExtensions
{
    public const string DefaultConnectionStringName = "Default";

    /// <summary>
    /// Registers the context on the provider named by <c>Database:Provider</c> (default Sqlite) with the
    /// <c>ConnectionStrings:Default</c> connection string, and the repositories.
    /// </summary>
    public static IServiceCollection AddCultivationEntityFrameworkCore(
        this IServiceCollection services, IConfiguration configuration, params ICultivationDbProvider[] providers)
    {
        var providerName = configuration["Database:Provider"] ?? "Sqlite";
        var provider = providers.FirstOrDefault(p => string.Equals(p.Name, providerName, StringComparison.OrdinalIgnoreCase))
                       ?? throw new InvalidOperationException(
                           $"Database:Provider '{providerName}' is not one of: {string.Join(", ", providers.Select(p => p.Name))}.");
        var connectionString = configuration.GetConnectionString(DefaultConnectionStringName)
                               ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");

        services.AddSingleton(provider);
        services.AddScoped<EntityStamper>();
        services.AddScoped<StampingSaveChangesInterceptor>();
        services.AddScoped<AuditingSaveChangesInterceptor>();
        services.AddScoped<DomainEventPublisher>();
        services.AddScoped<EfCoreBulkWriter>();
        services.AddDbContext<CultivationDbContext>((sp, options) =>
        {
            provider.Configure(options, connectionString);
            // In this order: the audit records the stamped values.
            options.AddInterceptors(
                sp.GetRequiredService<StampingSaveChangesInterceptor>(),
                sp.GetRequiredService<AuditingSaveChangesInterceptor>());
        });

        services.AddScoped<IUnitOfWork, EfCoreUnitOfWork>();
        services.AddSingleton<IAsyncQueryableExecuter, EfCoreAsyncQueryableExecuter>();
        services.AddScoped<ICultivationDbSchemaMigrator, EfCoreCultivationDbSchemaMigrator>();
        services.AddScoped<IDistrictRepository, EfCoreDistrictRepository>();
        services.AddScoped<IIndustryFieldRepository, EfCoreIndustryFieldRepository>();
        services.AddScoped<IPolicyProgrammeRepository, EfCorePolicyProgrammeRepository>();
        services.AddScoped<IPolicyAssessmentRepository, EfCorePolicyAssessmentRepository>();
        services.AddScoped<IPolicyBatchRepository, EfCorePolicyBatchRepository>();
        services.AddScoped<IPolicyPipelineTemplateRepository, EfCorePolicyPipelineTemplateRepository>();
        services.AddScoped<IPolicyApplicationRepository, EfCorePolicyApplicationRepository>();
        services.AddScoped<IPolicyDocumentRepository, EfCorePolicyDocumentRepository>();
        services.AddScoped<IContestEditionRepository, EfCoreContestEditionRepository>();
        services.AddScoped<IEnterpriseRepository, EfCoreEnterpriseRepository>();
        services.AddScoped<IInvestorRepository, EfCoreInvestorRepository>();
        services.AddScoped<IIntroductionRepository, EfCoreIntroductionRepository>();
        services.AddScoped<IProjectProfileRepository, EfCoreProjectProfileRepository>();
        services.AddScoped<IProfileIndexQueue, EfCoreProfileIndexQueue>();
        services.AddScoped<IPermissionGrantRepository, EfCorePermissionGrantRepository>();
        services.AddScoped<IRefreshTokenRepository, EfCoreRefreshTokenRepository>();
        services.AddScoped<ISecurityLogRepository, EfCoreSecurityLogRepository>();
        services.AddScoped<IAuditLogRepository, EfCoreAuditLogRepository>();
        services.AddScoped<IAuditModel, EfCoreAuditModel>();
        services.AddScoped<IImportBatchRepository, EfCoreImportBatchRepository>();
        services.AddScoped<IUserRoleLookup, EfCoreUserRoleLookup>();
        services.AddScoped<IUserSignInStore, EfCoreUserSignInStore>();
        services.AddScoped(typeof(IRepository<,>), typeof(EfCoreRepository<,>));
        services.AddScoped<IHolidayCalendarRepository, EfCoreHolidayCalendarRepository>();
        services.AddScoped<IFollowUpPolicyRepository, EfCoreFollowUpPolicyRepository>();
        services.AddScoped<IFollowUpPlanRepository, EfCoreFollowUpPlanRepository>();
        services.AddScoped<IServiceRecordRepository, EfCoreServiceRecordRepository>();
        services.AddScoped<IEnterpriseRequestRepository, EfCoreEnterpriseRequestRepository>();
        services.AddScoped<IFollowUpRecordsOfEnterprise, EfCoreFollowUpRecordsOfEnterprise>();
        services.AddScoped<IReminderStore, EfCoreReminderStore>();
        services.AddScoped<INotificationRecipients, EfCoreNotificationRecipients>();
        services.AddIdentityCore<AppUser>()
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<CultivationDbContext>();
        return services;
    }
}
