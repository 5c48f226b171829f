using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Policies;

[ApiController]
[Authorize]
[Route("api/app/policy-applications")]
public sealed class PolicyApplicationController(IPolicyApplicationAppService service) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<PolicyApplicationSummaryDto>> GetListAsync([FromQuery] GetPolicyApplicationListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("board")]
    public Task<PolicyApplicationBoardDto> GetBoardAsync([FromQuery] GetPolicyApplicationBoardInput input, CancellationToken cancellationToken) =>
        service.GetBoardAsync(input, cancellationToken);

    [HttpGet("funnel")]
    public Task<PolicyFunnelDto> GetFunnelAsync([FromQuery] GetPolicyApplicationFunnelInput input, CancellationToken cancellationToken) =>
        service.GetFunnelAsync(input, cancellationToken);

    [HttpGet("summary")]
    public Task<PolicyApplicationSummaryCountsDto> GetSummaryAsync(CancellationToken cancellationToken) => service.GetSummaryAsync(cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<PolicyApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken) => service.GetAsync(id, cancellationToken);

    [HttpPost]
    public Task<PolicyApplicationDto> RecommendAsync(RecommendPolicyApplicationDto input, CancellationToken cancellationToken) =>
        service.RecommendAsync(input, cancellationToken);

    /// <summary>Uploads a document (PDF, PNG, JPEG, docx, xlsx, pptx; at most 10 MB) for a checklist item.</summary>
    [HttpPost("{id:guid}/materials/{itemCode}/documents")]
    [PolicyDocumentUploadLimit]
    [Consumes("multipart/form-data")]
    public async Task<PolicyApplicationDto> UploadDocumentAsync(Guid id, string itemCode, IFormFile file,
        [FromForm, System.ComponentModel.DataAnnotations.StringLength(CultivationConsts.MaxConcurrencyStampLength)] string? concurrencyStamp,
        CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return await service.UploadDocumentAsync(id, itemCode, new PolicyDocumentUpload(file.FileName, content), concurrencyStamp, cancellationToken);
    }

    [HttpGet("{id:guid}/documents/{documentId:guid}")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK)]
    public async Task<IActionResult> GetDocumentAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var document = await service.GetDocumentAsync(id, documentId, cancellationToken);
        return File(document.Content, document.ContentType, document.FileName);
    }

    [HttpPost("{id:guid}/materials/{itemCode}/receive")]
    public Task<PolicyApplicationDto> ReceiveMaterialAsync(Guid id, string itemCode, ReceivePolicyMaterialDto input, CancellationToken cancellationToken) =>
        service.ReceiveMaterialAsync(id, itemCode, input, cancellationToken);

    [HttpPost("{id:guid}/submit")]
    public Task<PolicyApplicationDto> SubmitAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken) =>
        service.SubmitAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/approve")]
    public Task<PolicyApplicationDto> ApproveAsync(Guid id, ApprovePolicyApplicationDto input, CancellationToken cancellationToken) =>
        service.ApproveAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/return")]
    public Task<PolicyApplicationDto> ReturnAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken) =>
        service.ReturnAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/reject-at-district")]
    public Task<PolicyApplicationDto> RejectAtDistrictAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken) =>
        service.RejectAtDistrictAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/scores")]
    public Task<PolicyApplicationDto> RecordScoreAsync(Guid id, RecordPolicyScoreDto input, CancellationToken cancellationToken) =>
        service.RecordScoreAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/publicity")]
    public Task<PolicyApplicationDto> StartPublicityAsync(Guid id, StartPolicyPublicityDto input, CancellationToken cancellationToken) =>
        service.StartPublicityAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/reject-at-municipal")]
    public Task<PolicyApplicationDto> RejectAtMunicipalAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken) =>
        service.RejectAtMunicipalAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/objections")]
    public Task<PolicyApplicationDto> RecordObjectionAsync(Guid id, RecordPolicyObjectionDto input, CancellationToken cancellationToken) =>
        service.RecordObjectionAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/objections/{objectionId:guid}/resolve")]
    public Task<PolicyApplicationDto> ResolveObjectionAsync(Guid id, Guid objectionId, ResolvePolicyObjectionDto input, CancellationToken cancellationToken) =>
        service.ResolveObjectionAsync(id, objectionId, input, cancellationToken);

    [HttpPost("{id:guid}/decision")]
    public Task<PolicyApplicationDto> DecideAsync(Guid id, DecidePolicyApplicationDto input, CancellationToken cancellationToken) =>
        service.DecideAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/withdraw")]
    public Task<PolicyApplicationDto> WithdrawAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken) =>
        service.WithdrawAsync(id, input, cancellationToken);
}

[ApiController]
[Authorize]
[Route("api/app/policy-batches")]
public sealed class PolicyBatchController(IPolicyBatchAppService service) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<PolicyBatchDto>> GetListAsync([FromQuery] GetPolicyBatchListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<PolicyBatchDto> GetAsync(Guid id, CancellationToken cancellationToken) => service.GetAsync(id, cancellationToken);

    [HttpPost]
    public Task<PolicyBatchDto> CreateAsync(CreateUpdatePolicyBatchDto input, CancellationToken cancellationToken) => service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<PolicyBatchDto> UpdateAsync(Guid id, CreateUpdatePolicyBatchDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(id, input, cancellationToken);
}

[ApiController]
[Authorize]
[Route("api/app/policy-programmes/{programmeId:guid}/pipeline-template")]
public sealed class PolicyPipelineTemplateController(IPolicyBatchAppService service) : ControllerBase
{
    [HttpGet]
    public Task<PolicyPipelineTemplateDto> GetTemplateAsync(Guid programmeId, CancellationToken cancellationToken) =>
        service.GetTemplateAsync(programmeId, cancellationToken);

    [HttpPut]
    public Task<PolicyPipelineTemplateDto> UpdateTemplateAsync(Guid programmeId, UpdatePolicyPipelineTemplateDto input, CancellationToken cancellationToken) =>
        service.UpdateTemplateAsync(programmeId, input, cancellationToken);
}
