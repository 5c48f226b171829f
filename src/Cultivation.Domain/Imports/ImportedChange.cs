using Cultivation.Auditing;
using Cultivation.Entities;

namespace Cultivation.Imports;

/// <summary>
/// What a committed import did to one record (an enterprise, an award record or a year of figures): created it,
/// or changed these fields from old to new. It answers "which import set this value" and lets a revert restore
/// the old values (or remove what the import created) where nothing changed them since.
/// </summary>
[DisableAuditing]
public class ImportedChange : Entity<Guid>
{
    public Guid BatchId { get; private set; }
    public int RowNumber { get; private set; }
    public Guid EnterpriseId { get; private set; }
    /// <summary><see cref="ImportFields.Enterprise"/>, <see cref="ImportFields.AwardRecord"/> or <see cref="ImportFields.EnterpriseFigures"/>.</summary>
    public string EntityType { get; private set; } = null!;
    public Guid EntityId { get; private set; }
    public bool IsCreation { get; private set; }
    public DateTime ChangeTime { get; private set; }
    public List<ImportedFieldValue> Fields { get; private set; } = [];

    private ImportedChange()
    {
    }

    public ImportedChange(Guid id, Guid batchId, int rowNumber, Guid enterpriseId, string entityType, Guid entityId, bool isCreation,
        DateTime changeTime, IEnumerable<ImportedFieldValue> fields) : base(id)
    {
        BatchId = batchId;
        RowNumber = rowNumber;
        EnterpriseId = enterpriseId;
        EntityType = entityType;
        EntityId = entityId;
        IsCreation = isCreation;
        ChangeTime = changeTime;
        Fields = [.. fields];
    }

    public bool IsFullyReverted => Fields.All(f => f.Reverted);

    public void MarkReverted(IEnumerable<string> fields)
    {
        var names = fields.ToHashSet();
        Fields = Fields.Select(f => names.Contains(f.Field) ? f with { Reverted = true } : f).ToList();
    }
}

public sealed record ImportedFieldValue(string Field, string? OldValue, string? NewValue, bool Reverted = false);
