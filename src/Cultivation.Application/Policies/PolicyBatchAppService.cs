using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Policies;

/// <summary>Batches (申报批次) and programmes' materials checklists: everyone in the pipeline reads them; municipal staff keep them.</summary>
[Authorize(CultivationPermissions.PolicyApplications.Default)]
public sealed class PolicyBatchAppService(
    IPolicyBatchRepository batches,
    IPolicyProgrammeRepository programmes,
    IPolicyPipelineTemplateRepository templates,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IPolicyBatchAppService
{
    public async Task<PagedResultDto<PolicyBatchDto>> GetListAsync(GetPolicyBatchListInput input, CancellationToken cancellationToken = default)
    {
        var today = ShanghaiTime.Today(clock);
        var query = await batches.GetQueryableAsync();
        if (input.ProgrammeId is { } programmeId)
        {
            query = query.Where(b => b.ProgrammeId == programmeId);
        }
        if (input.Year is { } year)
        {
            query = query.Where(b => b.Year == year);
        }
        if (input.OpenOnly)
        {
            query = query.Where(b => b.OpensOn <= today && b.ClosesOn >= today);
        }
        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(Project(query.OrderByDescending(b => b.OpensOn).ThenBy(b => b.Id).Skip(input.SkipCount).Take(input.MaxResultCount),
            await programmes.GetQueryableAsync(), today), cancellationToken);
        return new PagedResultDto<PolicyBatchDto>(total, page);
    }

    public async Task<PolicyBatchDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await batches.GetAsync(id, cancellationToken: cancellationToken);
        return await ReadAsync(id, cancellationToken);
    }

    [Authorize(CultivationPermissions.PolicyApplications.ManageBatches)]
    public async Task<PolicyBatchDto> CreateAsync(CreateUpdatePolicyBatchDto input, CancellationToken cancellationToken = default)
    {
        await programmes.GetAsync(input.ProgrammeId!.Value, includeDetails: false, cancellationToken);
        var batch = new PolicyBatch(Guid.CreateVersion7(), input.ProgrammeId.Value, Details(input));
        await batches.InsertAsync(batch, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ReadAsync(batch.Id, cancellationToken);
    }

    /// <summary>The programme of a batch does not change (its applications belong to it).</summary>
    [Authorize(CultivationPermissions.PolicyApplications.ManageBatches)]
    public async Task<PolicyBatchDto> UpdateAsync(Guid id, CreateUpdatePolicyBatchDto input, CancellationToken cancellationToken = default)
    {
        var batch = await batches.GetAsync(id, cancellationToken: cancellationToken);
        batch.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        if (input.ProgrammeId != batch.ProgrammeId)
        {
            throw new Exceptions.BusinessException(CultivationDomainErrorCodes.ValidationFailed, "programmeId");
        }
        batch.Change(Details(input));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ReadAsync(id, cancellationToken);
    }

    public async Task<PolicyPipelineTemplateDto> GetTemplateAsync(Guid programmeId, CancellationToken cancellationToken = default)
    {
        await programmes.GetAsync(programmeId, includeDetails: false, cancellationToken);
        var template = await templates.FindByProgrammeAsync(programmeId, cancellationToken);
        return new PolicyPipelineTemplateDto { ProgrammeId = programmeId, Materials = template?.Materials.ToList() ?? [], ConcurrencyStamp = template?.ConcurrencyStamp };
    }

    /// <summary>Changes the checklist new applications start with; open applications keep the one they started with.</summary>
    [Authorize(CultivationPermissions.PolicyApplications.ManageBatches)]
    public async Task<PolicyPipelineTemplateDto> UpdateTemplateAsync(Guid programmeId, UpdatePolicyPipelineTemplateDto input, CancellationToken cancellationToken = default)
    {
        await programmes.GetAsync(programmeId, includeDetails: false, cancellationToken);
        var template = await templates.FindByProgrammeAsync(programmeId, cancellationToken);
        if (template is null)
        {
            template = new PolicyPipelineTemplate(Guid.CreateVersion7(), programmeId, input.Materials);
            await templates.InsertAsync(template, cancellationToken: cancellationToken);
        }
        else
        {
            template.ExpectConcurrencyStamp(input.ConcurrencyStamp);
            template.ChangeMaterials(input.Materials);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new PolicyPipelineTemplateDto { ProgrammeId = programmeId, Materials = template.Materials.ToList(), ConcurrencyStamp = template.ConcurrencyStamp };
    }

    private async Task<PolicyBatchDto> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        (await executer.FirstOrDefaultAsync(Project((await batches.GetQueryableAsync()).Where(b => b.Id == id), await programmes.GetQueryableAsync(),
            ShanghaiTime.Today(clock)), cancellationToken))!;

    private static IQueryable<PolicyBatchDto> Project(IQueryable<PolicyBatch> query, IQueryable<PolicyProgramme> programmes, DateOnly today) =>
        from b in query
        join p in programmes on b.ProgrammeId equals p.Id
        select new PolicyBatchDto
        {
            Id = b.Id, ProgrammeId = b.ProgrammeId, ProgrammeCode = p.Code, ProgrammeName = p.Name, Name = b.Name, Year = b.Year,
            OpensOn = b.OpensOn, ClosesOn = b.ClosesOn, PublicityStartsOn = b.PublicityStartsOn, PublicityEndsOn = b.PublicityEndsOn,
            MaterialsDays = b.MaterialsDays, DistrictReviewDays = b.DistrictReviewDays, MunicipalReviewDays = b.MunicipalReviewDays,
            DecisionDays = b.DecisionDays, IsOpen = b.OpensOn <= today && b.ClosesOn >= today, ConcurrencyStamp = b.ConcurrencyStamp
        };

    private static PolicyBatchDetails Details(CreateUpdatePolicyBatchDto input) => new(input.Name, input.Year, input.OpensOn!.Value, input.ClosesOn!.Value,
        input.PublicityStartsOn, input.PublicityEndsOn, input.MaterialsDays, input.DistrictReviewDays, input.MunicipalReviewDays, input.DecisionDays);
}
