using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using Cultivation.Exceptions;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Cultivation.Imports;

/// <summary>The cells of one sheet of a file, as read: text, numbers, dates (xlsx) or text (csv, whose one sheet has no name).</summary>
public sealed record ImportSheet(ImportFileFormat Format, string? TextEncoding, IReadOnlyList<ImportSheetRow> Rows)
{
    public string? Name { get; init; }
}

/// <summary>A non-empty row and its number as a spreadsheet shows it (1-based).</summary>
public sealed record ImportSheetRow(int RowNumber, object?[] Cells);

/// <summary>
/// Reads an uploaded .xlsx (MiniExcel) or .csv (CsvHelper; UTF-8 with or without BOM, UTF-16 with BOM, or
/// GB18030/GBK as Chinese Excel writes it) into rows of cells. Whatever keeps it from doing so is a clear
/// business error about the file, never a parser's exception.
/// </summary>
public static class ImportSheetReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ImportSheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ImportFileFormat FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => ImportFileFormat.Xlsx,
        ".csv" => ImportFileFormat.Csv,
        _ => throw new BusinessException(CultivationDomainErrorCodes.ImportFileTypeNotSupported, "file", Path.GetFileName(fileName))
    };

    /// <summary>The first sheet (a template's, a CSV's only one).</summary>
    public static ImportSheet Read(string fileName, byte[] content, int? firstRows = null) => ReadAll(fileName, content, firstRows)[0];

    /// <summary>Every sheet of a workbook in its order (a CSV has one); a file whose sheets are all empty is refused.</summary>
    /// <param name="firstRows">Read only this many non-empty rows per sheet (an upload's quick check of the header); null reads them all.</param>
    public static IReadOnlyList<ImportSheet> ReadAll(string fileName, byte[] content, int? firstRows = null)
    {
        if (content.Length == 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportFileEmpty, "file", Path.GetFileName(fileName));
        }
        var format = FormatOf(fileName);
        var limit = firstRows ?? ImportConsts.MaxRows + 2;
        var sheets = format == ImportFileFormat.Xlsx ? ReadXlsx(fileName, content, limit) : [ReadCsv(fileName, content, limit)];
        if (sheets.All(s => s.Rows.Count == 0))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportFileEmpty, "file", Path.GetFileName(fileName));
        }
        if (sheets.FirstOrDefault(s => s.Rows.Count - 1 > ImportConsts.MaxRows) is { } tooLong)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportTooManyRows, "file", tooLong.Rows.Count - 1, ImportConsts.MaxRows);
        }
        return sheets;
    }

    private static List<ImportSheet> ReadXlsx(string fileName, byte[] content, int limit)
    {
        if (!content.AsSpan().StartsWith(ZipSignature))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportFileNotAWorkbook, "file", Path.GetFileName(fileName));
        }
        var sheets = new List<ImportSheet>();
        try
        {
            var merged = ImportMergedCells.Read(content);
            using var names = new MemoryStream(content, writable: false);
            foreach (var name in names.GetSheetNames())
            {
                sheets.Add(new ImportSheet(ImportFileFormat.Xlsx, null, ReadXlsxSheet(content, name, merged.GetValueOrDefault(name) ?? [], limit)) { Name = name });
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or InvalidOperationException or NotSupportedException
                                      or KeyNotFoundException or IndexOutOfRangeException or FormatException or NullReferenceException)
        {
            // MiniExcel reports a damaged or foreign zip (a .docx renamed .xlsx, a truncated upload) with one of these.
            throw new BusinessException(CultivationDomainErrorCodes.ImportFileNotAWorkbook, "file", Path.GetFileName(fileName));
        }
        return sheets;
    }

    private static List<ImportSheetRow> ReadXlsxSheet(byte[] content, string sheetName, IReadOnlyList<ImportMergedRange> merged, int limit)
    {
        using var stream = new MemoryStream(content, writable: false);
        // MiniExcel fills a merged range only where the covered cells are written out; Excel and WPS leave unstyled ones
        // out, so the ranges are filled here from the sheet's own <mergeCells> too.
        var configuration = new OpenXmlConfiguration { EnableSharedStringCache = false, FillMergedCells = true };
        var lastMergedRow = merged.Count == 0 ? 0 : merged.Max(m => m.LastRow);
        var all = new List<ImportSheetRow>();
        var kept = 0;
        var number = 0;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: configuration))
        {
            number++;
            var cells = row.Values.ToArray();
            var empty = !cells.Any(HasValue);
            if (!empty || number <= lastMergedRow)
            {
                all.Add(new ImportSheetRow(number, cells));
            }
            if (!empty && ++kept >= limit)
            {
                break;
            }
        }
        ImportMergedCells.Fill(all, merged);
        return all.Where(r => r.Cells.Any(HasValue)).ToList();
    }

    private static bool HasValue(object? cell) => cell is not null && (cell is not string s || !string.IsNullOrWhiteSpace(s));

    private static ImportSheet ReadCsv(string fileName, byte[] content, int limit)
    {
        var (text, encoding) = Decode(content);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportFileNotText, "file", Path.GetFileName(fileName));
        }
        var rows = new List<ImportSheetRow>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", "\t", ";"],
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        try
        {
            while (parser.Read())
            {
                var record = parser.Record ?? [];
                if (record.Any(f => !string.IsNullOrWhiteSpace(f)))
                {
                    rows.Add(new ImportSheetRow(parser.Row, record.Cast<object?>().ToArray()));
                }
                if (rows.Count >= limit)
                {
                    break;
                }
            }
        }
        catch (CsvHelperException)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportFileNotText, "file", Path.GetFileName(fileName));
        }
        return new ImportSheet(ImportFileFormat.Csv, encoding, rows);
    }

    /// <summary>A byte-order mark decides; otherwise valid UTF-8 is UTF-8, and anything else is GB18030 (a superset of GBK and GB2312).</summary>
    public static (string Text, string Encoding) Decode(byte[] content)
    {
        if (content.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return (Encoding.UTF8.GetString(content, 3, content.Length - 3), "UTF-8 (BOM)");
        }
        if (content.AsSpan().StartsWith(Encoding.Unicode.Preamble))
        {
            return (Encoding.Unicode.GetString(content, 2, content.Length - 2), "UTF-16LE");
        }
        if (content.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return (Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2), "UTF-16BE");
        }
        try
        {
            return (StrictUtf8.GetString(content), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding("GB18030").GetString(content), "GB18030");
        }
    }
}
