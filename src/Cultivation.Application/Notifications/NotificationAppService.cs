using Cultivation.Dtos;
using Cultivation.Exceptions;
using Cultivation.Repositories;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Notifications;

[Authorize]
public sealed class NotificationAppService(
    IRepository<Notification, Guid> notifications,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : INotificationAppService
{
    public async Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationListInput input, CancellationToken cancellationToken = default)
    {
        var query = await MineAsync();
        if (input.UnreadOnly)
        {
            query = query.Where(n => n.ReadTime == null);
        }
        var total = await executer.CountAsync(query, cancellationToken);
        var items = await executer.ToListAsync(query.OrderByDescending(n => n.CreationTime).ThenByDescending(n => n.Id)
            .Skip(input.SkipCount).Take(input.MaxResultCount)
            .Select(n => new NotificationDto { Id = n.Id, Title = n.Title, Body = n.Body, Link = n.Link, CreationTime = n.CreationTime, ReadTime = n.ReadTime }),
            cancellationToken);
        return new PagedResultDto<NotificationDto>(total, items);
    }

    public async Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken = default) =>
        new() { Count = await executer.CountAsync((await MineAsync()).Where(n => n.ReadTime == null), cancellationToken) };

    public async Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var notification = await executer.FirstOrDefaultAsync((await MineAsync()).Where(n => n.Id == id), cancellationToken)
                           ?? throw new EntityNotFoundException(typeof(Notification), id);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notification in await executer.ToListAsync((await MineAsync()).Where(n => n.ReadTime == null).Take(1000), cancellationToken))
        {
            notification.MarkRead(now);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Another user's notification does not exist for the caller.</summary>
    private async Task<IQueryable<Notification>> MineAsync()
    {
        var me = currentUser.Id ?? Guid.Empty;
        return (await notifications.GetQueryableAsync()).Where(n => n.UserId == me);
    }
}
