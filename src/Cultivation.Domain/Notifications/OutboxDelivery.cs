using Cultivation.Repositories;
using Microsoft.Extensions.Logging;

namespace Cultivation.Notifications;

/// <summary>Sends one kind of outbox message (e-mail over SMTP, a 企业微信 robot post).</summary>
public interface IOutboxSender
{
    OutboxChannel Channel { get; }

    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default);
}

/// <summary>
/// Delivers due outbox messages; each outcome is saved at once, so a crash never sends one twice and a
/// failure backs off and retries later — mail waits for a server that is down, and none is lost.
/// </summary>
public sealed class OutboxDelivery(
    IRepository<OutboxMessage, Guid> outbox,
    IEnumerable<IOutboxSender> senders,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger)
{
    public const int BatchSize = 100;

    public async Task<(int Sent, int Failed)> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await executer.ToListAsync((await outbox.GetQueryableAsync())
            .Where(m => m.SentTime == null && m.NextAttemptTime <= now)
            .OrderBy(m => m.NextAttemptTime).Take(BatchSize), cancellationToken);
        var byChannel = senders.ToDictionary(s => s.Channel);
        var (sent, failed) = (0, 0);
        foreach (var message in due)
        {
            try
            {
                if (!byChannel.TryGetValue(message.Channel, out var sender))
                {
                    throw new InvalidOperationException($"No sender for {message.Channel}.");
                }
                await sender.SendAsync(message, cancellationToken);
                message.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Outbox message {Id} ({Channel}) failed, attempt {Attempt}: {Error}", message.Id, message.Channel, message.Attempts + 1, e.Message);
                message.MarkFailed(e.Message, clock.GetUtcNow().UtcDateTime);
                failed++;
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        return (sent, failed);
    }
}
