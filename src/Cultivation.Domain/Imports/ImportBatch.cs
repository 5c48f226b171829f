using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Imports;

/// <summary>
/// A staged import of one file: what it holds, who acts on it, where it is (<see cref="ImportStatus"/>), the
/// progress of its background work and the summary of its report. Its rows (<see cref="ImportRow"/>), the
/// stored file and what its commit changed (<see cref="ImportedChange"/>) are kept beside it.
/// </summary>
[DisableAuditing]
public class ImportBatch : AuditedAggregateRoot<Guid>
{
    public ImportKind Kind { get; private set; }
    public string FileName { get; private set; } = null!;
    public ImportFileFormat FileFormat { get; private set; }
    public long FileSize { get; private set; }
    /// <summary>SHA-256 of the file, to recognise the same file imported again.</summary>
    public string ContentHash { get; private set; } = null!;
    /// <summary>How a CSV file was decoded (UTF-8, UTF-8 with BOM, GB18030); null for workbooks.</summary>
    public string? TextEncoding { get; private set; }
    /// <summary>The edition chosen at upload, for rows that do not name one.</summary>
    public Guid? EditionId { get; private set; }
    /// <summary>The uploader's district (a district officer's import), or null for a city-wide import.</summary>
    public Guid? ScopeDistrictId { get; private set; }
    public ImportStatus Status { get; private set; }

    public int RowsTotal { get; private set; }
    public int RowsDone { get; private set; }
    public int OkRows { get; private set; }
    public int WarningRows { get; private set; }
    public int ErrorRows { get; private set; }
    public int CreateRows { get; private set; }
    public int UpdateRows { get; private set; }
    public int UnchangedRows { get; private set; }
    public int DuplicateRows { get; private set; }
    public int ReviewRows { get; private set; }

    public List<ImportColumnMapping> Columns { get; private set; } = [];
    public List<string> IgnoredColumns { get; private set; } = [];
    public List<ImportMessage> FileMessages { get; private set; } = [];
    public List<ImportQuotaBreach> QuotaBreaches { get; private set; } = [];
    public List<ImportRevertConflict> RevertConflicts { get; private set; } = [];

    public string? CreatorName { get; private set; }

    /// <summary>The user the background work acts for: whoever asked for it last (upload, commit or revert).</summary>
    public Guid? ActorId { get; private set; }
    public string? ActorName { get; private set; }
    public Guid? ActorDistrictId { get; private set; }

    public DateTime? ValidatedTime { get; private set; }
    public DateTime? CommittedTime { get; private set; }
    public Guid? CommitterId { get; private set; }
    public string? CommitterName { get; private set; }
    public DateTime? RevertedTime { get; private set; }
    public Guid? ReverterId { get; private set; }
    public string? ReverterName { get; private set; }
    public DateTime? DiscardedTime { get; private set; }
    /// <summary>The status a revert started from, to return to if it fails.</summary>
    public ImportStatus? RevertedFrom { get; private set; }
    /// <summary>When the current background step started (to recognise work a stopped node left behind).</summary>
    public DateTime? StepStartedTime { get; private set; }

    /// <summary>
    /// Validations started since the last one that finished, counted when one starts (see
    /// <see cref="IImportBatchRepository.TryChangeStatusAsync"/>), so that a node stopping in the middle counts too.
    /// </summary>
    public int ValidationAttempts { get; private set; }

    /// <summary>Validation has failed as often as it may (<see cref="ImportConsts.MaxValidationAttempts"/>): it is not run again.</summary>
    public bool ValidationAttemptsUsedUp => ValidationAttempts >= ImportConsts.MaxValidationAttempts;

    /// <summary>The last failure of a background step, as a localizable message.</summary>
    public ImportMessage? Failure { get; private set; }

    private ImportBatch()
    {
    }

    public ImportBatch(Guid id, ImportKind kind, string fileName, ImportFileFormat format, long fileSize, string contentHash,
        string? textEncoding, Guid? editionId, ImportActor uploader) : base(id)
    {
        Kind = Check.Defined(kind, "kind");
        FileName = Check.NotNullOrWhiteSpace(Path.GetFileName(fileName), "file", ImportConsts.MaxFileNameLength);
        FileFormat = Check.Defined(format, "file");
        FileSize = fileSize;
        ContentHash = contentHash;
        TextEncoding = textEncoding;
        EditionId = editionId;
        ScopeDistrictId = uploader.DistrictId;
        CreatorName = uploader.UserName;
        Status = ImportStatus.Queued;
        SetActor(uploader);
    }

    public bool CanCommit => !Blockers().Any();

    /// <summary>Why the import cannot be committed now, the most pressing first; empty when it can.</summary>
    public IReadOnlyList<ImportMessage> CommitBlockers() => Blockers().Select(b => ImportMessage.Error(b.Code, null, b.Args)).ToList();

    public bool CanRevert => Status is ImportStatus.Committed or ImportStatus.PartiallyReverted;

    /// <summary>Validation finished: the report's summary.</summary>
    public void MarkValidated(ImportSummary summary, IEnumerable<ImportColumnMapping> columns, IEnumerable<string> ignoredColumns,
        IEnumerable<ImportMessage> fileMessages, DateTime now)
    {
        EnsureStatus(ImportStatus.Validating);
        Summarise(summary);
        Columns = [.. columns];
        IgnoredColumns = [.. ignoredColumns];
        FileMessages = [.. fileMessages];
        ValidatedTime = now;
        ValidationAttempts = 0;
        Status = ImportStatus.Validated;
        StepStartedTime = null;
    }

    public void ReportProgress(int done, int total)
    {
        RowsDone = done;
        RowsTotal = total;
    }

    /// <summary>
    /// The file could not be processed at all (validation stopped on an unexpected failure). At the last attempt
    /// the import fails for good, and says so.
    /// </summary>
    public void MarkFailed(ImportMessage failure)
    {
        Failure = ValidationAttemptsUsedUp ? ImportMessage.Error(CultivationDomainErrorCodes.ImportFailedTwice, null) : failure;
        Status = ImportStatus.Failed;
        StepStartedTime = null;
    }

    public void RequestCommit(ImportActor committer)
    {
        var (code, args) = Blockers().FirstOrDefault();
        if (code is not null)
        {
            throw new BusinessException(code, null, args);
        }
        SetActor(committer);
        Failure = null;
        Status = ImportStatus.CommitQueued;
    }

    private IEnumerable<(string Code, object[] Args)> Blockers()
    {
        if (Status != ImportStatus.Validated)
        {
            yield return (CultivationDomainErrorCodes.ImportNotInState, [Status]);
            yield break;
        }
        if (RowsTotal == 0)
        {
            yield return (CultivationDomainErrorCodes.ImportFileNoDataRows, []);
        }
        if (ReviewRows > 0)
        {
            yield return (CultivationDomainErrorCodes.ImportNeedsReview, [ReviewRows]);
        }
        // A row waiting for a decision is an error row too; it is named once, as a row to decide.
        if (ErrorRows - ReviewRows > 0)
        {
            yield return (CultivationDomainErrorCodes.ImportHasErrors, [ErrorRows - ReviewRows]);
        }
        foreach (var q in QuotaBreaches)
        {
            yield return (CultivationDomainErrorCodes.ImportQuotaExceeded, [q.EditionYear, q.Track, q.Level, q.Quota, q.Count]);
        }
    }

    public void MarkCommitted(DateTime now)
    {
        EnsureStatus(ImportStatus.Committing);
        CommittedTime = now;
        CommitterId = ActorId;
        CommitterName = ActorName;
        Status = ImportStatus.Committed;
        StepStartedTime = null;
    }

    /// <summary>The commit wrote nothing (it failed and was rolled back); the import is validated again against the data as it is now.</summary>
    public void CommitFailed(ImportMessage failure)
    {
        Failure = failure;
        Status = ImportStatus.Queued;
        StepStartedTime = null;
    }

    /// <summary>A reviewer decided a row: the report and preview are made again with the decision.</summary>
    public void RequestRevalidation(ImportActor actor)
    {
        if (Status is not (ImportStatus.Validated or ImportStatus.Failed))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportNotInState, null, Status);
        }
        if (ValidationAttemptsUsedUp)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportFailedTwice, null);
        }
        SetActor(actor);
        Failure = null;
        Status = ImportStatus.Queued;
    }

    public void RequestRevert(ImportActor reverter)
    {
        if (!CanRevert)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportNotInState, null, Status);
        }
        SetActor(reverter);
        Failure = null;
        RevertedFrom = Status;
        Status = ImportStatus.RevertQueued;
    }

    /// <summary>Reverted; what a later change touched stays and is listed.</summary>
    public void MarkReverted(IEnumerable<ImportRevertConflict> conflicts, DateTime now)
    {
        EnsureStatus(ImportStatus.Reverting);
        RevertConflicts = [.. conflicts];
        RevertedTime = now;
        ReverterId = ActorId;
        ReverterName = ActorName;
        Status = RevertConflicts.Count == 0 ? ImportStatus.Reverted : ImportStatus.PartiallyReverted;
        StepStartedTime = null;
    }

    public void RevertFailed(ImportMessage failure)
    {
        Failure = failure;
        Status = RevertedFrom ?? ImportStatus.Committed;
        StepStartedTime = null;
    }

    private void Summarise(ImportSummary s)
    {
        RowsTotal = s.Total;
        RowsDone = s.Total;
        OkRows = s.Ok;
        WarningRows = s.Warning;
        ErrorRows = s.Error;
        CreateRows = s.Create;
        UpdateRows = s.Update;
        UnchangedRows = s.Unchanged;
        DuplicateRows = s.Duplicate;
        ReviewRows = s.Review;
        QuotaBreaches = [.. s.QuotaBreaches];
    }

    /// <summary>An import nobody will commit (validated or failed) is set aside instead of waiting as 待提交 for ever.</summary>
    public void Discard(ImportActor actor, DateTime now)
    {
        if (Status is not (ImportStatus.Validated or ImportStatus.Failed))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportNotInState, null, Status);
        }
        SetActor(actor);
        Status = ImportStatus.Discarded;
        DiscardedTime = now;
        StepStartedTime = null;
    }

    private void SetActor(ImportActor actor)
    {
        ActorId = actor.UserId;
        ActorName = actor.UserName;
        ActorDistrictId = actor.DistrictId;
    }

    private void EnsureStatus(ImportStatus expected)
    {
        if (Status != expected)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportNotInState, null, Status);
        }
    }
}

/// <summary>Who asks for an import step: the background work runs as this user, within this district.</summary>
public sealed record ImportActor(Guid? UserId, string? UserName, Guid? DistrictId);

/// <summary>The counts of a report.</summary>
public sealed record ImportSummary(int Total, int Ok, int Warning, int Error, int Create, int Update, int Unchanged, int Duplicate, int Review,
    IReadOnlyList<ImportQuotaBreach> QuotaBreaches);
