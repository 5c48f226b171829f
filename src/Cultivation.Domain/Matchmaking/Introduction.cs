using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Matchmaking;

/// <summary>
/// A request to put an investor institution in touch with an enterprise (对接). It belongs to the enterprise's district,
/// whose officer asks the enterprise for consent; the investor sees the enterprise's contact only after that.
/// </summary>
public class Introduction : FullAuditedAggregateRoot<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public const int MaxMessageLength = 500;

    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    public Guid? ProfileId { get; private set; }
    public Guid InstitutionId { get; private set; }
    public Guid RequestedByUserId { get; private set; }
    public IntroductionOrigin Origin { get; private set; }
    public IntroductionStatus Status { get; private set; }
    public string? Message { get; private set; }
    public DateTime RequestedTime { get; private set; }

    private Introduction()
    {
    }

    public Introduction(Guid id, Guid enterpriseId, Guid districtId, Guid? profileId, Guid institutionId, Guid requestedByUserId,
        IntroductionOrigin origin, string? message, DateTime now) : base(id)
    {
        EnterpriseId = enterpriseId;
        DistrictId = districtId;
        ProfileId = profileId;
        InstitutionId = institutionId;
        RequestedByUserId = requestedByUserId;
        Origin = Check.Defined(origin, "origin");
        Message = Check.Length(string.IsNullOrWhiteSpace(message) ? null : message.Trim(), "message", MaxMessageLength);
        Status = IntroductionStatus.Requested;
        RequestedTime = now;
    }

    public bool IsOpen => Status != IntroductionStatus.Closed;
}

public interface IIntroductionRepository : Cultivation.Repositories.IRepository<Introduction, Guid>
{
}
