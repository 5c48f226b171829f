using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Profiles;

[ApiController]
[Authorize]
[Route("api/app/search-admin")]
public sealed class SearchAdminController(ISearchAdminAppService service) : ControllerBase
{
    [HttpGet("status")]
    public Task<SearchIndexStatusDto> GetStatusAsync(CancellationToken cancellationToken) => service.GetStatusAsync(cancellationToken);

    [HttpPost("rebuild")]
    public Task RebuildAsync(CancellationToken cancellationToken) => service.RebuildAsync(cancellationToken);

    [HttpGet("synonyms")]
    public Task<SearchSynonymsDto> GetSynonymsAsync(CancellationToken cancellationToken) => service.GetSynonymsAsync(cancellationToken);

    [HttpPut("synonyms")]
    public Task<SearchSynonymsDto> UpdateSynonymsAsync(UpdateSearchSynonymsDto input, CancellationToken cancellationToken) =>
        service.UpdateSynonymsAsync(input, cancellationToken);
}
