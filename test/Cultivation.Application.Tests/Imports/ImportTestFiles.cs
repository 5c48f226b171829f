using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Cultivation.Application.Tests.Imports;

/// <summary>Real files, made the way people's tools make them: workbooks with MiniExcel, CSV in UTF-8, UTF-8 with BOM or GBK.</summary>
public static class ImportTestFiles
{
    static ImportTestFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gbk => Encoding.GetEncoding("GBK");

    /// <summary>A workbook whose first row is <paramref name="headers"/>; cells keep their types (numbers, dates, text).</summary>
    public static byte[] Xlsx(string[] headers, params object?[][] rows)
    {
        var sheet = new List<Dictionary<string, object?>>
        {
            headers.Select((h, i) => (Key: $"c{i}", Value: (object?)h)).ToDictionary(x => x.Key, x => x.Value)
        };
        sheet.AddRange(rows.Select(r => headers.Select((_, i) => (Key: $"c{i}", Value: i < r.Length ? r[i] : null)).ToDictionary(x => x.Key, x => x.Value)));
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: false);
        return stream.ToArray();
    }

    public static byte[] Csv(Encoding encoding, bool bom, string[] headers, params object?[][] rows)
    {
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(headers.Cast<object?>().ToArray()))
        {
            text.AppendJoin(',', line.Select(Field)).Append("\r\n");
        }
        var body = encoding.GetBytes(text.ToString());
        return bom ? [.. (encoding is UTF8Encoding ? Encoding.UTF8.GetPreamble() : encoding.GetPreamble()), .. body] : body;
    }

    public static byte[] Utf8Csv(string[] headers, params object?[][] rows) => Csv(new UTF8Encoding(false), bom: false, headers, rows);

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>One sheet of <see cref="Workbook"/>: its rows (null cells are not written at all) and merged ranges such as "C4:C9".</summary>
    public sealed record Sheet(string Name, object?[][] Rows, params string[] Merged);

    /// <summary>
    /// A workbook written the way Excel and WPS write an organiser's sheet: shared strings, the cells a merged range covers
    /// left out, several sheets. (MiniExcel writes every cell, which hides what a real file's merged ranges look like.)
    /// </summary>
    public static byte[] Workbook(params Sheet[] sheets)
    {
        var shared = new List<string>();
        int Shared(string text)
        {
            var index = shared.IndexOf(text);
            if (index < 0)
            {
                shared.Add(text);
                index = shared.Count - 1;
            }
            return index;
        }
        static string Escape(string text) => System.Security.SecurityElement.Escape(text);
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Write(string path, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
            }
            var book = new StringBuilder();
            var rels = new StringBuilder();
            var types = new StringBuilder();
            for (var s = 0; s < sheets.Length; s++)
            {
                var xml = new StringBuilder($"<worksheet xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheetData>");
                for (var r = 0; r < sheets[s].Rows.Length; r++)
                {
                    xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
                    for (var c = 0; c < sheets[s].Rows[r].Length; c++)
                    {
                        var reference = $"{(char)('A' + c)}{r + 1}";
                        switch (sheets[s].Rows[r][c])
                        {
                            case null:
                                break;
                            case string text:
                                xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"s\"><v>{Shared(text)}</v></c>");
                                break;
                            case IFormattable number:
                                xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{number.ToString(null, CultureInfo.InvariantCulture)}</v></c>");
                                break;
                        }
                    }
                    xml.Append("</row>");
                }
                xml.Append("</sheetData>");
                if (sheets[s].Merged.Length > 0)
                {
                    xml.Append(CultureInfo.InvariantCulture, $"<mergeCells count=\"{sheets[s].Merged.Length}\">");
                    xml.AppendJoin(string.Empty, sheets[s].Merged.Select(m => $"<mergeCell ref=\"{m}\"/>"));
                    xml.Append("</mergeCells>");
                }
                Write($"xl/worksheets/sheet{s + 1}.xml", xml.Append("</worksheet>").ToString());
                book.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{Escape(sheets[s].Name)}\" sheetId=\"{s + 1}\" r:id=\"rId{s + 1}\"/>");
                rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{s + 1}\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet{s + 1}.xml\"/>");
                types.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{s + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }
            rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{sheets.Length + 1}\" Type=\"{rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            Write("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + types + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            Write("_rels/.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Write("xl/workbook.xml", $"<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets>{book}</sheets></workbook>");
            Write("xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>");
            Write("xl/sharedStrings.xml", $"<sst xmlns=\"{main}\" count=\"{shared.Count}\" uniqueCount=\"{shared.Count}\">" + string.Concat(shared.Select(t => $"<si><t>{Escape(t)}</t></si>")) + "</sst>");
        }
        return stream.ToArray();
    }
}
