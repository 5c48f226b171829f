using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace Cultivation.Exporting;

/// <summary>
/// CSV for people who open it in Excel or WPS: UTF-8 with a byte-order mark (needed for Chinese), RFC 4180 quoting,
/// and text that a spreadsheet would run as a formula neutralised as OWASP describes for CSV injection: a cell
/// starting with = + - @ tab or CR gets a leading apostrophe. Numbers stay numbers.
/// </summary>
public static class CsvFile
{
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IEnumerable<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in headers)
            {
                csv.WriteField(Cell(header));
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(Cell(value));
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    /// <summary>A value as the cell's text: text neutralised, numbers and dates in invariant form.</summary>
    public static string? Cell(object? value) => value switch
    {
        null => null,
        string text => NeutraliseFormula(text),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => NeutraliseFormula(value.ToString() ?? string.Empty)
    };

    public static string NeutraliseFormula(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}
