using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Policies;

[ApiController]
[Authorize]
[Route("api/app/policy-programmes")]
public sealed class PolicyProgrammeController(IPolicyProgrammeAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<PolicyProgrammeDto>> GetListAsync(CancellationToken cancellationToken) => service.GetListAsync(cancellationToken);

    [HttpGet("{programmeId:guid}/rule-sets/{ruleSetId:guid}")]
    public Task<PolicyRuleSetDto> GetRuleSetAsync(Guid programmeId, Guid ruleSetId, CancellationToken cancellationToken) =>
        service.GetRuleSetAsync(programmeId, ruleSetId, cancellationToken);

    [HttpPost("{programmeId:guid}/rule-sets")]
    public Task<PolicyRuleSetDto> CreateRuleSetAsync(Guid programmeId, CreatePolicyRuleSetDto input, CancellationToken cancellationToken) =>
        service.CreateRuleSetAsync(programmeId, input, cancellationToken);

    [HttpPut("{programmeId:guid}/rule-sets/{ruleSetId:guid}")]
    public Task<PolicyRuleSetDto> UpdateRuleSetAsync(Guid programmeId, Guid ruleSetId, UpdatePolicyRuleSetDto input, CancellationToken cancellationToken) =>
        service.UpdateRuleSetAsync(programmeId, ruleSetId, input, cancellationToken);

    [HttpPost("{programmeId:guid}/rule-sets/{ruleSetId:guid}/criteria/{code}/confirm")]
    public Task<PolicyRuleSetDto> ConfirmCriterionAsync(Guid programmeId, Guid ruleSetId, string code, ConfirmPolicyCriterionDto input,
        CancellationToken cancellationToken) =>
        service.ConfirmCriterionAsync(programmeId, ruleSetId, code, input, cancellationToken);
}
