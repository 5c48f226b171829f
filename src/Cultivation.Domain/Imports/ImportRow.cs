using Cultivation.Auditing;
using Cultivation.Entities;

namespace Cultivation.Imports;

/// <summary>
/// One row of an import's report: its verdict, what committing would do with it (and to which enterprise),
/// its messages, the preview of each field it changes (old → new), and a reviewer's decision if it needs one.
/// </summary>
[DisableAuditing]
public class ImportRow : Entity<Guid>
{
    public Guid BatchId { get; private set; }
    public int RowNumber { get; private set; }
    public ImportRowStatus Status { get; private set; }
    public ImportRowAction Action { get; private set; }
    /// <summary>Matched without a credit code (or similar to an existing team): a person should look at it.</summary>
    public bool NeedsReview { get; private set; }
    /// <summary>The matched enterprise; for a row that creates one, null.</summary>
    public Guid? EnterpriseId { get; private set; }
    public string? EnterpriseName { get; private set; }
    public string? CreditCode { get; private set; }
    public Guid? DistrictId { get; private set; }
    public int? EditionYear { get; private set; }
    public int? FiguresYear { get; private set; }
    public List<ImportMessage> Messages { get; private set; } = [];
    public List<ImportFieldChange> Changes { get; private set; } = [];
    public List<ImportCandidate> Candidates { get; private set; } = [];
    public ImportRowResolution Resolution { get; private set; }
    public Guid? ResolvedEnterpriseId { get; private set; }

    private ImportRow()
    {
    }

    public ImportRow(Guid id, Guid batchId, ImportRowPlan plan) : base(id)
    {
        BatchId = batchId;
        RowNumber = plan.RowNumber;
        Status = plan.Status;
        Action = plan.Action;
        NeedsReview = plan.NeedsReview;
        EnterpriseId = plan.IsNewEnterprise || plan.EnterpriseId == Guid.Empty ? null : plan.EnterpriseId;
        EnterpriseName = plan.EnterpriseName;
        CreditCode = plan.CreditCode;
        DistrictId = plan.DistrictId;
        EditionYear = plan.EditionYear;
        FiguresYear = plan.FiguresYear;
        Messages = [.. plan.Messages];
        Changes = [.. plan.Changes];
        Candidates = [.. plan.Candidates];
        Resolution = plan.Resolution.Resolution;
        ResolvedEnterpriseId = plan.Resolution.EnterpriseId;
    }

    /// <summary>A reviewer's decision; the import is validated again with it.</summary>
    public void Resolve(ImportRowResolution resolution, Guid? enterpriseId)
    {
        Resolution = resolution;
        ResolvedEnterpriseId = resolution == ImportRowResolution.UseExisting ? enterpriseId : null;
    }
}

/// <summary>A reviewer's decision on a row, carried from one validation to the next.</summary>
public readonly record struct ImportRowDecision(ImportRowResolution Resolution, Guid? EnterpriseId)
{
    public static ImportRowDecision None => default;
}
