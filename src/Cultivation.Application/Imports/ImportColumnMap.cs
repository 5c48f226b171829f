using Cultivation.Enterprises;
using Cultivation.Exceptions;
using static Cultivation.Enterprises.EnterpriseSheetColumns;

namespace Cultivation.Imports;

/// <summary>A column of the file the import reads: where it is, what it is, and for amounts the factor to yuan.</summary>
public sealed record ImportColumn(int Index, string Header, Column Column, decimal Multiplier);

/// <summary>
/// Which column of the file is which: the header row is the first of the first ten rows that names at least two
/// of the kind's columns (organisers' sheets often start with a title row); extra columns are ignored and
/// reported; a missing required column or two columns for the same thing stop the import with a clear error.
/// </summary>
public sealed record ImportColumnMap(int HeaderRowNumber, IReadOnlyList<ImportColumn> Columns, IReadOnlyList<string> Ignored)
{
    private const int HeaderSearchRows = 10;

    /// <summary>How much of a header the import keeps to name an ignored column (a header can be as long as any cell).</summary>
    public const int MaxIgnoredHeaderLength = 64;

    public static IReadOnlyList<Column> ColumnsOf(ImportKind kind) => kind switch
    {
        ImportKind.ContestResults => ContestResults,
        ImportKind.NationalAdvancement => NationalAdvancementResults,
        _ => YearlyFigures
    };

    /// <summary>The columns a file must have; each entry is satisfied by any one of its columns.</summary>
    public static IReadOnlyList<Column[]> RequiredOf(ImportKind kind) => kind switch
    {
        ImportKind.ContestResults => [[Name]],
        ImportKind.NationalAdvancement => [[EnterpriseSheetColumns.CreditCode, Name], [NationalAdvancement]],
        _ => [[EnterpriseSheetColumns.CreditCode, Name], [FiguresYear]]
    };

    public bool Has(Column column) => Columns.Any(c => c.Column == column);

    /// <summary>
    /// The sheet an import reads: the first whose header names the kind's columns (a workbook may open with a 说明 sheet).
    /// What is said of the others goes to the batch's file messages, so no sheet of winners vanishes without a word.
    /// </summary>
    public static (ImportSheet Sheet, ImportColumnMap Map, List<ImportMessage> OtherSheets) Choose(ImportKind kind, IReadOnlyList<ImportSheet> sheets)
    {
        var maps = sheets.Select(s => (Sheet: s, Map: TryBuild(kind, s))).ToList();
        var (sheet, map) = maps.FirstOrDefault(m => m.Map is not null);
        if (map is null)
        {
            // None has the kind's columns: say what the first sheet lacks.
            return (sheets[0], Build(kind, sheets[0]), []);
        }
        var others = maps.Where(m => m.Sheet != sheet && m.Sheet.Rows.Count > 0).Select(m => m.Map is { } other
                ? ImportMessage.Warning(CultivationDomainErrorCodes.ImportSheetNotRead, "file", m.Sheet.Name, m.Sheet.Rows.Count(r => r.RowNumber > other.HeaderRowNumber), sheet!.Name)
                : ImportMessage.Warning(CultivationDomainErrorCodes.ImportSheetWithoutHeader, "file", m.Sheet.Name))
            .ToList();
        return (sheet!, map, others);
    }

    private static ImportColumnMap? TryBuild(ImportKind kind, ImportSheet sheet)
    {
        try
        {
            return sheet.Rows.Count == 0 ? null : Build(kind, sheet);
        }
        catch (BusinessException e) when (e.Code == CultivationDomainErrorCodes.ImportColumnsMissing)
        {
            return null;
        }
    }

    public static ImportColumnMap Build(ImportKind kind, ImportSheet sheet)
    {
        var columns = ColumnsOf(kind);
        var candidates = sheet.Rows.Take(HeaderSearchRows).ToList();
        var headerRow = candidates.FirstOrDefault(r => r.Cells.Count(c => Match(Text(c), columns) is not null) >= Math.Min(2, columns.Count))
                        ?? candidates.FirstOrDefault(r => r.Cells.Any(c => Match(Text(c), columns) is not null));
        if (headerRow is null)
        {
            throw Missing(kind, RequiredOf(kind));
        }
        var mapped = new List<ImportColumn>();
        var ignored = new List<string>();
        for (var i = 0; i < headerRow.Cells.Length; i++)
        {
            var header = Text(headerRow.Cells[i]);
            if (string.IsNullOrWhiteSpace(header))
            {
                continue;
            }
            if (Match(header, columns) is not { } match)
            {
                if (Match(header, ExportOnly) is not null)
                {
                    continue;
                }
                var trimmed = header.Trim();
                ignored.Add(trimmed.Length <= MaxIgnoredHeaderLength ? trimmed : trimmed[..MaxIgnoredHeaderLength] + "…");
                continue;
            }
            if (mapped.FirstOrDefault(m => m.Column == match.Column) is { } earlier)
            {
                throw new BusinessException(CultivationDomainErrorCodes.ImportDuplicateColumn, "file", earlier.Header, header.Trim(), match.Column.Name);
            }
            mapped.Add(new ImportColumn(i, header.Trim(), match.Column, match.Multiplier));
        }
        var missing = RequiredOf(kind).Where(any => !any.Any(c => mapped.Any(m => m.Column == c))).ToList();
        if (missing.Count > 0)
        {
            throw Missing(kind, missing);
        }
        return new ImportColumnMap(headerRow.RowNumber, mapped, ignored);
    }

    private static BusinessException Missing(ImportKind kind, IEnumerable<Column[]> missing) =>
        new(CultivationDomainErrorCodes.ImportColumnsMissing, "file",
            string.Join("、", missing.Select(any => string.Join("/", any.Select(c => $"{c.Name}({c.Key})")))), kind);

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => cell.ToString()
    };
}
