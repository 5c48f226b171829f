using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.AuditLogging;

[ApiController]
[Authorize]
[Route("api/app/audit-logs")]
public sealed class AuditLogController(IAuditLogAppService service) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<AuditLogDto>> GetListAsync([FromQuery] GetAuditLogListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("filter-options")]
    public Task<AuditLogFilterOptionsDto> GetFilterOptionsAsync(CancellationToken cancellationToken) => service.GetFilterOptionsAsync(cancellationToken);

    [HttpGet("security")]
    public Task<PagedResultDto<SecurityLogDto>> GetSecurityLogsAsync([FromQuery] GetSecurityLogListInput input, CancellationToken cancellationToken) =>
        service.GetSecurityLogsAsync(input, cancellationToken);
}

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}/history")]
public sealed class EnterpriseHistoryController(IAuditLogAppService service) : ControllerBase
{
    [HttpGet]
    [AppServiceMethod(typeof(IAuditLogAppService), nameof(IAuditLogAppService.GetEnterpriseHistoryAsync))]
    public Task<PagedResultDto<EntityChangeDto>> GetAsync(Guid enterpriseId, [FromQuery] PagedAndSortedResultRequestDto input, CancellationToken cancellationToken) =>
        service.GetEnterpriseHistoryAsync(enterpriseId, input, cancellationToken);
}
