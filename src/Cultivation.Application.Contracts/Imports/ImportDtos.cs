using System.ComponentModel.DataAnnotations;
using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Enterprises;

namespace Cultivation.Imports;

/// <summary>The form fields that come with an uploaded file.</summary>
public class UploadImportInput
{
    [Required]
    public ImportKind? Kind { get; set; }

    /// <summary>The edition the file's rows belong to when they do not say (contest results, national advancement).</summary>
    public Guid? EditionId { get; set; }
}

/// <summary>An uploaded file: its name as the user saved it, its length, its content.</summary>
public sealed class ImportFileInput(string fileName, long length, Stream content)
{
    public string FileName { get; } = fileName;
    public long Length { get; } = length;
    public Stream Content { get; } = content;
}

/// <summary>A text in both languages the product speaks.</summary>
public class LocalizedTextDto
{
    public string Zh { get; set; } = null!;
    public string En { get; set; } = null!;
}

public class ImportMessageDto
{
    public ImportRowStatus Level { get; set; }
    public string Code { get; set; } = null!;
    /// <summary>The column's key (see the template), when the message is about one column.</summary>
    public string? Column { get; set; }
    /// <summary>The column's header as the file wrote it.</summary>
    public string? Header { get; set; }
    public string MessageZh { get; set; } = null!;
    public string MessageEn { get; set; } = null!;
}

public class ImportFieldChangeDto
{
    /// <summary>Enterprise, AwardRecord or EnterpriseFigures.</summary>
    public string Entity { get; set; } = null!;
    /// <summary>The entity's property, e.g. PrizeLevel.</summary>
    public string Field { get; set; } = null!;
    /// <summary>The sheet column it comes from, e.g. prize.</summary>
    public string? Column { get; set; }
    public LocalizedTextDto FieldName { get; set; } = null!;
    /// <summary>The value before, as shown to people (district names, 一等奖, yyyy-MM-dd, amounts in 元); null when there was none.</summary>
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}

public class ImportCandidateDto
{
    public Guid EnterpriseId { get; set; }
    public string Name { get; set; } = null!;
    public string? LeadName { get; set; }
    public string? CreditCode { get; set; }
    public Guid DistrictId { get; set; }
    public string? DistrictName { get; set; }
    public int[] EditionYears { get; set; } = [];
}

public class ImportRowDto
{
    public int RowNumber { get; set; }
    public ImportRowStatus Status { get; set; }
    public ImportRowAction Action { get; set; }
    /// <summary>
    /// Matched by name rather than by credit code: either waiting for a decision (an error row, counted in the
    /// batch's ReviewRows) or accepted with a warning.
    /// </summary>
    public bool NeedsReview { get; set; }
    public Guid? EnterpriseId { get; set; }
    public string? EnterpriseName { get; set; }
    public string? CreditCode { get; set; }
    public Guid? DistrictId { get; set; }
    public string? DistrictName { get; set; }
    public int? EditionYear { get; set; }
    public int? FiguresYear { get; set; }
    public List<ImportMessageDto> Messages { get; set; } = [];
    /// <summary>The preview: each field the commit sets, old → new.</summary>
    public List<ImportFieldChangeDto> Changes { get; set; } = [];
    /// <summary>For a row waiting for a reviewer: the enterprises it may be.</summary>
    public List<ImportCandidateDto> Candidates { get; set; } = [];
    public ImportRowResolution Resolution { get; set; }
    public Guid? ResolvedEnterpriseId { get; set; }
}

public class ImportColumnDto
{
    public string Header { get; set; } = null!;
    public string Key { get; set; } = null!;
    public LocalizedTextDto Name { get; set; } = null!;
    /// <summary>1 for 元, 10000 for 万元; 1 for columns that are not amounts.</summary>
    public decimal Multiplier { get; set; }
}

public class ImportQuotaBreachDto
{
    public int EditionYear { get; set; }
    public ContestTrack Track { get; set; }
    public PrizeLevel Level { get; set; }
    public int Quota { get; set; }
    public int Count { get; set; }
    public LocalizedTextDto Message { get; set; } = null!;
}

public class ImportRevertConflictDto
{
    public int RowNumber { get; set; }
    public Guid EnterpriseId { get; set; }
    public string EnterpriseName { get; set; } = null!;
    public string Entity { get; set; } = null!;
    public string? Field { get; set; }
    public string? ImportedValue { get; set; }
    public string? CurrentValue { get; set; }
    public string Code { get; set; } = null!;
    public LocalizedTextDto Message { get; set; } = null!;
}

public class ImportBatchDto : EntityDto<Guid>
{
    public ImportKind Kind { get; set; }
    public string FileName { get; set; } = null!;
    public ImportFileFormat FileFormat { get; set; }
    public long FileSize { get; set; }
    public string? TextEncoding { get; set; }
    public Guid? EditionId { get; set; }
    public Guid? ScopeDistrictId { get; set; }
    public ImportStatus Status { get; set; }
    public bool IsInProgress { get; set; }
    /// <summary>Validated, with rows, no error rows, no row waiting for a decision and no prize quota exceeded.</summary>
    public bool CanCommit { get; set; }
    /// <summary>Why <see cref="CanCommit"/> is false, the most pressing first (empty when it is true).</summary>
    public List<ImportMessageDto> CommitBlockers { get; set; } = [];
    public bool CanRevert { get; set; }
    public int RowsTotal { get; set; }
    public int RowsDone { get; set; }
    public int OkRows { get; set; }
    public int WarningRows { get; set; }
    public int ErrorRows { get; set; }
    public int CreateRows { get; set; }
    public int UpdateRows { get; set; }
    public int UnchangedRows { get; set; }
    public int DuplicateRows { get; set; }
    /// <summary>Rows that wait for a reviewer's decision (they block the commit).</summary>
    public int ReviewRows { get; set; }
    public List<ImportColumnDto> Columns { get; set; } = [];
    /// <summary>Headers the import did not recognise (their columns were ignored).</summary>
    public List<string> IgnoredColumns { get; set; } = [];
    public List<ImportMessageDto> FileMessages { get; set; } = [];
    public List<ImportQuotaBreachDto> QuotaBreaches { get; set; } = [];
    public List<ImportRevertConflictDto> RevertConflicts { get; set; } = [];
    public ImportMessageDto? Failure { get; set; }
    public DateTime CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
    public string? CreatorName { get; set; }
    public DateTime? ValidatedTime { get; set; }
    public DateTime? CommittedTime { get; set; }
    public string? CommitterName { get; set; }
    public DateTime? RevertedTime { get; set; }
    public string? ReverterName { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class ImportProgressDto
{
    public Guid Id { get; set; }
    public ImportStatus Status { get; set; }
    public bool IsInProgress { get; set; }
    public int RowsDone { get; set; }
    public int RowsTotal { get; set; }
    /// <summary>0–100.</summary>
    public int Percent { get; set; }
}

public class GetImportListInput : PagedAndSortedResultRequestDto
{
    public ImportKind? Kind { get; set; }
    public ImportStatus? Status { get; set; }
}

public class GetImportRowsInput : PagedAndSortedResultRequestDto
{
    public ImportRowStatus? Status { get; set; }
    public ImportRowAction? Action { get; set; }
    public bool? NeedsReview { get; set; }
}

public class ResolveImportRowInput
{
    [Required]
    public ImportRowResolution? Resolution { get; set; }

    /// <summary>With <see cref="ImportRowResolution.UseExisting"/>: one of the row's candidates.</summary>
    public Guid? EnterpriseId { get; set; }
}

public class GetImportTemplateInput
{
    public ExportFormat Format { get; set; } = ExportFormat.Xlsx;
}

/// <summary>Which import last set a field of an enterprise (or of its award records and figures).</summary>
public class ImportProvenanceDto
{
    public string Entity { get; set; } = null!;
    public Guid EntityId { get; set; }
    public string Field { get; set; } = null!;
    public LocalizedTextDto FieldName { get; set; } = null!;
    /// <summary>The value the import set, as shown to people.</summary>
    public string? Value { get; set; }
    /// <summary>Whether the field still holds that value (false: changed since).</summary>
    public bool IsCurrent { get; set; }
    public Guid ImportBatchId { get; set; }
    public string FileName { get; set; } = null!;
    public int RowNumber { get; set; }
    public DateTime? CommittedTime { get; set; }
    public string? CommitterName { get; set; }
}

public interface IImportAppService
{
    /// <summary>Stages a file: checks it is a readable .xlsx or .csv within the size limit with the kind's columns, then validates it in the background.</summary>
    Task<ImportBatchDto> UploadAsync(UploadImportInput input, ImportFileInput file, CancellationToken cancellationToken = default);

    Task<PagedResultDto<ImportBatchDto>> GetListAsync(GetImportListInput input, CancellationToken cancellationToken = default);

    /// <summary>The import with its summary (counts, columns, file-level messages, quota breaches, revert conflicts).</summary>
    Task<ImportBatchDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The per-row report and preview.</summary>
    Task<PagedResultDto<ImportRowDto>> GetRowsAsync(Guid id, GetImportRowsInput input, CancellationToken cancellationToken = default);

    Task<ImportProgressDto> GetProgressAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A reviewer's decision on a row; the import is validated again with it.</summary>
    Task<ImportBatchDto> ResolveRowAsync(Guid id, int rowNumber, ResolveImportRowInput input, CancellationToken cancellationToken = default);

    /// <summary>Writes the import (one transaction, in the background). Refused while it has errors or undecided rows.</summary>
    Task<ImportBatchDto> CommitAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Takes a committed import back (in the background), except fields changed since, which are reported.</summary>
    Task<ImportBatchDto> RevertAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Sets aside an import nobody will commit (validated or failed): its uploader, or whoever may discard any.</summary>
    Task<ImportBatchDto> DiscardAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>An empty file with the kind's columns, as .xlsx or .csv.</summary>
    Task<FileDto> GetTemplateAsync(ImportKind kind, GetImportTemplateInput input, CancellationToken cancellationToken = default);

    /// <summary>For each field of an enterprise an import set, the import that set it last.</summary>
    Task<ListResultDto<ImportProvenanceDto>> GetEnterpriseProvenanceAsync(Guid enterpriseId, CancellationToken cancellationToken = default);
}
