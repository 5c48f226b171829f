using Cultivation.Dtos;

namespace Cultivation.Notifications;

public class NotificationDto : EntityDto<Guid>
{
    public string Title { get; set; } = null!;
    public string Body { get; set; } = null!;
    public string? Link { get; set; }
    public DateTime CreationTime { get; set; }
    public DateTime? ReadTime { get; set; }
}

public class GetNotificationListInput : PagedAndSortedResultRequestDto
{
    public bool UnreadOnly { get; set; }
}

public class UnreadCountDto
{
    public int Count { get; set; }
}

/// <summary>The signed-in user's own inbox; nobody reads another's.</summary>
public interface INotificationAppService
{
    Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationListInput input, CancellationToken cancellationToken = default);

    Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken = default);

    Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default);

    Task MarkAllReadAsync(CancellationToken cancellationToken = default);
}
