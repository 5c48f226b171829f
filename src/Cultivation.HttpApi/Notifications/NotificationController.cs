using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Notifications;

[ApiController]
[Authorize]
[Route("api/app/notifications")]
public sealed class NotificationController(INotificationAppService service) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<NotificationDto>> GetListAsync([FromQuery] GetNotificationListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("unread-count")]
    public Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken) => service.GetUnreadCountAsync(cancellationToken);

    [HttpPost("{id:guid}/read")]
    public Task MarkReadAsync(Guid id, CancellationToken cancellationToken) => service.MarkReadAsync(id, cancellationToken);

    [HttpPost("read-all")]
    public Task MarkAllReadAsync(CancellationToken cancellationToken) => service.MarkAllReadAsync(cancellationToken);
}
