namespace Cultivation.Benchmarks;

public static class Machine
{
    /// <summary>The machine's 1-minute load average: on a shared machine it says how much of a figure is waiting for a core.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
