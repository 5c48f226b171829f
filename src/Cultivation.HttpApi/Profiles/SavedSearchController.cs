using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Profiles;

[ApiController]
[Authorize]
[Route("api/app/saved-searches")]
public sealed class SavedSearchController(ISavedSearchAppService service) : ControllerBase
{
    [HttpGet]
    public Task<List<SavedSearchDto>> GetListAsync(CancellationToken cancellationToken) => service.GetListAsync(cancellationToken);

    [HttpPost]
    public Task<SavedSearchDto> CreateAsync(CreateUpdateSavedSearchDto input, CancellationToken cancellationToken) => service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<SavedSearchDto> UpdateAsync(Guid id, CreateUpdateSavedSearchDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken) => service.DeleteAsync(id, cancellationToken);
}
