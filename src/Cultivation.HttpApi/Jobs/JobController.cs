using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Jobs;

[ApiController]
[Authorize]
[Route("api/app/jobs")]
public sealed class JobController(IJobAdminAppService service) : ControllerBase
{
    [HttpGet]
    public Task<List<ScheduledJobDto>> GetListAsync(CancellationToken cancellationToken) => service.GetListAsync(cancellationToken);

    [HttpGet("{jobName}/runs")]
    public Task<List<JobRunDto>> GetRunsAsync(string jobName, CancellationToken cancellationToken) => service.GetRunsAsync(jobName, cancellationToken);

    [HttpPost("{jobName}/trigger")]
    public Task TriggerAsync(string jobName, CancellationToken cancellationToken) => service.TriggerAsync(jobName, cancellationToken);
}
