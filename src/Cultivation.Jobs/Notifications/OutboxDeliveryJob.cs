using Cultivation.Scheduling;
using Quartz;

namespace Cultivation.Notifications;

/// <summary>Every half minute; one node at a time in a cluster, so a message is never sent by two.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(OutboxDelivery delivery) : IJob
{
    public const string Name = "outbox-delivery";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (sent, failed) = await delivery.DeliverDueAsync(cancellationToken);
        context.Result = new JobOutcome(sent == 0 && failed == 0, $"sent {sent}, failed {failed}");
    }
}
