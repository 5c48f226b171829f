using Cultivation.Authorization;
using Cultivation.Districts;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.FollowUps;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;
using static Cultivation.Policies.PolicyApplicationStage;

namespace Cultivation.Policies;

/// <summary>
/// The application pipeline (申报). Each step is gated twice: by its permission (district steps: recommend, materials,
/// 初审; city steps: review, 公示, decision) and by the district — an officer's queries see only the officer's district,
/// so another district's application does not exist for them (404). The stage rules are the aggregate's.
/// </summary>
[Authorize(CultivationPermissions.PolicyApplications.Default)]
public sealed class PolicyApplicationAppService(
    IPolicyApplicationRepository applications,
    IPolicyBatchRepository batches,
    IPolicyProgrammeRepository programmes,
    IPolicyAssessmentRepository assessments,
    IPolicyDocumentRepository documents,
    IEnterpriseRepository enterprises,
    IDistrictRepository districts,
    PolicyApplicationManager manager,
    WorkingDayCalendarProvider calendars,
    IPermissionChecker permissions,
    ICurrentPrincipalAccessor principal,
    ICurrentUser currentUser,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IPolicyApplicationAppService
{
    private static readonly PolicyApplicationStage[] BoardStages = [Materials, DistrictReview, MunicipalReview, Publicity, Granted, Rejected, Withdrawn];

    public async Task<PagedResultDto<PolicyApplicationSummaryDto>> GetListAsync(GetPolicyApplicationListInput input, CancellationToken cancellationToken = default)
    {
        var today = ShanghaiTime.Today(clock);
        var query = await applications.GetQueryableAsync();
        if (input.ProgrammeId is { } programmeId)
        {
            query = query.Where(a => a.ProgrammeId == programmeId);
        }
        if (input.BatchId is { } batchId)
        {
            query = query.Where(a => a.BatchId == batchId);
        }
        if (input.Stage is { } stage)
        {
            query = query.Where(a => a.Stage == stage);
        }
        if (input.OpenOnly)
        {
            query = query.Where(a => a.Stage <= Publicity);
        }
        if (input.DistrictId is { } districtId)
        {
            query = query.Where(a => a.DistrictId == districtId);
        }
        if (input.EnterpriseId is { } enterpriseId)
        {
            query = query.Where(a => a.EnterpriseId == enterpriseId);
        }
        if (input.Overdue)
        {
            query = query.Where(a => a.Stage <= Publicity && a.StageDueOn < today);
        }
        if (input.Mine)
        {
            var stages = await MyStagesAsync();
            query = query.Where(a => stages.Contains(a.Stage));
        }
        if (!string.IsNullOrWhiteSpace(input.Keyword))
        {
            var keyword = input.Keyword.Trim();
            var matching = (await enterprises.GetQueryableAsync()).Where(e => e.Name.Contains(keyword)).Select(e => e.Id);
            query = query.Where(a => matching.Contains(a.EnterpriseId));
        }
        var total = await executer.CountAsync(query, cancellationToken);
        var ordered = query.OrderBy(a => a.Stage > Publicity).ThenBy(a => a.StageDueOn).ThenByDescending(a => a.LastActionTime).ThenBy(a => a.Id)
            .Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<PolicyApplicationSummaryDto>(total, await executer.ToListAsync(await ProjectAsync(ordered, today), cancellationToken));
    }

    /// <summary>One count per stage (one GROUP BY) and the most urgent cards of each column.</summary>
    public async Task<PolicyApplicationBoardDto> GetBoardAsync(GetPolicyApplicationBoardInput input, CancellationToken cancellationToken = default)
    {
        var today = ShanghaiTime.Today(clock);
        var batchId = input.BatchId!.Value;
        await batches.GetAsync(batchId, cancellationToken: cancellationToken);
        var query = (await applications.GetQueryableAsync()).Where(a => a.BatchId == batchId);
        if (input.DistrictId is { } districtId)
        {
            query = query.Where(a => a.DistrictId == districtId);
        }
        var counts = await executer.ToListAsync(query.GroupBy(a => a.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Overdue = g.Count(a => a.StageDueOn < today) }), cancellationToken);
        var board = new PolicyApplicationBoardDto { BatchId = batchId };
        foreach (var stage in BoardStages)
        {
            var count = counts.FirstOrDefault(c => c.Stage == stage);
            var column = new PolicyApplicationBoardColumnDto { Stage = stage, Count = count?.Count ?? 0, OverdueCount = stage <= Publicity ? count?.Overdue ?? 0 : 0 };
            if (column.Count > 0)
            {
                var cards = query.Where(a => a.Stage == stage).OrderBy(a => a.StageDueOn).ThenByDescending(a => a.LastActionTime).ThenBy(a => a.Id).Take(input.CardsPerStage);
                column.Cards = await executer.ToListAsync(await ProjectAsync(cards, today), cancellationToken);
            }
            board.Columns.Add(column);
        }
        return board;
    }

    /// <summary>Per district: how many reached each stage and how they ended, in one GROUP BY over the (batch, district, stage) index.</summary>
    [Authorize(CultivationPermissions.PolicyApplications.Funnel)]
    public async Task<PolicyFunnelDto> GetFunnelAsync(GetPolicyApplicationFunnelInput input, CancellationToken cancellationToken = default)
    {
        var programmeId = input.ProgrammeId!.Value;
        var query = (await applications.GetQueryableAsync()).Where(a => a.ProgrammeId == programmeId);
        if (input.BatchId is { } batchId)
        {
            query = query.Where(a => a.BatchId == batchId);
        }
        var rows = await executer.ToListAsync(query.GroupBy(a => a.DistrictId).Select(g => new PolicyFunnelRowDto
        {
            DistrictId = g.Key,
            Recommended = g.Count(),
            ReachedDistrictReview = g.Count(a => a.FurthestStage >= DistrictReview),
            ReachedMunicipalReview = g.Count(a => a.FurthestStage >= MunicipalReview),
            ReachedPublicity = g.Count(a => a.FurthestStage >= Publicity),
            Granted = g.Count(a => a.Stage == Granted),
            Rejected = g.Count(a => a.Stage == Rejected),
            Withdrawn = g.Count(a => a.Stage == Withdrawn),
            Open = g.Count(a => a.Stage <= Publicity)
        }), cancellationToken);
        var all = await districts.GetAllAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.DistrictId);
        // Every district in the caller's scope appears, with zeros where nothing was recommended (coverage shows).
        var scope = currentUser.DistrictId is { } own ? all.Where(d => d.Id == own) : all;
        var funnel = new PolicyFunnelDto { ProgrammeId = programmeId, BatchId = input.BatchId };
        foreach (var district in scope.OrderBy(d => d.DisplayOrder))
        {
            var row = byId.GetValueOrDefault(district.Id) ?? new PolicyFunnelRowDto { DistrictId = district.Id };
            row.DistrictName = district.Name;
            funnel.Districts.Add(row);
        }
        funnel.Total = new PolicyFunnelRowDto
        {
            DistrictId = Guid.Empty, DistrictName = "",
            Recommended = rows.Sum(r => r.Recommended), ReachedDistrictReview = rows.Sum(r => r.ReachedDistrictReview),
            ReachedMunicipalReview = rows.Sum(r => r.ReachedMunicipalReview), ReachedPublicity = rows.Sum(r => r.ReachedPublicity),
            Granted = rows.Sum(r => r.Granted), Rejected = rows.Sum(r => r.Rejected), Withdrawn = rows.Sum(r => r.Withdrawn), Open = rows.Sum(r => r.Open)
        };
        return funnel;
    }

    /// <summary>The home cards over the caller's scope, each one indexed count; 待推荐入库企业 is one set-based query.</summary>
    public async Task<PolicyApplicationSummaryCountsDto> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var today = ShanghaiTime.Today(clock);
        var query = await applications.GetQueryableAsync();
        var openBatches = (await batches.GetQueryableAsync()).Where(b => b.OpensOn <= today && b.ClosesOn >= today);
        var stored = await assessments.GetQueryableAsync();
        var candidates = stored
            .Where(a => openBatches.Any(b => b.ProgrammeId == a.ProgrammeId))
            .Where(a => !stored.Any(n => n.EnterpriseId == a.EnterpriseId && n.ProgrammeId == a.ProgrammeId
                && (n.AssessmentDate > a.AssessmentDate || (n.AssessmentDate == a.AssessmentDate && n.CreationTime > a.CreationTime))))
            .Where(a => a.Outcome == PolicyOutcome.Eligible)
            .Where(a => !query.Any(x => x.EnterpriseId == a.EnterpriseId && x.ProgrammeId == a.ProgrammeId && x.Stage != Withdrawn
                && openBatches.Any(b => b.Id == x.BatchId)))
            .Select(a => a.EnterpriseId)
            .Distinct();
        return new PolicyApplicationSummaryCountsDto
        {
            Open = await executer.CountAsync(query.Where(a => a.Stage <= Publicity), cancellationToken),
            AwaitingMunicipalReview = await executer.CountAsync(query.Where(a => a.Stage == MunicipalReview), cancellationToken),
            Overdue = await executer.CountAsync(query.Where(a => a.Stage <= Publicity && a.StageDueOn < today), cancellationToken),
            ToRecommend = await executer.CountAsync(candidates, cancellationToken)
        };
    }

    public async Task<PolicyApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await DetailAsync(await applications.GetAsync(id, cancellationToken: cancellationToken), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.Recommend)]
    public async Task<PolicyApplicationDto> RecommendAsync(RecommendPolicyApplicationDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(input.EnterpriseId!.Value, includeDetails: false, cancellationToken);
        var batch = await batches.GetAsync(input.BatchId!.Value, cancellationToken: cancellationToken);
        var programme = await programmes.GetAsync(batch.ProgrammeId, includeDetails: false, cancellationToken);
        var actor = Actor();
        var application = await manager.RecommendAsync(enterprise, programme, batch, input.AssessmentId, input.Comment, actor,
            await calendars.LoadAsync(actor.Today, cancellationToken), cancellationToken);
        await applications.InsertAsync(application, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await DetailAsync(application, cancellationToken);
    }

    /// <summary>Stores the document and marks the item in one transaction; the type is read from the bytes, never trusted from the client.</summary>
    [Authorize(CultivationPermissions.PolicyApplications.Recommend)]
    public async Task<PolicyApplicationDto> UploadDocumentAsync(Guid id, string itemCode, PolicyDocumentUpload file, string? concurrencyStamp,
        CancellationToken cancellationToken = default)
    {
        var inspected = await PolicyDocumentInspector.InspectAsync(file.FileName, file.Content, cancellationToken);
        return await ChangeAsync(id, concurrencyStamp, async (application, _, _, actor) =>
        {
            var documentId = Guid.CreateVersion7();
            application.AttachDocument(itemCode, documentId, inspected.FileName, actor);
            var code = application.Materials.First(m => m.DocumentId == documentId).Code;
            await documents.InsertAsync(new PolicyDocument(documentId, application, code, inspected), cancellationToken: cancellationToken);
        }, cancellationToken);
    }

    public async Task<PolicyDocumentContent> GetDocumentAsync(Guid id, Guid documentId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindAsync(id, includeDetails: false, cancellationToken) ?? throw new EntityNotFoundException(typeof(PolicyApplication), id);
        var document = await executer.FirstOrDefaultAsync((await documents.GetQueryableAsync())
            .Where(d => d.Id == documentId && d.ApplicationId == application.Id)
            .Select(d => new PolicyDocumentContent(d.FileName, d.ContentType, d.Content)), cancellationToken);
        return document ?? throw new EntityNotFoundException(typeof(PolicyDocument), documentId);
    }

    [Authorize(CultivationPermissions.PolicyApplications.Recommend)]
    public Task<PolicyApplicationDto> ReceiveMaterialAsync(Guid id, string itemCode, ReceivePolicyMaterialDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, _, _, actor) => a.ReceiveMaterial(itemCode, input.Note, actor), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.Recommend)]
    public Task<PolicyApplicationDto> SubmitAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, batch, calendar, actor) => a.Submit(input.Comment, batch, actor, calendar), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.DistrictReview)]
    public Task<PolicyApplicationDto> ApproveAsync(Guid id, ApprovePolicyApplicationDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, batch, calendar, actor) => a.ApproveAtDistrict(input.OnSiteCheckNote, input.Comment, batch, actor, calendar),
            cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.DistrictReview)]
    public Task<PolicyApplicationDto> ReturnAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, batch, calendar, actor) => a.ReturnForCorrection(input.Comment!, batch, actor, calendar), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.DistrictReview)]
    public Task<PolicyApplicationDto> RejectAtDistrictAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, _, _, actor) => a.RejectAtDistrict(input.Comment!, actor), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.MunicipalReview)]
    public Task<PolicyApplicationDto> RecordScoreAsync(Guid id, RecordPolicyScoreDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, _, _, actor) => a.RecordScore(input.ExpertName, input.Score!.Value, input.Comment, actor), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.MunicipalReview)]
    public Task<PolicyApplicationDto> StartPublicityAsync(Guid id, StartPolicyPublicityDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, batch, calendar, actor) => a.StartPublicity(input.StartsOn, input.EndsOn, input.Comment, batch, actor, calendar),
            cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.MunicipalReview)]
    public Task<PolicyApplicationDto> RejectAtMunicipalAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, _, _, actor) => a.RejectAtMunicipal(input.Comment!, actor), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.MunicipalReview)]
    public Task<PolicyApplicationDto> RecordObjectionAsync(Guid id, RecordPolicyObjectionDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, _, _, actor) => a.RecordObjection(input.Summary, input.ReceivedOn ?? actor.Today, actor), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.MunicipalReview)]
    public Task<PolicyApplicationDto> ResolveObjectionAsync(Guid id, Guid objectionId, ResolvePolicyObjectionDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, _, _, actor) => a.ResolveObjection(objectionId, input.Outcome!.Value, input.Resolution, actor), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.Decide)]
    public Task<PolicyApplicationDto> DecideAsync(Guid id, DecidePolicyApplicationDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, _, _, actor) => a.Decide(input.Decision!.Value, input.Amount, input.Reason, actor), cancellationToken);

    [Authorize(CultivationPermissions.PolicyApplications.Recommend)]
    public Task<PolicyApplicationDto> WithdrawAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (a, _, _, actor) => a.Withdraw(input.Comment!, actor), cancellationToken);

    private Task<PolicyApplicationDto> ChangeAsync(Guid id, string? stamp, Action<PolicyApplication, PolicyBatch, WorkingDayCalendar, PolicyActor> change,
        CancellationToken cancellationToken) =>
        ChangeAsync(id, stamp, (a, b, c, actor) =>
        {
            change(a, b, c, actor);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Loads the application as the caller may see it (404 otherwise), checks the stamp, applies the step and saves once.</summary>
    private async Task<PolicyApplicationDto> ChangeAsync(Guid id, string? stamp, Func<PolicyApplication, PolicyBatch, WorkingDayCalendar, PolicyActor, Task> change,
        CancellationToken cancellationToken)
    {
        var application = await applications.GetAsync(id, cancellationToken: cancellationToken);
        application.ExpectConcurrencyStamp(stamp);
        var batch = await batches.GetAsync(application.BatchId, cancellationToken: cancellationToken);
        var actor = Actor();
        await change(application, batch, await calendars.LoadAsync(actor.Today, cancellationToken), actor);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await DetailAsync(application, cancellationToken);
    }

    private PolicyActor Actor() =>
        new(currentUser.Id, currentUser.DisplayName ?? currentUser.UserName ?? "system", clock.GetUtcNow().UtcDateTime, ShanghaiTime.Today(clock));

    /// <summary>The stages at which the caller acts: the district's for those who recommend or review there, the city's for reviewers and deciders.</summary>
    private async Task<List<PolicyApplicationStage>> MyStagesAsync()
    {
        var user = principal.Principal;
        var stages = new List<PolicyApplicationStage>();
        if (user is not null)
        {
            if (await permissions.IsGrantedAsync(user, CultivationPermissions.PolicyApplications.Recommend))
            {
                stages.Add(Materials);
            }
            if (await permissions.IsGrantedAsync(user, CultivationPermissions.PolicyApplications.DistrictReview))
            {
                stages.Add(DistrictReview);
            }
            if (await permissions.IsGrantedAsync(user, CultivationPermissions.PolicyApplications.MunicipalReview))
            {
                stages.Add(MunicipalReview);
                stages.Add(Publicity);
            }
            else if (await permissions.IsGrantedAsync(user, CultivationPermissions.PolicyApplications.Decide))
            {
                stages.Add(Publicity);
            }
        }
        return stages;
    }

    private async Task<IQueryable<PolicyApplicationSummaryDto>> ProjectAsync(IQueryable<PolicyApplication> query, DateOnly today)
    {
        var enterpriseQuery = await enterprises.GetQueryableAsync();
        var districtQuery = await districts.GetQueryableAsync();
        var programmeQuery = await programmes.GetQueryableAsync();
        var batchQuery = await batches.GetQueryableAsync();
        return from a in query
               join e in enterpriseQuery on a.EnterpriseId equals e.Id
               join d in districtQuery on a.DistrictId equals d.Id
               join p in programmeQuery on a.ProgrammeId equals p.Id
               join b in batchQuery on a.BatchId equals b.Id
               select new PolicyApplicationSummaryDto
               {
                   Id = a.Id, EnterpriseId = a.EnterpriseId, EnterpriseName = e.Name, DistrictId = a.DistrictId, DistrictName = d.Name,
                   ProgrammeId = a.ProgrammeId, ProgrammeCode = a.ProgrammeCode, ProgrammeName = p.Name, BatchId = a.BatchId, BatchName = b.Name,
                   Stage = a.Stage, FurthestStage = a.FurthestStage, StageEnteredOn = a.StageEnteredOn, StageDueOn = a.StageDueOn,
                   IsOverdue = a.Stage <= Publicity && a.StageDueOn < today, RecommendedOn = a.RecommendedOn, AverageScore = a.AverageScore,
                   Decision = a.Decision, DecidedOn = a.DecidedOn, GrantedAmount = a.GrantedAmount, LastActionTime = a.LastActionTime
               };
    }

    /// <summary>The names from one query, the documents' metadata from another (never their content), the rest from the aggregate in memory.</summary>
    private async Task<PolicyApplicationDto> DetailAsync(PolicyApplication a, CancellationToken cancellationToken)
    {
        var today = ShanghaiTime.Today(clock);
        var summary = await executer.FirstOrDefaultAsync(await ProjectAsync((await applications.GetQueryableAsync()).Where(x => x.Id == a.Id), today), cancellationToken)
                      ?? throw new EntityNotFoundException(typeof(PolicyApplication), a.Id);
        var files = await executer.ToListAsync((await documents.GetQueryableAsync()).Where(d => d.ApplicationId == a.Id)
            .OrderBy(d => d.CreationTime)
            .Select(d => new PolicyDocumentDto
            {
                Id = d.Id, MaterialCode = d.MaterialCode, FileName = d.FileName, ContentType = d.ContentType, Size = d.Size, Sha256 = d.Sha256, CreationTime = d.CreationTime
            }), cancellationToken);
        return new PolicyApplicationDto
        {
            Id = a.Id, EnterpriseId = a.EnterpriseId, EnterpriseName = summary.EnterpriseName, DistrictId = a.DistrictId, DistrictName = summary.DistrictName,
            ProgrammeId = a.ProgrammeId, ProgrammeCode = a.ProgrammeCode, ProgrammeName = summary.ProgrammeName, ProgrammeKind = a.ProgrammeKind,
            BatchId = a.BatchId, BatchName = summary.BatchName, Stage = a.Stage, FurthestStage = a.FurthestStage, StageEnteredOn = a.StageEnteredOn,
            StageDueOn = a.StageDueOn, IsOverdue = a.IsOpen && a.StageDueOn < today, RecommendedOn = a.RecommendedOn, AverageScore = a.AverageScore,
            Decision = a.Decision, DecidedOn = a.DecidedOn, GrantedAmount = a.GrantedAmount, LastActionTime = a.LastActionTime,
            AssessmentId = a.AssessmentId, OnSiteCheckNote = a.OnSiteCheckNote, PublicityStartsOn = a.PublicityStartsOn, PublicityEndsOn = a.PublicityEndsOn,
            OutcomeReason = a.OutcomeReason, ConcurrencyStamp = a.ConcurrencyStamp, Documents = files,
            Materials = a.Materials.OrderBy(m => m.DisplayOrder).Select(m => new PolicyApplicationMaterialDto
            {
                Code = m.Code, Name = m.Name, EnglishName = m.EnglishName, Required = m.Required, Unverified = m.Unverified, Status = m.Status,
                DocumentId = m.DocumentId, FileName = m.FileName, Note = m.Note, UpdatedTime = m.UpdatedTime
            }).ToList(),
            Scores = a.Scores.OrderBy(s => s.RecordedTime).Select(s => new PolicyApplicationScoreDto
            {
                Id = s.Id, ExpertName = s.ExpertName, Score = s.Score, Comment = s.Comment, RecordedTime = s.RecordedTime
            }).ToList(),
            Objections = a.Objections.OrderBy(o => o.ReceivedOn).ThenBy(o => o.Id).Select(o => new PolicyApplicationObjectionDto
            {
                Id = o.Id, Summary = o.Summary, ReceivedOn = o.ReceivedOn, Outcome = o.Outcome, Resolution = o.Resolution, ResolvedOn = o.ResolvedOn
            }).ToList(),
            History = a.History.OrderBy(h => h.OccurredTime).ThenBy(h => h.Id).Select(h => new PolicyApplicationTransitionDto
            {
                Id = h.Id, Action = h.Action, FromStage = h.FromStage, ToStage = h.ToStage, Comment = h.Comment, ActorId = h.ActorId,
                ActorName = h.ActorName, OccurredTime = h.OccurredTime, OccurredOn = h.OccurredOn
            }).ToList()
        };
    }
}
