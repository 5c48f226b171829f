using Cultivation.AuditLogging;
using Cultivation.Auditing;
using Cultivation.Contests;
using Cultivation.Data;
using Cultivation.Data.Demo;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.Events;
using Cultivation.FollowUps;
using Cultivation.Notifications;
using Cultivation.IndustryFields;
using Cultivation.Policies;
using Cultivation.Profiles;
using Cultivation.Users;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class CultivationDomainServiceCollectionExtensions
{
    public static IServiceCollection AddCultivationDomain(this IServiceCollection services)
    {
        services.AddCultivationLocalization();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICurrentPrincipalAccessor, CurrentPrincipalAccessor>();
        services.TryAddScoped<ICurrentUser, CurrentUser>();
        services.TryAddSingleton<IDataFilter, DataFilter>();
        services.TryAddSingleton<IAuditingManager, AuditingManager>();
        services.TryAddSingleton<IAuditRequestInfoProvider, NullAuditRequestInfoProvider>();

        services.AddScoped<ContestEditionManager>();
        services.AddScoped<EnterpriseManager>();
        services.AddScoped<IndustryFieldManager>();
        services.AddSingleton<PolicyEvaluator>();
        services.AddScoped<PolicyAssessor>();
        services.AddScoped<PolicyApplicationManager>();

        services.AddScoped<IDomainEventDispatcher, DomainEventDispatcher>();
        services.AddScoped<WorkingDayCalendarProvider>();
        services.AddScoped<NotificationWriter>();
        services.AddScoped<FollowUpReminderRun>();
        services.AddScoped<WeeklyDigestRun>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<FollowUpPlanner>();
        services.AddScoped<IDomainEventHandler<AwardRecordedEvent>>(sp => sp.GetRequiredService<FollowUpPlanner>());
        services.AddScoped<IDomainEventHandler<AwardRemovedEvent>>(sp => sp.GetRequiredService<FollowUpPlanner>());
        services.AddScoped<IDomainEventHandler<EnterpriseMovedEvent>, FollowUpDistrictMover>();
        services.AddScoped<ProfileIndexQueuer>();
        services.AddScoped<IDomainEventHandler<ProfileChangedEvent>>(sp => sp.GetRequiredService<ProfileIndexQueuer>());
        services.AddScoped<IDomainEventHandler<AwardRecordedEvent>>(sp => sp.GetRequiredService<ProfileIndexQueuer>());
        services.AddScoped<IDomainEventHandler<AwardRemovedEvent>>(sp => sp.GetRequiredService<ProfileIndexQueuer>());
        services.AddScoped<IDomainEventHandler<EnterpriseMovedEvent>, ProfileDistrictMover>();

        services.AddScoped<CultivationDbMigrationService>();
        services.AddScoped<IDataSeedContributor, DistrictDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, IndustryFieldDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, PolicyProgrammeDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, PolicyPipelineTemplateDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, ContestDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, FollowUpPolicyDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, SearchSynonymDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, HolidayCalendarDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoDataSeedContributor>();
        return services;
    }
}
