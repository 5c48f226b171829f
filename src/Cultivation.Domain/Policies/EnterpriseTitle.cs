using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Policies;

/// <summary>
/// A title an enterprise holds (专精特新中小企业, 小巨人, 创新型中小企业, a list): granted on a date under a rule version,
/// valid to a date, with its yearly information-update duty and its 复核 due date. Granted by an application's decision,
/// or recorded by an officer for a title granted before the system (with its 文号 and the evidence seen). It lapses when
/// its validity ends, or is revoked with a reason; a renewal (复核 passed, or granted again) starts a new validity.
/// </summary>
public class EnterpriseTitle : AuditedAggregateRoot<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    public Guid ProgrammeId { get; private set; }
    public string ProgrammeCode { get; private set; } = null!;
    /// <summary>The rule version in force on the grant date, whose terms the title carries; null when none was.</summary>
    public string? RuleSetVersion { get; private set; }
    public DateOnly GrantedOn { get; private set; }
    /// <summary>Last valid day; null for a title without expiry.</summary>
    public DateOnly? ValidUntil { get; private set; }
    /// <summary>The next yearly information-update deadline (年度信息更新).</summary>
    public DateOnly? NextUpdateDueOn { get; private set; }
    /// <summary>When 复核 is due.</summary>
    public DateOnly? ReviewDueOn { get; private set; }
    public EnterpriseTitleStatus Status { get; private set; }
    public EnterpriseTitleSource Source { get; private set; }
    /// <summary>The application whose decision granted it.</summary>
    public Guid? ApplicationId { get; private set; }
    /// <summary>The grant's document number (文号), for a recorded title.</summary>
    public string? DocumentNumber { get; private set; }
    /// <summary>What the officer saw (announcement, plaque, certificate).</summary>
    public string? EvidenceNote { get; private set; }
    /// <summary>When it lapsed or was revoked.</summary>
    public DateOnly? EndedOn { get; private set; }
    public string? RevocationReason { get; private set; }

    private EnterpriseTitle()
    {
    }

    private EnterpriseTitle(Guid id, Guid enterpriseId, Guid districtId, PolicyProgramme programme) : base(id)
    {
        EnterpriseId = enterpriseId;
        DistrictId = districtId;
        ProgrammeId = programme.Id;
        ProgrammeCode = programme.Code;
    }

    /// <summary>Granted by an application's decision.</summary>
    public static EnterpriseTitle Grant(Guid id, Guid enterpriseId, Guid districtId, PolicyProgramme programme, DateOnly grantedOn, Guid applicationId, DateOnly today)
    {
        var title = new EnterpriseTitle(id, enterpriseId, districtId, programme) { Source = EnterpriseTitleSource.Application, ApplicationId = applicationId };
        title.Start(programme, grantedOn, null, today);
        return title;
    }

    /// <summary>
    /// Recorded by an officer for a title granted before the system. Its validity follows the grant's rule version unless
    /// the document says otherwise; one that has already ended is recorded as lapsed.
    /// </summary>
    public static EnterpriseTitle Record(Guid id, Guid enterpriseId, Guid districtId, PolicyProgramme programme, DateOnly grantedOn,
        DateOnly? validUntil, string documentNumber, string? evidenceNote, DateOnly today)
    {
        var title = new EnterpriseTitle(id, enterpriseId, districtId, programme)
        {
            Source = EnterpriseTitleSource.Recorded,
            DocumentNumber = Check.NotNullOrWhiteSpace(documentNumber, "documentNumber", PolicyTitleConsts.MaxDocumentNumberLength),
            EvidenceNote = Check.Length(evidenceNote?.Trim() is { Length: > 0 } note ? note : null, "evidenceNote", PolicyTitleConsts.MaxEvidenceNoteLength)
        };
        title.Start(programme, grantedOn, validUntil, today);
        if (title.ValidUntil < today)
        {
            title.Status = EnterpriseTitleStatus.Lapsed;
            title.EndedOn = title.ValidUntil.Value.AddDays(1);
            title.NextUpdateDueOn = null;
        }
        return title;
    }

    /// <summary>Granted again (复核 passed or a new decision): a new validity from the new grant date.</summary>
    public void Renew(PolicyProgramme programme, DateOnly grantedOn, Guid applicationId, DateOnly today)
    {
        Source = EnterpriseTitleSource.Application;
        ApplicationId = applicationId;
        DocumentNumber = null;
        EvidenceNote = null;
        EndedOn = null;
        RevocationReason = null;
        Start(programme, grantedOn, null, today);
    }

    public void Revoke(DateOnly on, string reason)
    {
        if (Status == EnterpriseTitleStatus.Revoked)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyTitleNotActive, null, ProgrammeCode);
        }
        RevocationReason = Check.NotNullOrWhiteSpace(reason, "reason", PolicyTitleConsts.MaxReasonLength);
        Status = EnterpriseTitleStatus.Revoked;
        EndedOn = on;
        NextUpdateDueOn = null;
        AddDomainEvent(new EnterpriseTitleChangedEvent(EnterpriseId));
    }

    /// <summary>Is it held on the date: active (or lapsed or revoked later) and within its validity.</summary>
    public bool IsValidOn(DateOnly date) =>
        GrantedOn <= date && (ValidUntil is null || date <= ValidUntil) && (EndedOn is null || date < EndedOn);

    private void Start(PolicyProgramme programme, DateOnly grantedOn, DateOnly? validUntil, DateOnly today)
    {
        if (!programme.ConfersTitle)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyTitleNotConferred, "programmeCode", programme.Name);
        }
        if (grantedOn > today)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyTitleGrantedInFuture, "grantedOn");
        }
        var ruleSet = programme.RuleSetOn(grantedOn);
        var terms = ruleSet?.ReadDefinition().Title;
        RuleSetVersion = ruleSet?.Version;
        GrantedOn = grantedOn;
        ValidUntil = validUntil ?? (terms is null ? null : PolicyTitleSchedule.ValidUntil(grantedOn, terms.ValidityYears));
        if (ValidUntil < grantedOn)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyTitleValidUntilBeforeGrant, "validUntil");
        }
        ReviewDueOn = ValidUntil is { } until && terms is not null ? PolicyTitleSchedule.ReviewDue(until, terms.ReviewLeadMonths) : null;
        if (ReviewDueOn < grantedOn)
        {
            ReviewDueOn = null;
        }
        NextUpdateDueOn = programme.NextInformationUpdate(Max(grantedOn, today.AddDays(-1)), ValidUntil);
        Status = EnterpriseTitleStatus.Active;
        AddDomainEvent(new EnterpriseTitleChangedEvent(EnterpriseId));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

/// <summary>A title was granted, renewed, revoked or lapsed: what shows the enterprise's titles (the search index) is refreshed.</summary>
public sealed record EnterpriseTitleChangedEvent(Guid EnterpriseId);
