using Cultivation.AuditLogging;
using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.FollowUps;
using static Cultivation.Policies.PolicyApplicationStage;

namespace Cultivation.Policies;

/// <summary>Who did something to an application, and when (UTC instant and the Shanghai date).</summary>
public sealed record PolicyActor(Guid? UserId, string Name, DateTime Now, DateOnly Today);

/// <summary>
/// 申报: one enterprise's application to one batch of a programme, from the district's recommendation to the decision.
/// The stage machine lives here: each method checks that its step may happen now, moves the stage, sets the stage's
/// due date and writes a history row (what, from, to, comment, who, when). Recommend → materials → 初审 (district) →
/// 市级评审 (scores) → 公示 (objections) → 认定/入选/立项 or rejected; withdrawn before a decision.
/// </summary>
public class PolicyApplication : FullAuditedAggregateRoot<Guid>, IDistrictScoped, IEnterpriseOwned
{
    private readonly List<PolicyApplicationMaterial> _materials = [];
    private readonly List<PolicyApplicationScore> _scores = [];
    private readonly List<PolicyApplicationObjection> _objections = [];
    private readonly List<PolicyApplicationTransition> _history = [];

    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string ProgrammeCode { get; private set; } = null!;
    public PolicyProgrammeKind ProgrammeKind { get; private set; }
    public Guid BatchId { get; private set; }
    /// <summary>The batch while the application is open, null once it ended: unique with the enterprise, so one open application per enterprise and batch.</summary>
    public Guid? OpenBatchId { get; private set; }
    public Guid? AssessmentId { get; private set; }
    public Guid? RuleSetId { get; private set; }
    public PolicyApplicationStage Stage { get; private set; }
    /// <summary>The furthest working stage reached (for the funnel): never goes back when returned for correction.</summary>
    public PolicyApplicationStage FurthestStage { get; private set; }
    public DateOnly StageEnteredOn { get; private set; }
    public DateOnly? StageDueOn { get; private set; }
    public Guid? RecommendedById { get; private set; }
    public DateOnly RecommendedOn { get; private set; }
    public string? OnSiteCheckNote { get; private set; }
    public decimal? AverageScore { get; private set; }
    public DateOnly? PublicityStartsOn { get; private set; }
    public DateOnly? PublicityEndsOn { get; private set; }
    public PolicyDecision? Decision { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public decimal? GrantedAmount { get; private set; }
    /// <summary>Why it was rejected or withdrawn.</summary>
    public string? OutcomeReason { get; private set; }
    public DateTime LastActionTime { get; private set; }

    public IReadOnlyList<PolicyApplicationMaterial> Materials => _materials;
    public IReadOnlyList<PolicyApplicationScore> Scores => _scores;
    public IReadOnlyList<PolicyApplicationObjection> Objections => _objections;
    public IReadOnlyList<PolicyApplicationTransition> History => _history;

    public bool IsOpen => Stage is PolicyApplicationStage.Materials or DistrictReview or MunicipalReview or Publicity;

    private PolicyApplication()
    {
    }

    internal PolicyApplication(Guid id, Guid enterpriseId, Guid districtId, PolicyProgramme programme, PolicyBatch batch,
        IReadOnlyList<PolicyMaterialItem> checklist, PolicyAssessment? assessment, string? comment, PolicyActor actor, WorkingDayCalendar calendar) : base(id)
    {
        EnterpriseId = enterpriseId;
        DistrictId = districtId;
        ProgrammeId = programme.Id;
        ProgrammeCode = programme.Code;
        ProgrammeKind = programme.Kind;
        BatchId = batch.Id;
        OpenBatchId = batch.Id;
        AssessmentId = assessment?.Id;
        RuleSetId = assessment?.RuleSetId;
        RecommendedById = actor.UserId;
        RecommendedOn = actor.Today;
        for (var i = 0; i < checklist.Count; i++)
        {
            _materials.Add(new PolicyApplicationMaterial(Guid.CreateVersion7(), id, checklist[i], i + 1));
        }
        FurthestStage = PolicyApplicationStage.Materials;
        Enter(PolicyApplicationStage.Materials, batch, actor, calendar);
        Record(PolicyApplicationAction.Recommended, PolicyApplicationStage.Materials, PolicyApplicationStage.Materials, comment, actor);
    }

    /// <summary>A document was stored for a checklist item (the latest one counts).</summary>
    public void AttachDocument(string materialCode, Guid documentId, string fileName, PolicyActor actor)
    {
        EnsureStage(PolicyApplicationAction.DocumentUploaded, PolicyApplicationStage.Materials);
        var material = Material(materialCode);
        material.Attach(documentId, fileName, actor.Now);
        Record(PolicyApplicationAction.DocumentUploaded, Stage, Stage, $"{material.Name}：{fileName}", actor);
    }

    /// <summary>The officer received the item (paper copy, or checked elsewhere).</summary>
    public void ReceiveMaterial(string materialCode, string? note, PolicyActor actor)
    {
        EnsureStage(PolicyApplicationAction.MaterialReceived, PolicyApplicationStage.Materials);
        var material = Material(materialCode);
        material.Receive(Check.Length(note, "note", PolicyApplicationConsts.MaxCommentLength), actor.Now);
        Record(PolicyApplicationAction.MaterialReceived, Stage, Stage, note is null ? material.Name : $"{material.Name}：{note}", actor);
    }

    /// <summary>To 初审: every required item must be uploaded or received.</summary>
    public void Submit(string? comment, PolicyBatch batch, PolicyActor actor, WorkingDayCalendar calendar)
    {
        EnsureStage(PolicyApplicationAction.Submitted, PolicyApplicationStage.Materials);
        var missing = _materials.Where(m => m.Required && m.Status == PolicyMaterialStatus.Missing).OrderBy(m => m.DisplayOrder).Select(m => m.Name).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationMaterialsIncomplete, "materials", string.Join("、", missing));
        }
        Move(PolicyApplicationAction.Submitted, DistrictReview, comment, batch, actor, calendar);
    }

    /// <summary>初审 passed, with the note of the on-site check: on to the city.</summary>
    public void ApproveAtDistrict(string onSiteCheckNote, string? comment, PolicyBatch batch, PolicyActor actor, WorkingDayCalendar calendar)
    {
        EnsureStage(PolicyApplicationAction.DistrictApproved, DistrictReview);
        OnSiteCheckNote = Check.NotNullOrWhiteSpace(onSiteCheckNote, "onSiteCheckNote", PolicyApplicationConsts.MaxCommentLength);
        Move(PolicyApplicationAction.DistrictApproved, MunicipalReview, comment ?? OnSiteCheckNote, batch, actor, calendar);
    }

    /// <summary>初审 sends it back for correction: the materials stage again, with what to correct.</summary>
    public void ReturnForCorrection(string comment, PolicyBatch batch, PolicyActor actor, WorkingDayCalendar calendar)
    {
        EnsureStage(PolicyApplicationAction.ReturnedForCorrection, DistrictReview);
        Move(PolicyApplicationAction.ReturnedForCorrection, PolicyApplicationStage.Materials, Required(comment), batch, actor, calendar);
    }

    public void RejectAtDistrict(string reason, PolicyActor actor)
    {
        EnsureStage(PolicyApplicationAction.DistrictRejected, DistrictReview);
        End(PolicyApplicationAction.DistrictRejected, Rejected, Required(reason), actor);
    }

    /// <summary>An expert's score (0–100) in the city's review; the average is kept.</summary>
    public PolicyApplicationScore RecordScore(string expertName, decimal score, string? comment, PolicyActor actor)
    {
        EnsureStage(PolicyApplicationAction.ScoreRecorded, MunicipalReview);
        if (score is < PolicyApplicationConsts.MinScore or > PolicyApplicationConsts.MaxScore)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationScoreOutOfRange, "score");
        }
        if (_scores.Count >= PolicyApplicationConsts.MaxScoresPerApplication)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationTooManyScores, "score", PolicyApplicationConsts.MaxScoresPerApplication);
        }
        var entry = new PolicyApplicationScore(Guid.CreateVersion7(), Id,
            Check.NotNullOrWhiteSpace(expertName, "expertName", PolicyApplicationConsts.MaxExpertNameLength), score,
            Check.Length(comment, "comment", PolicyApplicationConsts.MaxCommentLength), actor.UserId, actor.Now);
        _scores.Add(entry);
        AverageScore = Math.Round(_scores.Average(s => s.Score), 2, MidpointRounding.AwayFromZero);
        Record(PolicyApplicationAction.ScoreRecorded, Stage, Stage, $"{entry.ExpertName} {score:0.##}{(entry.Comment is null ? "" : "：" + entry.Comment)}", actor);
        return entry;
    }

    /// <summary>To 公示: needs at least one score; the dates are given or the batch's.</summary>
    public void StartPublicity(DateOnly? startsOn, DateOnly? endsOn, string? comment, PolicyBatch batch, PolicyActor actor, WorkingDayCalendar calendar)
    {
        EnsureStage(PolicyApplicationAction.PublicityStarted, MunicipalReview);
        if (_scores.Count == 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationNeedsScore, "scores");
        }
        var starts = startsOn ?? batch.PublicityStartsOn;
        var ends = endsOn ?? batch.PublicityEndsOn;
        if (starts is null || ends is null || ends < starts)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationPublicityDatesInvalid, "endsOn");
        }
        PublicityStartsOn = starts;
        PublicityEndsOn = ends;
        Move(PolicyApplicationAction.PublicityStarted, Publicity, comment ?? $"{starts:yyyy-MM-dd} – {ends:yyyy-MM-dd}", batch, actor, calendar);
    }

    public void RejectAtMunicipal(string reason, PolicyActor actor)
    {
        EnsureStage(PolicyApplicationAction.MunicipalRejected, MunicipalReview);
        End(PolicyApplicationAction.MunicipalRejected, Rejected, Required(reason), actor);
    }

    /// <summary>An objection (异议) received during 公示.</summary>
    public PolicyApplicationObjection RecordObjection(string summary, DateOnly receivedOn, PolicyActor actor)
    {
        EnsureStage(PolicyApplicationAction.ObjectionRecorded, Publicity);
        if (_objections.Count >= PolicyApplicationConsts.MaxObjectionsPerApplication)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, "summary");
        }
        var objection = new PolicyApplicationObjection(Guid.CreateVersion7(), Id,
            Check.NotNullOrWhiteSpace(summary, "summary", PolicyApplicationConsts.MaxCommentLength), receivedOn);
        _objections.Add(objection);
        Record(PolicyApplicationAction.ObjectionRecorded, Stage, Stage, objection.Summary, actor);
        return objection;
    }

    public void ResolveObjection(Guid objectionId, PolicyObjectionOutcome outcome, string resolution, PolicyActor actor)
    {
        EnsureStage(PolicyApplicationAction.ObjectionResolved, Publicity);
        var objection = _objections.FirstOrDefault(o => o.Id == objectionId) ?? throw new EntityNotFoundException(typeof(PolicyApplicationObjection), objectionId);
        if (objection.Outcome is not null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationObjectionAlreadyResolved, "objectionId");
        }
        objection.Resolve(Check.Defined(outcome, "outcome"), Required(resolution, "resolution"), actor.Today);
        Record(PolicyApplicationAction.ObjectionResolved, Stage, Stage, objection.Resolution, actor);
    }

    /// <summary>
    /// The decision after 公示: granted once the 公示 is over and every objection resolved (with the amount for a
    /// project-based programme), or rejected with the reason at any time of the 公示. Raises <see cref="PolicyApplicationDecidedEvent"/>.
    /// </summary>
    public void Decide(PolicyDecision decision, decimal? amount, string? reason, PolicyActor actor)
    {
        var action = decision == PolicyDecision.Granted ? PolicyApplicationAction.Granted : PolicyApplicationAction.Rejected;
        EnsureStage(action, Publicity);
        Check.Defined(decision, "decision");
        if (decision == PolicyDecision.Granted)
        {
            if (actor.Today <= PublicityEndsOn)
            {
                throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationPublicityNotOver, "decision", PublicityEndsOn.Value.ToString("yyyy-MM-dd"));
            }
            if (_objections.Any(o => o.Outcome is null))
            {
                throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationObjectionsUnresolved, "objections");
            }
            if (ProgrammeKind == PolicyProgrammeKind.ProjectBased && amount is null)
            {
                throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationAmountRequired, "amount");
            }
            if (ProgrammeKind != PolicyProgrammeKind.ProjectBased && amount is not null)
            {
                throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationAmountNotApplicable, "amount");
            }
            if (amount < 0)
            {
                throw new BusinessException(CultivationDomainErrorCodes.AmountMustNotBeNegative, "amount");
            }
            GrantedAmount = amount;
            End(action, Granted, Check.Length(reason, "reason", PolicyApplicationConsts.MaxCommentLength), actor);
        }
        else
        {
            if (amount is not null)
            {
                throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationAmountNotApplicable, "amount");
            }
            End(action, Rejected, Required(reason, "reason"), actor);
        }
        Decision = decision;
        DecidedOn = actor.Today;
        AddDomainEvent(new PolicyApplicationDecidedEvent(Id, EnterpriseId, DistrictId, ProgrammeId, ProgrammeCode, RuleSetId, decision, actor.Today, GrantedAmount));
    }

    /// <summary>The district takes it back, with the reason, at any stage before the decision.</summary>
    public void Withdraw(string reason, PolicyActor actor)
    {
        if (!IsOpen)
        {
            throw WrongStage(PolicyApplicationAction.Withdrawn);
        }
        End(PolicyApplicationAction.Withdrawn, Withdrawn, Required(reason), actor);
    }

    private PolicyApplicationMaterial Material(string code) =>
        _materials.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationMaterialNotFound, "itemCode", code);

    private void EnsureStage(PolicyApplicationAction action, PolicyApplicationStage expected)
    {
        if (Stage != expected)
        {
            throw WrongStage(action);
        }
    }

    private BusinessException WrongStage(PolicyApplicationAction action) =>
        new(CultivationDomainErrorCodes.PolicyApplicationWrongStage, null, action, Stage);

    private void Move(PolicyApplicationAction action, PolicyApplicationStage to, string? comment, PolicyBatch batch, PolicyActor actor, WorkingDayCalendar calendar)
    {
        var from = Stage;
        Enter(to, batch, actor, calendar);
        if (to > FurthestStage)
        {
            FurthestStage = to;
        }
        Record(action, from, to, comment, actor);
    }

    private void Enter(PolicyApplicationStage stage, PolicyBatch batch, PolicyActor actor, WorkingDayCalendar calendar)
    {
        Stage = stage;
        StageEnteredOn = actor.Today;
        StageDueOn = batch.DueOn(stage, actor.Today, PublicityEndsOn, calendar);
    }

    private void End(PolicyApplicationAction action, PolicyApplicationStage to, string? reason, PolicyActor actor)
    {
        var from = Stage;
        Stage = to;
        StageEnteredOn = actor.Today;
        StageDueOn = null;
        OpenBatchId = null;
        OutcomeReason = to == Granted ? null : reason;
        if (to == Granted)
        {
            FurthestStage = Granted;
        }
        Record(action, from, to, reason, actor);
    }

    private void Record(PolicyApplicationAction action, PolicyApplicationStage from, PolicyApplicationStage to, string? comment, PolicyActor actor)
    {
        LastActionTime = actor.Now;
        _history.Add(new PolicyApplicationTransition(Guid.CreateVersion7(), Id, action, from, to,
            comment is null ? null : Truncate(Check.PlainText(comment.Trim(), "comment"), PolicyApplicationConsts.MaxCommentLength),
            actor.UserId, Truncate(actor.Name, PolicyApplicationConsts.MaxActorNameLength), actor.Now, actor.Today));
    }

    private static string Required(string? text, string field = "comment") =>
        string.IsNullOrWhiteSpace(text)
            ? throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationCommentRequired, field)
            : Check.NotNullOrWhiteSpace(text, field, PolicyApplicationConsts.MaxCommentLength);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>One item of an application's checklist, copied from the programme's template when it was recommended.</summary>
public class PolicyApplicationMaterial : Entity<Guid>
{
    public Guid ApplicationId { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public string EnglishName { get; private set; } = null!;
    public bool Required { get; private set; }
    public bool Unverified { get; private set; }
    public int DisplayOrder { get; private set; }
    public PolicyMaterialStatus Status { get; private set; }
    public Guid? DocumentId { get; private set; }
    public string? FileName { get; private set; }
    public string? Note { get; private set; }
    public DateTime? UpdatedTime { get; private set; }

    private PolicyApplicationMaterial()
    {
    }

    internal PolicyApplicationMaterial(Guid id, Guid applicationId, PolicyMaterialItem item, int displayOrder) : base(id)
    {
        ApplicationId = applicationId;
        Code = item.Code;
        Name = item.Name;
        EnglishName = item.EnglishName;
        Required = item.Required;
        Unverified = item.Unverified;
        DisplayOrder = displayOrder;
        Status = PolicyMaterialStatus.Missing;
    }

    internal void Attach(Guid documentId, string fileName, DateTime now)
    {
        DocumentId = documentId;
        FileName = fileName;
        Status = PolicyMaterialStatus.Uploaded;
        UpdatedTime = now;
    }

    internal void Receive(string? note, DateTime now)
    {
        // With or without an uploaded copy: the officer has the item (or saw the original).
        Note = note;
        Status = PolicyMaterialStatus.Received;
        UpdatedTime = now;
    }
}

/// <summary>An expert's score in the city's review.</summary>
public class PolicyApplicationScore : Entity<Guid>
{
    public Guid ApplicationId { get; private set; }
    public string ExpertName { get; private set; } = null!;
    public decimal Score { get; private set; }
    public string? Comment { get; private set; }
    public Guid? RecordedById { get; private set; }
    public DateTime RecordedTime { get; private set; }

    private PolicyApplicationScore()
    {
    }

    internal PolicyApplicationScore(Guid id, Guid applicationId, string expertName, decimal score, string? comment, Guid? recordedById, DateTime recordedTime) : base(id)
    {
        ApplicationId = applicationId;
        ExpertName = expertName;
        Score = score;
        Comment = comment;
        RecordedById = recordedById;
        RecordedTime = recordedTime;
    }
}

/// <summary>An objection (异议) received during 公示 and how it was resolved.</summary>
public class PolicyApplicationObjection : Entity<Guid>
{
    public Guid ApplicationId { get; private set; }
    public string Summary { get; private set; } = null!;
    public DateOnly ReceivedOn { get; private set; }
    public PolicyObjectionOutcome? Outcome { get; private set; }
    public string? Resolution { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }

    private PolicyApplicationObjection()
    {
    }

    internal PolicyApplicationObjection(Guid id, Guid applicationId, string summary, DateOnly receivedOn) : base(id)
    {
        ApplicationId = applicationId;
        Summary = summary;
        ReceivedOn = receivedOn;
    }

    internal void Resolve(PolicyObjectionOutcome outcome, string resolution, DateOnly resolvedOn)
    {
        Outcome = outcome;
        Resolution = resolution;
        ResolvedOn = resolvedOn;
    }
}

/// <summary>One row of an application's history: what happened, from which stage to which, the comment, who and when.</summary>
[DisableAuditing]
public class PolicyApplicationTransition : Entity<Guid>
{
    public Guid ApplicationId { get; private set; }
    public PolicyApplicationAction Action { get; private set; }
    public PolicyApplicationStage FromStage { get; private set; }
    public PolicyApplicationStage ToStage { get; private set; }
    public string? Comment { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = null!;
    public DateTime OccurredTime { get; private set; }
    public DateOnly OccurredOn { get; private set; }

    private PolicyApplicationTransition()
    {
    }

    internal PolicyApplicationTransition(Guid id, Guid applicationId, PolicyApplicationAction action, PolicyApplicationStage fromStage,
        PolicyApplicationStage toStage, string? comment, Guid? actorId, string actorName, DateTime occurredTime, DateOnly occurredOn) : base(id)
    {
        ApplicationId = applicationId;
        Action = action;
        FromStage = fromStage;
        ToStage = toStage;
        Comment = comment;
        ActorId = actorId;
        ActorName = actorName;
        OccurredTime = occurredTime;
        OccurredOn = occurredOn;
    }
}
