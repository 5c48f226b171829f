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

    /// <summary>
    /// The longest cell an import reads for a column without a length of its own (a number, a date, a district's
    /// name); a longer cell is the row's error and is not read any further.
    /// </summary>
    public const int MaxCellLength = 4000;

    /// <summary>The longest credit-code cell read (as the API's field): 18 characters with room for spaces and dashes.</summary>
    public const int MaxCreditCodeCellLength = 32;

    /// <summary>
    /// How many times validation may start without finishing (an error, or a node that stopped in the middle)
    /// before the import fails for good instead of being run again.
    /// </summary>
    public const int MaxValidationAttempts = 2;
}
