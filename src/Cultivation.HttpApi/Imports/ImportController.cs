using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Imports;

[ApiController]
[Authorize]
[Route("api/app/imports")]
public sealed class ImportController(IImportAppService service) : ControllerBase
{
    /// <summary>
    /// Uploads a file (multipart/form-data: <c>file</c>, <c>kind</c>, optional <c>editionId</c>) and stages it. A file over
    /// the size limit is refused from its Content-Length, before it is read.
    /// </summary>
    [HttpPost]
    [ImportUploadLimit]
    [Consumes("multipart/form-data")]
    public async Task<ImportBatchDto> UploadAsync([FromForm] UploadImportInput input, IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return await service.UploadAsync(input, new ImportFileInput(file.FileName, file.Length, content), cancellationToken);
    }

    [HttpGet]
    public Task<PagedResultDto<ImportBatchDto>> GetListAsync([FromQuery] GetImportListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<ImportBatchDto> GetAsync(Guid id, CancellationToken cancellationToken) => service.GetAsync(id, cancellationToken);

    /// <summary>The per-row report and preview (old → new per field), filtered and paged.</summary>
    [HttpGet("{id:guid}/rows")]
    public Task<PagedResultDto<ImportRowDto>> GetRowsAsync(Guid id, [FromQuery] GetImportRowsInput input, CancellationToken cancellationToken) =>
        service.GetRowsAsync(id, input, cancellationToken);

    [HttpGet("{id:guid}/progress")]
    public Task<ImportProgressDto> GetProgressAsync(Guid id, CancellationToken cancellationToken) => service.GetProgressAsync(id, cancellationToken);

    [HttpPut("{id:guid}/rows/{rowNumber:int}/resolution")]
    public Task<ImportBatchDto> ResolveRowAsync(Guid id, int rowNumber, ResolveImportRowInput input, CancellationToken cancellationToken) =>
        service.ResolveRowAsync(id, rowNumber, input, cancellationToken);

    [HttpPost("{id:guid}/commit")]
    public Task<ImportBatchDto> CommitAsync(Guid id, CancellationToken cancellationToken) => service.CommitAsync(id, cancellationToken);

    [HttpPost("{id:guid}/revert")]
    public Task<ImportBatchDto> RevertAsync(Guid id, CancellationToken cancellationToken) => service.RevertAsync(id, cancellationToken);

    [HttpPost("{id:guid}/discard")]
    public Task<ImportBatchDto> DiscardAsync(Guid id, CancellationToken cancellationToken) => service.DiscardAsync(id, cancellationToken);

    /// <summary>The kind's template (.xlsx with a sheet of notes, or .csv), generated from the same column list the import reads.</summary>
    [HttpGet("templates/{kind}")]
    [Produces("application/octet-stream")]
    public async Task<FileContentResult> GetTemplateAsync(ImportKind kind, [FromQuery] GetImportTemplateInput input, CancellationToken cancellationToken)
    {
        var file = await service.GetTemplateAsync(kind, input, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}

/// <summary>Which import set each field of an enterprise (and of its award records and figures).</summary>
[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}/import-provenance")]
public sealed class EnterpriseImportProvenanceController(IImportAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<ImportProvenanceDto>> GetAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        service.GetEnterpriseProvenanceAsync(enterpriseId, cancellationToken);
}
