using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.Localization;

namespace Cultivation.Imports;

/// <summary>
/// How the import reads the values people write in spreadsheets: full-width or half-width, with or without
/// spaces and thousands separators, dates in the usual Chinese and ISO forms (and Excel serial numbers in
/// workbooks), amounts with 元/万元, prizes as 一等奖, 1 or First.
/// </summary>
public static partial class ImportValues
{
    /// <summary>Cells that say "nothing here".</summary>
    private static readonly HashSet<string> Placeholders = ["-", "--", "—", "——", "/", "N/A", "n/a", "NA", "null", "NULL"];

    /// <summary>Words that say "none" where none is a value (no prize, not advanced).</summary>
    private static readonly HashSet<string> NoneWords = ["无", "没有", "未获奖", "否", "none", "no", "nil"];

    private const decimal MaxAmount = 9_999_999_999_999_999.99m;

    /// <summary>The cell as clean text (see <see cref="ImportText.Clean"/>), or null when it is empty or a placeholder.</summary>
    public static string? Text(object? cell)
    {
        var raw = cell switch
        {
            null => null,
            string s => s,
            DateTime d => d.TimeOfDay == TimeSpan.Zero
                ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => cell.ToString()
        };
        var text = ImportText.Clean(raw);
        return text.Length == 0 || Placeholders.Contains(text) ? null : text;
    }

    /// <summary>A key to compare words by: NFKC, no spaces, dashes or underscores, lower case.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '_' or '·' or '.'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    public static bool IsNone(string text) => NoneWords.Contains(Key(text));

    /// <summary>
    /// An amount in yuan: the cell's number times the header's factor (1 for 元, 10,000 for 万元), unless the cell
    /// names its own unit ("12万", "12万元", "120000元"); two decimals.
    /// </summary>
    public static bool TryAmount(object? cell, decimal headerMultiplier, out decimal amount)
    {
        amount = 0;
        if (!TryNumber(cell, out var number, out var cellMultiplier))
        {
            return false;
        }
        try
        {
            amount = Math.Round(number * (cellMultiplier ?? headerMultiplier), 2, MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            return false;
        }
        return Math.Abs(amount) <= MaxAmount;
    }

    /// <summary>A whole number; "12人", "12.0" and "１２" are 12.</summary>
    public static bool TryInteger(object? cell, out int value)
    {
        value = 0;
        if (!TryNumber(cell, out var number, out var multiplier) || multiplier is not null && multiplier != 1m)
        {
            return false;
        }
        if (number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue)
        {
            return false;
        }
        value = (int)number;
        return true;
    }

    private static bool TryNumber(object? cell, out decimal number, out decimal? multiplier)
    {
        number = 0;
        multiplier = null;
        switch (cell)
        {
            case double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 7.9e27:
                number = (decimal)d;
                return true;
            case decimal m:
                number = m;
                return true;
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
        }
        if (Text(cell) is not { } text)
        {
            return false;
        }
        var s = text.Normalize(NormalizationForm.FormKC).Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace("，", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("¥", string.Empty, StringComparison.Ordinal).Replace("￥", string.Empty, StringComparison.Ordinal)
            .Replace("人民币", string.Empty, StringComparison.Ordinal);
        if (s.EndsWith("万元", StringComparison.Ordinal))
        {
            (s, multiplier) = (s[..^2], 10_000m);
        }
        else if (s.EndsWith('万'))
        {
            (s, multiplier) = (s[..^1], 10_000m);
        }
        else if (s.EndsWith('元'))
        {
            (s, multiplier) = (s[..^1], 1m);
        }
        else if (s.Length > 1 && s[^1] is '人' or '个' or '项' or '件' or '名' or '年')
        {
            s = s[..^1];
        }
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out number);
    }

    /// <summary>
    /// A date: 2024-09-30, 2024/9/30, 2024.9.30, 2024年9月30日, 20240930 (a time after it is ignored), a date cell of a
    /// workbook, or in a workbook an Excel serial number (45565 is 2024-09-30).
    /// </summary>
    public static bool TryDate(object? cell, ImportFileFormat format, out DateOnly date)
    {
        date = default;
        switch (cell)
        {
            case DateTime d:
                date = DateOnly.FromDateTime(d);
                return true;
            case double serial when format == ImportFileFormat.Xlsx && serial == Math.Floor(serial) && serial is >= 19000101 and <= 21001231:
                return TryYmd((int)(serial / 10000), (int)(serial / 100 % 100), (int)(serial % 100), out date);
            case double serial when format == ImportFileFormat.Xlsx && serial is >= 1 and < 2958466:
                date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
        }
        if (Text(cell) is not { } text)
        {
            return false;
        }
        var s = text.Normalize(NormalizationForm.FormKC);
        var match = DatePattern().Match(s);
        if (match.Success)
        {
            return TryYmd(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), out date);
        }
        match = CompactDatePattern().Match(s);
        return match.Success && TryYmd(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), out date);
    }

    /// <summary>A year: 2024, "2024年", "２０２４", or the year inside a longer text ("2024年创客中国大赛").</summary>
    public static bool TryYear(object? cell, out int year)
    {
        year = 0;
        if (cell is double d && d == Math.Floor(d) && d is >= 1900 and <= 2100)
        {
            year = (int)d;
            return true;
        }
        if (cell is DateTime date)
        {
            year = date.Year;
            return true;
        }
        if (Text(cell) is not { } text)
        {
            return false;
        }
        var match = YearPattern().Match(text.Normalize(NormalizationForm.FormKC));
        if (!match.Success)
        {
            return false;
        }
        year = int.Parse(match.Value, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryYmd(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[\sT].*)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(\d{4})(\d{2})(\d{2})(?:[\sT].*)?$")]
    private static partial Regex CompactDatePattern();

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex YearPattern();

    /// <summary>
    /// The words that name each value of an enum: its Chinese and English display names (the export writes the
    /// Chinese ones), its identifier, its number, and the extra words people use.
    /// </summary>
    public sealed class EnumWords<T>
        where T : struct, Enum
    {
        private readonly Dictionary<string, T> _byKey = [];

        public EnumWords(params (T Value, string[] Words)[] extra)
        {
            foreach (var value in Enum.GetValues<T>())
            {
                Add(value, value.ToString());
                Add(value, Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                foreach (var culture in CultivationResource.SupportedCultures)
                {
                    if (JsonLocalizationStore.Instance.Find($"Enum:{typeof(T).Name}.{value}", new CultureInfo(culture)) is { } name)
                    {
                        Add(value, name);
                    }
                }
            }
            foreach (var (value, words) in extra)
            {
                foreach (var word in words)
                {
                    Add(value, word);
                }
            }
        }

        /// <summary>What to tell people they may write: the Chinese names.</summary>
        public string Choices => string.Join("、", Enum.GetValues<T>()
            .Select(v => JsonLocalizationStore.Instance.Find($"Enum:{typeof(T).Name}.{v}", new CultureInfo(CultivationResource.DefaultCulture)) ?? v.ToString()));

        public bool TryParse(string text, out T value) => _byKey.TryGetValue(Key(text), out value);

        private void Add(T value, string word) => _byKey.TryAdd(Key(word), value);
    }

    public static readonly EnumWords<PrizeLevel> Prizes = new(
        (PrizeLevel.First, ["一等奖", "一等", "1等奖", "first prize", "1st", "1st prize"]),
        (PrizeLevel.Second, ["二等奖", "二等", "2等奖", "second prize", "2nd", "2nd prize"]),
        (PrizeLevel.Third, ["三等奖", "三等", "3等奖", "third prize", "3rd", "3rd prize"]),
        (PrizeLevel.Excellence, ["优胜奖", "优胜", "优秀奖", "excellence award", "excellence prize", "honorable mention"]));

    public static readonly EnumWords<ContestTrack> Tracks = new(
        (ContestTrack.Enterprise, ["企业组", "企业", "enterprise track", "company"]),
        (ContestTrack.Maker, ["创客组", "创客", "maker track", "team"]));

    public static readonly EnumWords<ContestStage> Stages = new(
        (ContestStage.Preliminary, ["预赛", "初赛", "网评"]),
        (ContestStage.Semifinal, ["复赛", "半决赛", "semi final"]),
        (ContestStage.Final, ["决赛", "总决赛", "finals", "final round"]));

    public static readonly EnumWords<NationalAdvancement> Advancements = new(
        (NationalAdvancement.EnterpriseTop500, ["全国企业组500强", "企业组500强", "500强", "top500", "top 500"]),
        (NationalAdvancement.EnterpriseTop50, ["全国企业组50强", "企业组50强", "50强", "top50", "top 50"]),
        (NationalAdvancement.MakerTop100, ["全国创客组100强", "创客组100强", "100强", "top100", "top 100"]),
        (NationalAdvancement.MakerTop10, ["全国创客组10强", "创客组10强", "10强", "top10", "top 10"]));

    public static readonly EnumWords<EnterpriseKind> Kinds = new(
        (EnterpriseKind.Company, ["企业", "公司", "企业法人", "company", "enterprise"]),
        (EnterpriseKind.MakerTeam, ["创客团队", "团队", "创客", "maker team", "team"]));

    public static readonly EnumWords<Gender> Genders = new(
        (Gender.Male, ["男", "男性", "m", "male"]),
        (Gender.Female, ["女", "女性", "f", "female"]),
        (Gender.Unknown, ["未知", "不详", "unknown"]));

    /// <summary>
    /// A code that Excel turned into a number: written in scientific notation (9.131011570302513E+17), or as 16 to 18 digits
    /// whose tail past the 15th is zeros (the digits a double cannot hold).
    /// </summary>
    public static bool LooksLikeANumberFromExcel(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d(\.\d+)?[Ee]\+?\d{1,2}$")
        || text.Length is >= 16 and <= 18 && text.All(char.IsAsciiDigit) && text[15..].All(ch => ch == '0');
}
