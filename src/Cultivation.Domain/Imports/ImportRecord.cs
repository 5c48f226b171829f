using Cultivation.Enterprises;

namespace Cultivation.Imports;

/// <summary>
/// One data row of a file, read and normalised: the values it gives (a field present here is set by the
/// row; a field absent is left as it is, so an empty cell never erases anything) and what reading it found.
/// Field names are the entity property names of <see cref="ImportFields"/>.
/// </summary>
public sealed class ImportRecord(int rowNumber)
{
    /// <summary>The row's number in the file as a spreadsheet shows it (the header is row 1).</summary>
    public int RowNumber { get; } = rowNumber;

    public List<ImportMessage> Messages { get; } = [];

    public CreditCode? CreditCode { get; set; }

    public EnterpriseKind? Kind { get; set; }

    public int? EditionYear { get; set; }

    public int? FiguresYear { get; set; }

    public Dictionary<string, object?> EnterpriseValues { get; } = [];

    public Dictionary<string, object?> AwardValues { get; } = [];

    public Dictionary<string, object?> FiguresValues { get; } = [];

    public string? Name => EnterpriseValues.GetValueOrDefault(nameof(Enterprise.Name)) as string;

    public string? LeadName => EnterpriseValues.GetValueOrDefault(nameof(Enterprise.LeadName)) as string;

    public Guid? DistrictId => EnterpriseValues.GetValueOrDefault(nameof(Enterprise.DistrictId)) as Guid?;

    public bool HasErrors => Messages.Any(m => m.Level == ImportRowStatus.Error);

    public bool HasAwardValues => AwardValues.Count > 0;

    public Dictionary<string, object?> ValuesOf(string entity) => entity switch
    {
        ImportFields.Enterprise => EnterpriseValues,
        ImportFields.AwardRecord => AwardValues,
        _ => FiguresValues
    };
}
