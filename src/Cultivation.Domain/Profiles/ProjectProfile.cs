using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Profiles;

/// <summary>
/// What investors read about one enterprise or maker team (项目档案). The district officer writes it and publishes it
/// once the enterprise has consented; awards, national advancement and figures are not typed here but read from the
/// enterprise's records when the profile is shown or indexed.
/// </summary>
public class ProjectProfile : FullAuditedAggregateRoot<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    public ProfileContent Content { get; private set; } = null!;
    public PublicationConsent? Consent { get; private set; }
    public ProfileStatus Status { get; private set; }
    public DateTime? PublishedTime { get; private set; }
    public DateTime? WithdrawnTime { get; private set; }
    public string? WithdrawReason { get; private set; }

    private ProjectProfile()
    {
    }

    public ProjectProfile(Guid id, Guid enterpriseId, Guid districtId, ProfileContent content) : base(id)
    {
        EnterpriseId = enterpriseId;
        DistrictId = districtId;
        Status = ProfileStatus.Draft;
        Update(content);
    }

    public bool IsPublished => Status == ProfileStatus.Published;

    public void Update(ProfileContent content)
    {
        Content = content.Validated();
        Changed();
    }

    /// <summary>Records what the enterprise agreed to (a new consent replaces the last one).</summary>
    public void RecordConsent(PublicationConsent consent, DateOnly today)
    {
        if (consent.ConsentedOn > today)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ProfileConsentInTheFuture, "consentedOn");
        }
        Consent = consent.Validated();
        if (!consent.Profile && IsPublished)
        {
            Unpublish(consent.RecordedTime, "consentWithdrawn");
        }
        Changed();
    }

    /// <summary>The enterprise no longer agrees: the profile leaves investors' view at once.</summary>
    public void WithdrawConsent(DateTime now)
    {
        Consent = null;
        if (IsPublished)
        {
            Unpublish(now, "consentWithdrawn");
        }
        Changed();
    }

    public void Publish(DateTime now)
    {
        if (Consent is not { Profile: true })
        {
            throw new BusinessException(CultivationDomainErrorCodes.ProfileNeedsConsent, "consent");
        }
        Status = ProfileStatus.Published;
        PublishedTime = now;
        WithdrawnTime = null;
        WithdrawReason = null;
        Changed();
    }

    public void Withdraw(DateTime now, string? reason)
    {
        if (!IsPublished)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ProfileNotPublished, null);
        }
        Unpublish(now, Check.Length(reason, "reason", ProfileConsts.MaxWithdrawReasonLength));
        Changed();
    }

    /// <summary>The index reads the enterprise's records too, so their changes re-index the profile.</summary>
    internal void EnterpriseChanged() => Changed();

    internal void MoveToDistrict(Guid districtId)
    {
        DistrictId = districtId;
        Changed();
    }

    private void Unpublish(DateTime now, string? reason)
    {
        Status = ProfileStatus.Withdrawn;
        WithdrawnTime = now;
        WithdrawReason = reason;
    }

    private void Changed()
    {
        if (!((Events.IHasDomainEvents)this).DomainEvents.OfType<ProfileChangedEvent>().Any())
        {
            AddDomainEvent(new ProfileChangedEvent(Id));
        }
    }
}

/// <summary>A profile's content or visibility changed: the search index must follow.</summary>
public sealed record ProfileChangedEvent(Guid ProfileId);
