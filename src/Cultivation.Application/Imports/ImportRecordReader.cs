using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.IndustryFields;
using static Cultivation.Enterprises.EnterpriseSheetColumns;

namespace Cultivation.Imports;

/// <summary>
/// Turns the cells of each data row into an <see cref="ImportRecord"/>: every value normalised (see
/// <see cref="ImportValues"/>), districts and industry fields found by any of their names or codes, and what
/// cannot be read reported on its column. An empty cell sets nothing.
/// </summary>
public sealed class ImportRecordReader
{
    private readonly Dictionary<string, District> _districts = [];
    private readonly IndustryNameIndex _industries;

    public ImportRecordReader(IEnumerable<District> districts, IndustryNameIndex industries)
    {
        foreach (var d in districts)
        {
            var english = d.EnglishName.Replace(" New Area", string.Empty, StringComparison.Ordinal);
            foreach (var name in new[] { d.Code, d.Name, d.ShortName, d.EnglishName, english, english + " District", d.ShortName + "区", "上海市" + d.Name, "上海" + d.Name, "上海市" + d.ShortName })
            {
                _districts.TryAdd(ImportValues.Key(name), d);
            }
        }
        _industries = industries;
    }

    private static readonly string[] NoteMarkers = ["注：", "注:", "注 ", "备注", "说明：", "说明:", "附注", "填表说明", "资料来源", "*", "※"];

    /// <summary>
    /// A footnote under the table ("注：奖项以市级公示为准"): one text, in one cell or merged across the row, that starts
    /// as notes do. It is not a winner.
    /// </summary>
    private static bool IsNote(ImportSheetRow row)
    {
        var texts = row.Cells.Select(ImportValues.Text).OfType<string>().Distinct().ToList();
        return texts.Count == 1 && NoteMarkers.Any(m => texts[0].StartsWith(m, StringComparison.Ordinal));
    }

    public List<ImportRecord> Read(ImportSheet sheet, ImportColumnMap map)
    {
        var records = new List<ImportRecord>();
        foreach (var row in sheet.Rows.Where(r => r.RowNumber > map.HeaderRowNumber))
        {
            var cells = map.Columns.Select(c => (Column: c, Cell: c.Index < row.Cells.Length ? row.Cells[c.Index] : null)).ToList();
            if (cells.All(c => ImportValues.Text(c.Cell) is null) || IsNote(row))
            {
                continue;
            }
            var record = new ImportRecord(row.RowNumber);
            foreach (var (column, cell) in cells)
            {
                if (ImportValues.Text(cell) is not null)
                {
                    Read(record, column, cell, sheet.Format);
                }
            }
            records.Add(record);
        }
        return records;
    }

    /// <summary>The longest cell each column reads: the field's own length, otherwise <see cref="ImportConsts.MaxCellLength"/>.</summary>
    private static readonly Dictionary<string, int> MaxLengths = new()
    {
        ["name"] = EnterpriseConsts.MaxNameLength,
        ["credit_code"] = ImportConsts.MaxCreditCodeCellLength,
        ["address"] = EnterpriseConsts.MaxAddressLength,
        ["website"] = EnterpriseConsts.MaxWebsiteLength,
        ["lead_name"] = EnterpriseConsts.MaxLeadNameLength,
        ["project_name"] = AwardRecordConsts.MaxProjectNameLength
    };

    public static int MaxLengthOf(string columnKey) => MaxLengths.GetValueOrDefault(columnKey, ImportConsts.MaxCellLength);

    private void Read(ImportRecord record, ImportColumn column, object? cell, ImportFileFormat format)
    {
        var c = column.Column;
        var text = ImportValues.Text(cell)!;
        // A cell longer than its field can hold is the row's error: it is neither parsed nor echoed back.
        if (text.Length > MaxLengthOf(c.Key))
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportTooLong, c.Field, "Column:" + c.Key, MaxLengthOf(c.Key)));
            return;
        }
        var e = record.EnterpriseValues;
        var a = record.AwardValues;
        var f = record.FiguresValues;
        switch (c.Key)
        {
            case "name":
                e[nameof(Enterprise.Name)] = text;
                break;
            case "credit_code":
                if (Enterprises.CreditCode.TryParse(text, out var code))
                {
                    record.CreditCode = code;
                    if (!code.HasValidOrganisationCode)
                    {
                        record.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportOrganisationCodeCheck, c.Field, code.Value));
                    }
                }
                else
                {
                    record.Messages.Add(ImportMessage.Error(ImportValues.LooksLikeANumberFromExcel(text)
                        ? CultivationDomainErrorCodes.ImportCreditCodeStoredAsNumber : CultivationDomainErrorCodes.ImportInvalidCreditCode, c.Field, text));
                }
                break;
            case "kind":
                if (Choice(record, c, text, ImportValues.Kinds) is { } kind)
                {
                    record.Kind = kind;
                }
                break;
            case "district":
                if (_districts.TryGetValue(ImportValues.Key(text), out var district))
                {
                    e[nameof(Enterprise.DistrictId)] = district.Id;
                }
                else
                {
                    record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportUnknownDistrict, c.Field, text));
                }
                break;
            case "industry_field":
                // Shanghai's names and aliases lead to their national category and are kept as written; an unknown name
                // is kept for a person to resolve and never refuses the row.
                if (_industries.Find(text) is { } match)
                {
                    e[nameof(Enterprise.IndustryFieldId)] = match.Field.Id;
                    e[nameof(Enterprise.IndustryFieldText)] = ImportValues.Key(text) == ImportValues.Key(match.Field.Name) ? null : text;
                }
                else
                {
                    e[nameof(Enterprise.IndustryFieldText)] = text;
                    record.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportUnknownIndustryField, c.Field, text));
                }
                break;
            case "founded_on":
                if (ImportValues.TryDate(cell, format, out var date))
                {
                    e[nameof(Enterprise.FoundedOn)] = date;
                }
                else
                {
                    record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportInvalidDate, c.Field, "Column:" + c.Key, text));
                }
                break;
            case "address":
                e[nameof(Enterprise.Address)] = text;
                break;
            case "website":
                e[nameof(Enterprise.Website)] = text;
                break;
            case "lead_name":
                e[nameof(Enterprise.LeadName)] = text;
                break;
            case "lead_gender":
                if (Choice(record, c, text, ImportValues.Genders) is { } gender)
                {
                    e[nameof(Enterprise.LeadGender)] = gender;
                }
                break;
            case "edition_year":
                if (ImportValues.TryYear(cell, out var editionYear))
                {
                    record.EditionYear = editionYear;
                }
                else
                {
                    record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportInvalidInteger, c.Field, "Column:" + c.Key, text));
                }
                break;
            case "track":
                if (Choice(record, c, text, ImportValues.Tracks) is { } track)
                {
                    a[nameof(AwardRecord.Track)] = track;
                }
                break;
            case "stage":
                if (Choice(record, c, text, ImportValues.Stages) is { } stage)
                {
                    a[nameof(AwardRecord.StageReached)] = stage;
                }
                break;
            case "prize":
                SetOptionalChoice(record, a, nameof(AwardRecord.PrizeLevel), c, text, ImportValues.Prizes);
                break;
            case "project_name":
                a[nameof(AwardRecord.ProjectName)] = text;
                break;
            case "national_advancement":
                SetOptionalChoice(record, a, nameof(AwardRecord.NationalAdvancement), c, text, ImportValues.Advancements);
                break;
            case "national_advancement_year":
                if (ImportValues.TryYear(cell, out var advancementYear))
                {
                    a[nameof(AwardRecord.NationalAdvancementYear)] = advancementYear;
                }
                else
                {
                    record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportInvalidInteger, c.Field, "Column:" + c.Key, text));
                }
                break;
            case "national_prize":
                SetOptionalChoice(record, a, nameof(AwardRecord.NationalPrize), c, text, ImportValues.Prizes);
                break;
            case "year":
                if (ImportValues.TryYear(cell, out var figuresYear))
                {
                    record.FiguresYear = figuresYear;
                }
                else
                {
                    record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportInvalidInteger, c.Field, "Column:" + c.Key, text));
                }
                break;
            default:
                var property = char.ToUpperInvariant(c.Field![0]) + c.Field[1..];
                var target = c == RegisteredCapital ? e : f;
                if (c.IsAmount)
                {
                    if (ImportValues.TryAmount(cell, column.Multiplier, out var amount))
                    {
                        target[property] = amount;
                    }
                    else
                    {
                        record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportInvalidNumber, c.Field, "Column:" + c.Key, text));
                    }
                }
                else if (ImportValues.TryInteger(cell, out var number))
                {
                    target[property] = number;
                }
                else
                {
                    record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportInvalidInteger, c.Field, "Column:" + c.Key, text));
                }
                break;
        }
    }

    private static T? Choice<T>(ImportRecord record, Column column, string text, ImportValues.EnumWords<T> words)
        where T : struct, Enum
    {
        if (words.TryParse(text, out var value))
        {
            return value;
        }
        record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportUnknownValue, column.Field, "Column:" + column.Key, text, words.Choices));
        return null;
    }

    /// <summary>A value that may be "none" (无, none): no prize, not advanced.</summary>
    private static void SetOptionalChoice<T>(ImportRecord record, Dictionary<string, object?> values, string property, Column column, string text,
        ImportValues.EnumWords<T> words)
        where T : struct, Enum
    {
        if (ImportValues.IsNone(text))
        {
            values[property] = null;
        }
        else if (Choice(record, column, text, words) is { } value)
        {
            values[property] = value;
        }
    }
}
