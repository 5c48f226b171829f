using Microsoft.Extensions.Hosting;

namespace Cultivation;

/// <summary>The host's lifetime events for a test container that starts its hosted services itself (Quartz waits for "started").</summary>
public sealed class TestHostLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _started = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _stopped = new();

    public CancellationToken ApplicationStarted => _started.Token;
    public CancellationToken ApplicationStopping => _stopping.Token;
    public CancellationToken ApplicationStopped => _stopped.Token;

    public void NotifyStarted() => _started.Cancel();

    public void NotifyStopping() => _stopping.Cancel();

    public void NotifyStopped() => _stopped.Cancel();

    public void StopApplication() => NotifyStopping();

    public void Dispose()
    {
        _started.Dispose();
        _stopping.Dispose();
        _stopped.Dispose();
    }
}
