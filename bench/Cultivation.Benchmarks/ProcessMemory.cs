namespace Cultivation.Benchmarks;

public static class ProcessMemory
{
    /// <summary>A process's resident set size in MiB, from /proc/&lt;pid&gt;/status (VmRSS); null when it cannot be read.</summary>
    public static double? ResidentMiB(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kib is null ? null : long.Parse(kib, System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
