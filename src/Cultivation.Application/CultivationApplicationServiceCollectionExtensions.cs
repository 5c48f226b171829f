using Cultivation.Authorization;
using Cultivation.AuditLogging;
using Cultivation.Configuration;
using Cultivation.Contests;
using Cultivation.Data;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.FollowUps;
using Cultivation.Jobs;
using Cultivation.Notifications;
using Cultivation.Identity;
using Cultivation.Imports;
using Cultivation.IndustryFields;
using Cultivation.Matchmaking;
using Cultivation.Policies;
using Cultivation.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Microsoft.Extensions.DependencyInjection;

public static class CultivationApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddCultivationApplication(this IServiceCollection services)
    {
        services.AddCultivationDomain();
        services.AddMemoryCache();
        services.AddAuthorizationCore();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionRequirementHandler>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<PersonalDataMasker>();
        services.AddScoped<AuditLogRenderer>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddScoped<UserAccessStateCache>();
        services.AddScoped<IDataSeedContributor, IdentityDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoFollowUpSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoProfileSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoPolicyApplicationSeedContributor>();
        services.AddScoped<ProfileIndexSync>();
        services.AddScoped<SavedSearchAlertRun>();
        services.AddSingleton<StoredSearchSynonymSource>();
        services.AddSingleton<SearchFacetNames>();
        services.AddSingleton<Cultivation.Search.ISearchSynonymSource>(sp => sp.GetRequiredService<StoredSearchSynonymSource>());
        services.Configure<IdentityOptions>(o =>
        {
            o.Password.RequiredLength = 8;
            o.Password.RequireDigit = true;
            o.Password.RequireLowercase = true;
            o.Password.RequireUppercase = true;
            o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 4;
            o.Lockout.AllowedForNewUsers = true;
            o.Lockout.MaxFailedAccessAttempts = 5;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            o.User.RequireUniqueEmail = false;
        });

        services.AddAppService<IDistrictAppService, DistrictAppService>();
        services.AddAppService<IIndustryFieldAppService, IndustryFieldAppService>();
        services.AddAppService<IContestEditionAppService, ContestEditionAppService>();
        services.AddAppService<IEnterpriseAppService, EnterpriseAppService>();
        services.AddAppService<IEnterpriseContactAppService, EnterpriseContactAppService>();
        services.AddAppService<IEnterpriseExportAppService, EnterpriseExportAppService>();
        services.AddAppService<IAwardRecordAppService, AwardRecordAppService>();
        services.AddAppService<IEnterpriseFiguresAppService, EnterpriseFiguresAppService>();
        services.AddAppService<IAccountAppService, AccountAppService>();
        services.AddAppService<IPermissionAppService, PermissionAppService>();
        services.AddAppService<IUserAppService, UserAppService>();
        services.AddAppService<IRoleAppService, RoleAppService>();
        services.AddAppService<IAuditLogAppService, AuditLogAppService>();
        services.AddAppService<IInvestorAppService, InvestorAppService>();
        services.AddAppService<IIntroductionAppService, IntroductionAppService>();
        services.AddAppService<IProjectProfileAppService, ProjectProfileAppService>();
        services.AddAppService<IPublishedProfileAppService, PublishedProfileAppService>();
        services.AddAppService<IProfileSearchAppService, ProfileSearchAppService>();
        services.AddAppService<ISearchAdminAppService, SearchAdminAppService>();
        services.AddAppService<ISavedSearchAppService, SavedSearchAppService>();
        services.AddCultivationImports();
        services.AddScoped<FollowUpPlanProjection>();
        services.AddAppService<IFollowUpPlanAppService, FollowUpPlanAppService>();
        services.AddAppService<IServiceRecordAppService, ServiceRecordAppService>();
        services.AddAppService<IEnterpriseRequestAppService, EnterpriseRequestAppService>();
        services.AddAppService<IFollowUpPolicyAppService, FollowUpPolicyAppService>();
        services.AddAppService<IHolidayCalendarAppService, HolidayCalendarAppService>();
        services.AddAppService<ICoverageAppService, CoverageAppService>();
        services.AddAppService<IEnterpriseTimelineAppService, EnterpriseTimelineAppService>();
        services.AddAppService<INotificationAppService, NotificationAppService>();
        services.AddAppService<IJobAdminAppService, JobAdminAppService>();
        services.AddAppService<IPolicyProgrammeAppService, PolicyProgrammeAppService>();
        services.AddAppService<IPolicyCalculatorAppService, PolicyCalculatorAppService>();
        services.AddAppService<IPolicyAssessmentAppService, PolicyAssessmentAppService>();
        services.AddAppService<IPolicyBatchAppService, PolicyBatchAppService>();
        services.AddAppService<IPolicyApplicationAppService, PolicyApplicationAppService>();
        services.AddAppService<IApplicationConfigurationAppService, ApplicationConfigurationAppService>();
        return services;
    }
}
