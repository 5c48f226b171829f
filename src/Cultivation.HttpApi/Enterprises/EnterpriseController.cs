using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Enterprises;

[ApiController]
[Authorize]
[Route("api/app/enterprises")]
public sealed class EnterpriseController(IEnterpriseAppService service, IEnterpriseExportAppService export) : ControllerBase
{
    /// <summary>The list's current filter and sorting as .xlsx or .csv (UTF-8 with BOM).</summary>
    [HttpGet("export")]
    [Produces("application/octet-stream")]
    public async Task<FileContentResult> ExportAsync([FromQuery] ExportEnterprisesInput input, CancellationToken cancellationToken)
    {
        var file = await export.ExportAsync(input, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet]
    public Task<PagedResultDto<EnterpriseListItemDto>> GetListAsync([FromQuery] GetEnterpriseListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<EnterpriseDto> GetAsync(Guid id, CancellationToken cancellationToken) => service.GetAsync(id, cancellationToken);

    [HttpPost]
    public Task<EnterpriseDto> CreateAsync(CreateEnterpriseDto input, CancellationToken cancellationToken) =>
        service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<EnterpriseDto> UpdateAsync(Guid id, UpdateEnterpriseDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/incorporate")]
    public Task<EnterpriseDto> IncorporateAsync(Guid id, IncorporateEnterpriseDto input, CancellationToken cancellationToken) =>
        service.IncorporateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken) => service.DeleteAsync(id, cancellationToken);
}
