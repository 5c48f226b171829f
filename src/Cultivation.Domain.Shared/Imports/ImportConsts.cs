namespace Cultivation.Imports;

public static class ImportConsts
{
    /// <summary>
    /// The largest file an import accepts. An organisers' workbook of 10,000 rows is about 1 MB; the limit
    /// also keeps the stored file below MariaDB's default max_allowed_packet (16 MB).
    /// </summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The most data rows one file may have.</summary>
    public const int MaxRows = 50_000;

    public const int MaxFileNameLength = 256;

    /// <summary>SHA-256 in lower-case hex.</summary>
    public const int ContentHashLength = 64;
}
