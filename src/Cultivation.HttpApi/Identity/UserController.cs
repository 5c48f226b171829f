using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Identity;

[ApiController]
[Authorize]
[Route("api/app/users")]
public sealed class UserController(IUserAppService service) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<IdentityUserDto>> GetListAsync([FromQuery] GetUserListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<IdentityUserDto> GetAsync(Guid id, CancellationToken cancellationToken) => service.GetAsync(id, cancellationToken);

    [HttpPost]
    public Task<IdentityUserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken) => service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<IdentityUserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/reset-password")]
    public Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken cancellationToken) =>
        service.ResetPasswordAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/unlock")]
    public Task UnlockAsync(Guid id, CancellationToken cancellationToken) => service.UnlockAsync(id, cancellationToken);

    [HttpDelete("{id:guid}")]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken) => service.DeleteAsync(id, cancellationToken);
}
