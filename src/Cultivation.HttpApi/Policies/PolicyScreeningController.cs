using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Policies;

[ApiController]
[Authorize]
[Route("api/app/policy-screenings")]
public sealed class PolicyScreeningController(IPolicyScreeningAppService service) : ControllerBase
{
    /// <summary>Runs a programme over a cohort: the eligible, near-miss and needs-evidence counts and one list's page with reasons.</summary>
    [HttpPost]
    public Task<PolicyScreeningResultDto> RunAsync(RunPolicyScreeningInput input, CancellationToken cancellationToken) =>
        service.RunAsync(input, cancellationToken);

    /// <summary>The same screening as an .xlsx workbook: a sheet per list, with the reasons.</summary>
    [HttpPost("export")]
    [Produces("application/octet-stream")]
    public async Task<FileContentResult> ExportAsync(ExportPolicyScreeningInput input, CancellationToken cancellationToken)
    {
        var file = await service.ExportAsync(input, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
