using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Profiles;

[ApiController]
[Authorize]
public sealed class ProjectProfileController(IProjectProfileAppService service) : ControllerBase
{
    [HttpGet("api/app/enterprises/{enterpriseId:guid}/profile")]
    public Task<EnterpriseProfileDto> GetOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        service.GetOfEnterpriseAsync(enterpriseId, cancellationToken);

    [HttpPut("api/app/enterprises/{enterpriseId:guid}/profile")]
    public Task<ProjectProfileDto> SaveAsync(Guid enterpriseId, SaveProjectProfileDto input, CancellationToken cancellationToken) =>
        service.SaveAsync(enterpriseId, input, cancellationToken);

    [HttpPost("api/app/profiles/{id:guid}/consent")]
    public Task<ProjectProfileDto> RecordConsentAsync(Guid id, RecordConsentDto input, CancellationToken cancellationToken) =>
        service.RecordConsentAsync(id, input, cancellationToken);

    [HttpPost("api/app/profiles/{id:guid}/withdraw-consent")]
    public Task<ProjectProfileDto> WithdrawConsentAsync(Guid id, ChangeProfileStatusDto input, CancellationToken cancellationToken) =>
        service.WithdrawConsentAsync(id, input, cancellationToken);

    [HttpPost("api/app/profiles/{id:guid}/publish")]
    public Task<ProjectProfileDto> PublishAsync(Guid id, ChangeProfileStatusDto input, CancellationToken cancellationToken) =>
        service.PublishAsync(id, input, cancellationToken);

    [HttpPost("api/app/profiles/{id:guid}/withdraw")]
    public Task<ProjectProfileDto> WithdrawAsync(Guid id, ChangeProfileStatusDto input, CancellationToken cancellationToken) =>
        service.WithdrawAsync(id, input, cancellationToken);
}
