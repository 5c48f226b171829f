using System.Globalization;
using System.Text.Json;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.IndustryFields;
using Cultivation.Localization;

namespace Cultivation.Imports;

/// <summary>Import messages and values as people read them, in Chinese and in English.</summary>
public static class ImportTexts
{
    public static readonly CultureInfo Chinese = new(CultivationResource.DefaultCulture);
    public static readonly CultureInfo English = new("en");

    public static string Render(ImportMessage message, CultureInfo culture)
    {
        var format = JsonLocalizationStore.Instance.Find(message.Code, culture) ?? message.Code;
        var args = message.Args.Select(a => (object)Argument(a, culture)).ToArray();
        try
        {
            return string.Format(culture, format, args);
        }
        catch (FormatException)
        {
            return format;
        }
    }

    public static LocalizedTextDto Both(ImportMessage message) => new() { Zh = Render(message, Chinese), En = Render(message, English) };

    /// <summary>A message nested in another's text (a commit that failed on a row says why).</summary>
    public static string Nested(ImportMessage message) => "Msg:" + JsonSerializer.Serialize(message);

    public static ImportMessageDto ToDto(ImportMessage message, IReadOnlyCollection<ImportColumnMapping> columns)
    {
        var column = ColumnOfField(message.Field);
        return new ImportMessageDto
        {
            Level = message.Level,
            Code = message.Code,
            Column = column?.Key,
            Header = column is null ? null : columns.FirstOrDefault(c => c.Key == column.Key)?.Header,
            MessageZh = Render(message, Chinese),
            MessageEn = Render(message, English)
        };
    }

    /// <summary>The sheet column a domain field (camelCase, as errors name it) comes from.</summary>
    public static EnterpriseSheetColumns.Column? ColumnOfField(string? field) =>
        field is null ? null : EnterpriseSheetColumns.All.FirstOrDefault(c => string.Equals(c.Field, field, StringComparison.OrdinalIgnoreCase));

    public static LocalizedTextDto FieldName(string field)
    {
        var column = ColumnOfField(field);
        return column is null
            ? new LocalizedTextDto { Zh = field, En = field }
            : new LocalizedTextDto { Zh = column.Name, En = column.EnglishName };
    }

    /// <summary>A stored value (invariant text) as people read it: district and field names, localized enum names.</summary>
    public static string? DisplayValue(string entity, string field, string? value, IReadOnlyDictionary<Guid, District> districts,
        IReadOnlyDictionary<Guid, IndustryField> industryFields, CultureInfo culture)
    {
        if (value is null || ImportFields.Find(entity, field) is not { } spec)
        {
            return value;
        }
        if (spec.Type.IsEnum)
        {
            return JsonLocalizationStore.Instance.Find($"Enum:{spec.Type.Name}.{value}", culture) ?? value;
        }
        if (spec.Type == typeof(decimal) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan))
        {
            return WanYuan(yuan, culture);
        }
        if (spec.Type == typeof(Guid) && Guid.TryParse(value, out var id))
        {
            var english = culture.TwoLetterISOLanguageName == "en";
            if (field == nameof(Enterprise.DistrictId) && districts.TryGetValue(id, out var district))
            {
                return english ? district.EnglishName : district.Name;
            }
            if (field.EndsWith(nameof(Enterprise.IndustryFieldId), StringComparison.Ordinal) && industryFields.TryGetValue(id, out var industryField))
            {
                return english ? industryField.EnglishName ?? industryField.Name : industryField.Name;
            }
        }
        return value;
    }

    /// <summary>
    /// Every amount the import handles is in yuan; people read them in 万元, as the templates and the enterprise page
    /// do. Down to the fen, so that a change of a few yuan never reads as no change.
    /// </summary>
    public static string WanYuan(decimal yuan, CultureInfo culture) =>
        (yuan / 10_000m).ToString("#,0.00####", culture) + (culture.TwoLetterISOLanguageName == "en" ? " (10k yuan)" : " 万元");

    private static string Argument(string argument, CultureInfo culture)
    {
        if (argument.StartsWith("Enum:", StringComparison.Ordinal))
        {
            return JsonLocalizationStore.Instance.Find(argument, culture) ?? argument["Enum:".Length..];
        }
        if (argument.StartsWith("Column:", StringComparison.Ordinal))
        {
            var key = argument["Column:".Length..];
            var column = EnterpriseSheetColumns.All.FirstOrDefault(c => c.Key == key);
            return column is null ? key : EnterpriseSheetColumns.DisplayName(column, culture);
        }
        if (argument.StartsWith("Field:", StringComparison.Ordinal))
        {
            var field = argument["Field:".Length..];
            return ColumnOfField(field) is { } column ? EnterpriseSheetColumns.DisplayName(column, culture) : field;
        }
        if (argument.StartsWith("Msg:", StringComparison.Ordinal) && JsonSerializer.Deserialize<ImportMessage>(argument["Msg:".Length..]) is { } nested)
        {
            return Render(nested, culture);
        }
        return argument;
    }
}
