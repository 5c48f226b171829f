using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Policies;

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}/policy-assessments")]
public sealed class PolicyAssessmentController(IPolicyAssessmentAppService service) : ControllerBase
{
    [HttpPost]
    public Task<PolicyAssessmentDto> AssessAsync(Guid enterpriseId, CalculatePolicyInput input, CancellationToken cancellationToken) =>
        service.AssessAsync(enterpriseId, input, cancellationToken);

    [HttpGet]
    public Task<ListResultDto<PolicyAssessmentSummaryDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        service.GetListAsync(enterpriseId, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<PolicyAssessmentDto> GetAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken) =>
        service.GetAsync(enterpriseId, id, cancellationToken);
}
