using System.Collections.Concurrent;

namespace Cultivation.Benchmarks;

/// <summary>
/// What the soak's clients saw: every request's time by operation, and every error (a 5xx, an unexpected status,
/// a failed connection or a timeout) by operation and status, with the first answer of each kind for the report.
/// </summary>
public sealed class SoakRecorder
{
    private readonly ConcurrentDictionary<string, List<double>> _times = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly ConcurrentDictionary<string, string> _firstAnswers = new();
    private readonly object _intervalLock = new();
    private List<double> _interval = [];
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    public int Errors => _errors.Values.Sum();

    public void Success(string operation, double milliseconds)
    {
        Interlocked.Increment(ref _requests);
        var list = _times.GetOrAdd(operation, _ => []);
        lock (list)
        {
            list.Add(milliseconds);
        }
        lock (_intervalLock)
        {
            _interval.Add(milliseconds);
        }
    }

    /// <summary>An error: <paramref name="status"/> is the HTTP status, or what went wrong without one (timeout, connection).</summary>
    public void Error(string operation, string status, double milliseconds, string answer)
    {
        Success(operation, milliseconds);
        var key = $"{operation} → {status}";
        _errors.AddOrUpdate(key, 1, (_, n) => n + 1);
        _firstAnswers.TryAdd(key, answer.Length > 300 ? answer[..300] + "…" : answer);
    }

    /// <summary>The times since the last call (for the progress line), then starts a new interval.</summary>
    public double[] TakeInterval()
    {
        lock (_intervalLock)
        {
            var taken = _interval.ToArray();
            _interval = [];
            return taken;
        }
    }

    public IReadOnlyList<(string Operation, double[] Times)> ByOperation() =>
        _times.Select(p =>
        {
            lock (p.Value)
            {
                return (p.Key, p.Value.ToArray());
            }
        }).OrderByDescending(p => p.Item2.Length).ToList();

    public IReadOnlyList<(string Key, int Count, string FirstAnswer)> ErrorsByOperation() =>
        _errors.OrderByDescending(e => e.Value).Select(e => (e.Key, e.Value, _firstAnswers.GetValueOrDefault(e.Key, ""))).ToList();

    /// <summary>Nearest-rank percentile; 0 for no values.</summary>
    public static double Percentile(double[] values, double percentile)
    {
        if (values.Length == 0)
        {
            return 0;
        }
        var sorted = values.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
    }
}
