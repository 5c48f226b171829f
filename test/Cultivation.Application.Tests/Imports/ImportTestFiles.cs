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
}
