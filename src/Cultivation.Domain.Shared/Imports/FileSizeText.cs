using System.Globalization;

namespace Cultivation.Imports;

/// <summary>File sizes as people read them in messages ("50 MB", "10.5 MB"; 1 MB = 1,048,576 bytes).</summary>
public static class FileSizeText
{
    private const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>
    /// The size in megabytes with one decimal, or as many more (up to six, one byte's worth) as it takes for a size
    /// over <paramref name="limit"/> not to read as the limit: 10 MB and one byte is "10.000001 MB", never "10 MB".
    /// </summary>
    public static string Megabytes(long bytes, long limit = long.MaxValue)
    {
        var megabytes = bytes / BytesPerMegabyte;
        var text = megabytes.ToString("0.#", CultureInfo.InvariantCulture);
        for (var decimals = 2; bytes > limit && double.Parse(text, CultureInfo.InvariantCulture) <= limit / BytesPerMegabyte && decimals <= 6; decimals++)
        {
            text = megabytes.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
        }
        return text + " MB";
    }
}
