using Cultivation.Repositories;
using Microsoft.Extensions.Options;

namespace Cultivation.Notifications;

/// <summary>
/// Puts one message in the inboxes of its recipients and, where configured, in the outbox for e-mail and the
/// district's 企业微信 robot. Nothing is sent here: the outbox is delivered later, with retries.
/// </summary>
public sealed class NotificationWriter(
    IRepository<Notification, Guid> notifications,
    IRepository<OutboxMessage, Guid> outbox,
    IOptions<NotificationOptions> options,
    TimeProvider clock)
{
    public async Task WriteAsync(NotificationMessage message, IEnumerable<Recipient> recipients, string? districtCode, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        foreach (var recipient in recipients.DistinctBy(r => r.UserId))
        {
            await notifications.InsertAsync(new Notification(Guid.CreateVersion7(), recipient.UserId, message.Title, message.Body, message.Link, message.SourceKey, now),
                cancellationToken: cancellationToken);
            if (settings.Smtp.IsConfigured && !string.IsNullOrWhiteSpace(recipient.Email))
            {
                await outbox.InsertAsync(new OutboxMessage(Guid.CreateVersion7(), OutboxChannel.Email, recipient.Email, message.Title,
                    WithLink(message, settings), message.SourceKey, now), cancellationToken: cancellationToken);
            }
        }
        if (districtCode is not null && (settings.WeComWebhooks.GetValueOrDefault(districtCode) ?? settings.WeComWebhooks.GetValueOrDefault("*")) is { } webhook)
        {
            await outbox.InsertAsync(new OutboxMessage(Guid.CreateVersion7(), OutboxChannel.WeCom, webhook, message.Title,
                $"{message.Title}\n{message.Body}", message.SourceKey, now), cancellationToken: cancellationToken);
        }
    }

    private static string WithLink(NotificationMessage message, NotificationOptions settings) =>
        message.Link is not null && settings.PublicBaseUrl is { } baseUrl
            ? $"{message.Body}\n\n{baseUrl.TrimEnd('/')}{message.Link}"
            : message.Body;
}

public sealed record NotificationMessage(string Title, string Body, string? Link, string SourceKey);
