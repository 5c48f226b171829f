using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.FollowUps;

/// <summary>服务记录: one contact with an enterprise — when, what kind, how, what was said and what came of it.</summary>
public class ServiceRecord : FullAuditedAggregateRoot<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    public Guid? PlanId { get; private set; }
    public DateOnly ServedOn { get; private set; }
    public ServiceCategory Category { get; private set; }
    public ServiceChannel Channel { get; private set; }
    public string Summary { get; private set; } = null!;
    public string? Outcome { get; private set; }
    /// <summary>A next contact agreed with the enterprise; it may bring the plan's due date forward.</summary>
    public DateOnly? NextContactOn { get; private set; }
    /// <summary>Who gave the service.</summary>
    public Guid? OfficerId { get; private set; }

    private ServiceRecord()
    {
    }

    public ServiceRecord(Guid id, Guid enterpriseId, Guid districtId, Guid? planId, DateOnly servedOn, ServiceCategory category,
        ServiceChannel channel, string summary, string? outcome, DateOnly? nextContactOn, Guid? officerId, DateOnly today) : base(id)
    {
        if (servedOn > today)
        {
            throw new BusinessException(CultivationDomainErrorCodes.FoundedInTheFuture, "servedOn");
        }
        if (nextContactOn is { } next && next <= servedOn)
        {
            throw new BusinessException(CultivationDomainErrorCodes.NextContactNotAfterService, "nextContactOn");
        }
        EnterpriseId = enterpriseId;
        DistrictId = districtId;
        PlanId = planId;
        ServedOn = servedOn;
        Category = Check.Defined(category, "category");
        Channel = Check.Defined(channel, "channel");
        Summary = Check.NotNullOrWhiteSpace(summary, "summary", FollowUpConsts.MaxSummaryLength);
        Outcome = Check.Length(outcome, "outcome", FollowUpConsts.MaxOutcomeLength);
        NextContactOn = nextContactOn;
        OfficerId = officerId;
    }
}

public interface IServiceRecordRepository : Repositories.IRepository<ServiceRecord, Guid>;
