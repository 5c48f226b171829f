using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Cultivation.Imports;

/// <summary>A merged range of a sheet (1-based rows and columns): its top-left cell's value stands for every cell it covers.</summary>
public sealed record ImportMergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// <summary>
/// The merged ranges of each sheet of a workbook, read from the package itself (workbook.xml names the sheets, its
/// relationships point at each sheet's part, whose &lt;mergeCells&gt; lists the ranges), and how they fill a sheet's rows.
/// </summary>
public static class ImportMergedCells
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static Dictionary<string, List<ImportMergedRange>> Read(byte[] workbook)
    {
        var result = new Dictionary<string, List<ImportMergedRange>>(StringComparer.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
        if (Load(zip, "xl/workbook.xml") is not { } book || Load(zip, "xl/_rels/workbook.xml.rels") is not { } rels)
        {
            return result;
        }
        var targets = rels.Root!.Elements(PackageRelationships + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        foreach (var sheet in book.Descendants(Main + "sheet"))
        {
            var name = (string?)sheet.Attribute("name");
            var id = (string?)sheet.Attribute(Relationships + "id");
            if (name is null || id is null || !targets.TryGetValue(id, out var target))
            {
                continue;
            }
            var path = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            if (zip.GetEntry(path) is not { } part)
            {
                continue;
            }
            var ranges = MergeReferences(part).Select(Parse).OfType<ImportMergedRange>().ToList();
            if (ranges.Count > 0)
            {
                result[name] = ranges;
            }
        }
        return result;
    }

    /// <summary>Writes each range's top-left value into the empty cells it covers, on the rows read.</summary>
    public static void Fill(List<ImportSheetRow> rows, IReadOnlyList<ImportMergedRange> ranges)
    {
        if (ranges.Count == 0)
        {
            return;
        }
        var byNumber = new Dictionary<int, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            byNumber[rows[i].RowNumber] = i;
        }
        foreach (var range in ranges)
        {
            if (!byNumber.TryGetValue(range.FirstRow, out var top) || range.FirstColumn - 1 >= rows[top].Cells.Length)
            {
                continue;
            }
            var value = rows[top].Cells[range.FirstColumn - 1];
            for (var number = range.FirstRow; number <= range.LastRow; number++)
            {
                if (!byNumber.TryGetValue(number, out var index))
                {
                    continue;
                }
                var cells = rows[index].Cells;
                if (cells.Length < range.LastColumn)
                {
                    Array.Resize(ref cells, range.LastColumn);
                    rows[index] = rows[index] with { Cells = cells };
                }
                for (var column = range.FirstColumn; column <= range.LastColumn; column++)
                {
                    cells[column - 1] ??= value;
                }
            }
        }
    }

    /// <summary>"C4:C12" → rows 4–12 of column 3; anything else is not a range.</summary>
    public static ImportMergedRange? Parse(string? reference)
    {
        var parts = reference?.Split(':');
        if (parts is not { Length: 2 } || Cell(parts[0]) is not { } first || Cell(parts[1]) is not { } last)
        {
            return null;
        }
        return new ImportMergedRange(Math.Min(first.Row, last.Row), Math.Min(first.Column, last.Column), Math.Max(first.Row, last.Row), Math.Max(first.Column, last.Column));
    }

    private static (int Row, int Column)? Cell(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(char.ToUpperInvariant(reference[i])); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }
        return column > 0 && column <= 16384 && int.TryParse(reference.AsSpan(i), out var row) && row > 0 ? (row, column) : null;
    }

    /// <summary>No DTDs: a workbook is someone else's file.</summary>
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    private static XDocument? Load(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, Safe);
        return XDocument.Load(reader);
    }

    /// <summary>The sheet part streamed (it holds every cell): only the mergeCell references are kept.</summary>
    private static List<string> MergeReferences(ZipArchiveEntry part)
    {
        var references = new List<string>();
        using var stream = part.Open();
        using var reader = XmlReader.Create(stream, Safe);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "mergeCell" && reader.GetAttribute("ref") is { } reference)
            {
                references.Add(reference);
            }
        }
        return references;
    }
}
