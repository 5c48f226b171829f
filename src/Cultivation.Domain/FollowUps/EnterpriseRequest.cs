using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.FollowUps;

/// <summary>
/// 诉求: something the enterprise asked for during a contact (financing, premises, talent, …), followed
/// until resolved by its owner. Unresolved after fifteen working days, it reminds the owner.
/// </summary>
public class EnterpriseRequest : FullAuditedAggregateRoot<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    public Guid? ServiceRecordId { get; private set; }
    public string Description { get; private set; } = null!;
    public ServiceCategory Category { get; private set; }
    public RequestStatus Status { get; private set; }
    public Guid? OwnerId { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public string? Resolution { get; private set; }

    private EnterpriseRequest()
    {
    }

    public EnterpriseRequest(Guid id, Guid enterpriseId, Guid districtId, Guid? serviceRecordId, string description,
        ServiceCategory category, Guid? ownerId, DateOnly raisedOn) : base(id)
    {
        EnterpriseId = enterpriseId;
        DistrictId = districtId;
        ServiceRecordId = serviceRecordId;
        Description = Check.NotNullOrWhiteSpace(description, "description", FollowUpConsts.MaxRequestLength);
        Category = Check.Defined(category, "category");
        OwnerId = ownerId;
        RaisedOn = raisedOn;
        Status = RequestStatus.Open;
    }

    public void StartWork(Guid? ownerId)
    {
        EnsureNotResolved();
        Status = RequestStatus.InProgress;
        OwnerId = ownerId ?? OwnerId;
    }

    public void Resolve(string resolution, DateOnly resolvedOn)
    {
        EnsureNotResolved();
        if (resolvedOn < RaisedOn)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ResolvedBeforeRaised, "resolvedOn");
        }
        Status = RequestStatus.Resolved;
        Resolution = Check.NotNullOrWhiteSpace(resolution, "resolution", FollowUpConsts.MaxOutcomeLength);
        ResolvedOn = resolvedOn;
    }

    public void AssignTo(Guid? ownerId)
    {
        EnsureNotResolved();
        OwnerId = ownerId;
    }

    private void EnsureNotResolved()
    {
        if (Status == RequestStatus.Resolved)
        {
            throw new BusinessException(CultivationDomainErrorCodes.RequestAlreadyResolved);
        }
    }
}

public interface IEnterpriseRequestRepository : Repositories.IRepository<EnterpriseRequest, Guid>;
