using System.Security.Claims;
using Cultivation.Auditing;
using Cultivation.Contests;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.FollowUps;
using Cultivation.Exceptions;
using Cultivation.IndustryFields;
using Cultivation.Repositories;
using Cultivation.Timing;
using Cultivation.Users;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace Cultivation.Imports;

/// <summary>
/// The background work of an import, run as the user who asked for it: validate (report and preview),
/// commit (one transaction, set-based: records loaded in batches by credit code and id, saved in chunks),
/// revert (one transaction). Each step claims the import first, so of several nodes one runs it.
/// </summary>
public sealed class ImportJobRunner(
    IImportBatchRepository batches,
    IEnterpriseRepository enterprises,
    IDistrictRepository districts,
    IIndustryFieldRepository industryFields,
    ILocalIndustryRepository localIndustries,
    IContestEditionRepository editions,
    IFollowUpPlanRepository plans,
    IAsyncQueryableExecuter executer,
    ImportManager manager,
    IUnitOfWork unitOfWork,
    ICurrentPrincipalAccessor principalAccessor,
    IAuditingManager auditing,
    ImportProgressTracker progress,
    IImportJobQueue queue,
    IMemoryCache cache,
    TimeProvider clock,
    ILogger<ImportJobRunner> logger)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Work running longer than this was left behind by a node that stopped.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    /// <summary>Queues what is waiting in the database and takes back what a stopped node left running; returns how many it queued.</summary>
    public async Task<int> RecoverAsync(IImportJobQueue jobs, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var batch in await batches.GetPendingAsync(Now - StaleAfter, cancellationToken))
        {
            if (await PutBackAsync(batch, cancellationToken))
            {
                await jobs.EnqueueAsync(batch.Id, cancellationToken);
                queued++;
            }
        }
        return queued;
    }

    /// <summary>The work of an import whose node died while running it (Quartz recovers its trigger on another node).</summary>
    public async Task RecoverAndRunAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (await batches.FindAsync(batchId, includeDetails: false, cancellationToken) is { } batch && await PutBackAsync(batch, cancellationToken))
        {
            // Putting it back may have changed its status in the database, behind the loaded copy.
            unitOfWork.ClearLoadedEntities();
            await RunAsync(batchId, cancellationToken);
        }
    }

    /// <summary>Puts an import whose work stopped with its node back to where it can run; false when it is not to run again.</summary>
    private async Task<bool> PutBackAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        var interrupted = ImportMessage.Error(CultivationDomainErrorCodes.ImportFailed, null);
        switch (batch.Status)
        {
            case ImportStatus.Validating when batch.ValidationAttemptsUsedUp:
                // It stopped the node as often as it may (a file that crashes the process, say): never run again.
                batch.MarkFailed(interrupted);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return false;
            case ImportStatus.Validating:
                // Validation writes only the report: run it again.
                await batches.TryChangeStatusAsync(batch.Id, ImportStatus.Validating, ImportStatus.Queued, Now, cancellationToken);
                return true;
            case ImportStatus.Committing:
                // Its transaction rolled back with the node: nothing was written. Validate again against the data now.
                batch.CommitFailed(interrupted);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return true;
            case ImportStatus.Reverting:
                batch.RevertFailed(interrupted);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return false;
            default:
                return true;
        }
    }

    public async Task RunAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await batches.FindAsync(batchId, includeDetails: false, cancellationToken);
        if (batch is null)
        {
            return;
        }
        var next = batch.Status switch
        {
            ImportStatus.Queued => ImportStatus.Validating,
            ImportStatus.CommitQueued => ImportStatus.Committing,
            ImportStatus.RevertQueued => ImportStatus.Reverting,
            _ => (ImportStatus?)null
        };
        if (next is null || !await batches.TryChangeStatusAsync(batchId, batch.Status, next.Value, Now, cancellationToken))
        {
            return;
        }
        using var _ = principalAccessor.Change(ActorPrincipal(batch));
        unitOfWork.ClearLoadedEntities();
        try
        {
            switch (next)
            {
                case ImportStatus.Validating:
                    await ValidateAsync(batchId, cancellationToken);
                    break;
                case ImportStatus.Committing:
                    await CommitAsync(batchId, cancellationToken);
                    break;
                default:
                    await RevertAsync(batchId, cancellationToken);
                    break;
            }
        }
        finally
        {
            progress.Finish(batchId);
        }
    }

    private async Task ValidateAsync(Guid batchId, CancellationToken cancellationToken)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var batch = await batches.GetAsync(batchId, includeDetails: false, cancellationToken);
            var prepared = await PrepareAsync(batch, track: false, cancellationToken);
            var total = prepared.Records.Count;
            progress.Report(batchId, 0, total);
            var preparedIn = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            var analysis = manager.Analyze(prepared.Context, prepared.Records, prepared.Targets, done => ReportEvery(batchId, done, total));
            var analysedIn = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            var rows = analysis.Rows.Select(p => new ImportRow(Guid.CreateVersion7(), batchId, p)).ToList();
            var fileMessages = new List<ImportMessage>(prepared.OtherSheets);
            if (prepared.Map.Ignored.Count > 0)
            {
                fileMessages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportColumnsIgnored, "file", string.Join("、", prepared.Map.Ignored)));
            }
            if (await batches.FindCommittedByHashAsync(batch.ContentHash, batch.ScopeDistrictId, batch.Id, cancellationToken) is { } earlier)
            {
                fileMessages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportSameFileCommitted, "file",
                    ShanghaiTime.Zone is { } zone && earlier.CommittedTime is { } at
                        ? TimeZoneInfo.ConvertTimeFromUtc(at, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
                        : string.Empty,
                    earlier.CommitterName ?? string.Empty));
            }
            await unitOfWork.ExecuteInTransactionAsync(async ct =>
            {
                await batches.ReplaceRowsAsync(batchId, rows, ct);
                batch.MarkValidated(analysis.Summary,
                    prepared.Map.Columns.Select(c => new ImportColumnMapping(c.Header, c.Column.Key, c.Multiplier)),
                    prepared.Map.Ignored, fileMessages, Now);
            }, cancellationToken);
            logger.LogInformation("Import {BatchId} validated: {Rows} rows, read and matched in {Prepared:F0} ms, analysed in {Analysed:F0} ms, stored in {Total:F0} ms",
                batchId, total, preparedIn.TotalMilliseconds, (analysedIn - preparedIn).TotalMilliseconds,
                (System.Diagnostics.Stopwatch.GetElapsedTime(started) - analysedIn).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = FailureOf(e);
            await SaveFailureAsync(batchId, b => b.MarkFailed(failure), cancellationToken);
        }
    }

    private async Task CommitAsync(Guid batchId, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.ExecuteInTransactionAsync(async ct =>
            {
                unitOfWork.ClearLoadedEntities();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var batch = await batches.GetAsync(batchId, includeDetails: false, ct);
                // Within the transaction and on tracked records: the analysis carries every row out on the records
                // themselves, exactly as the validation did on copies; a row that no longer goes through stops it all.
                var prepared = await PrepareAsync(batch, track: true, ct);
                var total = prepared.Records.Count;
                progress.Report(batchId, 0, total);
                var analysis = manager.Analyze(prepared.Context, prepared.Records, prepared.Targets, done => ReportEvery(batchId, done, total));
                if (analysis.Rows.FirstOrDefault(r => r.HasErrors) is { } broken)
                {
                    throw new RowFailure(broken.RowNumber, broken.Messages.First(m => m.Level == ImportRowStatus.Error));
                }
                var analysedIn = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                TimeSpan insertedIn, savedIn;
                using (auditing.ForAction(AuditAction.ImportCommit))
                using (auditing.ForImportBatch(batchId))
                {
                    var written = analysis.Rows.Where(r => r.Writes && r.Result is not null).ToList();
                    // New enterprises by the thousand are written set-based (stamped and audited as a save would); then
                    // the save writes what changed on existing records and what domain events add (follow-up plans).
                    await batches.InsertNewEnterprisesAsync(written.Select(r => r.Result!.Created).OfType<Enterprise>().ToList(), ct);
                    insertedIn = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                    await unitOfWork.SaveChangesAsync(ct);
                    savedIn = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                    await batches.InsertChangesAsync(written.SelectMany(r => r.Result!.Changes.Select(c => new ImportedChange(Guid.CreateVersion7(), batchId,
                        r.RowNumber, r.Result.Enterprise.Id, c.EntityType, c.EntityId, c.IsCreation, Now, c.Fields))), ct);
                }
                batch.MarkCommitted(Now);
                var doneIn = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                logger.LogInformation("Import {BatchId} committed: {Rows} rows analysed on the records in {Analysed:F0} ms; new enterprises inserted in {Inserted:F0} ms, "
                                      + "changes saved in {Saved:F0} ms, provenance written in {Provenance:F0} ms",
                    batchId, total, analysedIn.TotalMilliseconds, (insertedIn - analysedIn).TotalMilliseconds, (savedIn - insertedIn).TotalMilliseconds,
                    (doneIn - savedIn).TotalMilliseconds);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Nothing was written: the transaction rolled back. The import is validated again against the data
            // as it is now, so that its report shows what stopped the commit.
            var failure = FailureOf(e);
            await SaveFailureAsync(batchId, b => b.CommitFailed(failure), cancellationToken);
            await queue.EnqueueAsync(batchId, cancellationToken);
        }
    }

    private async Task RevertAsync(Guid batchId, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.ExecuteInTransactionAsync(async ct =>
            {
                unitOfWork.ClearLoadedEntities();
                var batch = await batches.GetAsync(batchId, includeDetails: false, ct);
                var changes = await batches.GetOpenChangesAsync(batchId, ct);
                progress.Report(batchId, 0, changes.Count);
                var scope = batch.ScopeDistrictId ?? batch.ActorDistrictId;
                var visible = (await batches.GetEnterprisesByIdsAsync(changes.Select(c => c.EnterpriseId).Distinct().ToList(), track: true, ct))
                    .Where(e => scope is null || e.DistrictId == scope)
                    .ToDictionary(e => e.Id);
                var context = new ImportContext
                {
                    Kind = batch.Kind,
                    ScopeDistrictId = scope,
                    Today = ShanghaiTime.Today(clock),
                    Editions = await executer.ToListAsync(await editions.GetQueryableAsync(), ct)
                };
                using (auditing.ForAction(AuditAction.ImportRevert))
                using (auditing.ForImportBatch(batchId))
                {
                    var created = changes.Where(c => c.IsCreation).ToList();
                    // The follow-up plans the import's own awards started, if nobody worked on them, go with their award:
                    // they do not keep a created enterprise. (An award that stays keeps its enterprise anyway.)
                    var ownPlans = await plans.GetUntouchedOfAwardsAsync(Ids(created, ImportFields.AwardRecord), ct);
                    var referenced = await batches.FindReferencedAsync<Enterprise>(Ids(created, ImportFields.Enterprise), ownPlans.Select(p => p.Id).ToHashSet(), ct);
                    referenced.UnionWith(await batches.FindReferencedAsync<AwardRecord>(Ids(created, ImportFields.AwardRecord), cancellationToken: ct));
                    referenced.UnionWith(await batches.FindReferencedAsync<EnterpriseFigures>(Ids(created, ImportFields.EnterpriseFigures), cancellationToken: ct));
                    var result = manager.Revert(context, changes, visible, referenced);
                    var removedAwards = created.Where(c => c.EntityType == ImportFields.AwardRecord && c.IsFullyReverted).Select(c => c.EntityId).ToHashSet();
                    var droppedPlans = ownPlans.Where(p => removedAwards.Contains(p.AwardRecordId!.Value)).ToList();
                    foreach (var plan in droppedPlans)
                    {
                        await plans.DeleteAsync(plan, cancellationToken: ct);
                    }
                    foreach (var enterprise in result.DeletedEnterprises)
                    {
                        await enterprises.DeleteAsync(enterprise, cancellationToken: ct);
                    }
                    await unitOfWork.SaveChangesAsync(ct);
                    await plans.PurgeAsync(droppedPlans.Select(p => p.Id).ToList(), ct);
                    await batches.PurgeEnterprisesAsync(result.DeletedEnterprises.Select(e => e.Id).ToList(), ct);
                    batch.MarkReverted(result.Conflicts, Now);
                }
                progress.Report(batchId, changes.Count, changes.Count);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = FailureOf(e);
            await SaveFailureAsync(batchId, b => b.RevertFailed(failure), cancellationToken);
        }
    }

    /// <summary>The file read again, its records, and what they are matched against, all loaded in batches.</summary>
    private async Task<Prepared> PrepareAsync(ImportBatch batch, bool track, CancellationToken ct)
    {
        // The file's cells, kept a while after validation so that the commit on this node need not read the file again.
        var cacheKey = $"import-sheet:{batch.Id}:{batch.ContentHash}";
        if (!cache.TryGetValue(cacheKey, out IReadOnlyList<ImportSheet>? sheets) || sheets is null)
        {
            sheets = ImportSheetReader.ReadAll(batch.FileName, await batches.GetFileContentAsync(batch.Id, ct));
            cache.Set(cacheKey, sheets, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30) });
        }
        var (sheet, map, otherSheets) = ImportColumnMap.Choose(batch.Kind, sheets);
        var allEditions = await executer.ToListAsync(await editions.GetQueryableAsync(), ct);
        var industries = new IndustryNameIndex(await industryFields.GetAllAsync(ct), await localIndustries.GetAllAsync(ct));
        var reader = new ImportRecordReader(await districts.GetAllAsync(ct), industries);
        var records = reader.Read(sheet, map);
        var context = new ImportContext
        {
            Kind = batch.Kind,
            DefaultEdition = batch.EditionId is { } editionId ? allEditions.FirstOrDefault(e => e.Id == editionId) : null,
            ScopeDistrictId = batch.ScopeDistrictId ?? batch.ActorDistrictId,
            Today = ShanghaiTime.Today(clock),
            Editions = allEditions,
            Decisions = await batches.GetDecisionsAsync(batch.Id, ct)
        };
        var codes = records.Where(r => r.CreditCode is not null).Select(r => r.CreditCode!.Value.Value).Distinct().ToList();
        var byCode = await batches.GetEnterprisesByCreditCodesAsync(codes, track, ct);
        var needsTeams = batch.Kind == ImportKind.ContestResults || records.Any(r => r.CreditCode is null);
        var teams = needsTeams
            ? await batches.GetTeamCandidatesAsync(records.Select(r => r.Name).OfType<string>().Distinct().ToList(), track, ct)
            : [];
        var editionIds = records.Select(r => r.EditionYear).OfType<int>().Distinct()
            .Select(y => allEditions.FirstOrDefault(e => e.Year == y)?.Id).OfType<Guid>()
            .Concat(context.DefaultEdition is { } d ? [d.Id] : [])
            .Distinct().ToList();
        var prizeCounts = batch.Kind == ImportKind.ContestResults ? await enterprises.CountPrizesAsync(editionIds, ct) : [];
        return new Prepared(map, records, context, new ImportTargets(byCode, teams, prizeCounts), otherSheets);
    }

    private static List<Guid> Ids(IEnumerable<ImportedChange> changes, string entityType) =>
        changes.Where(c => c.EntityType == entityType).Select(c => c.EntityId).ToList();

    private void ReportEvery(Guid batchId, int done, int total)
    {
        if (done % 100 == 0 || done == total)
        {
            progress.Report(batchId, done, total);
        }
    }

    private ImportMessage FailureOf(Exception exception)
    {
        switch (exception)
        {
            case RowFailure row:
                return ImportMessage.Error(CultivationDomainErrorCodes.ImportCommitFailed, row.Message.Field, row.RowNumber, ImportTexts.Nested(row.Message));
            case BusinessException business:
                return new ImportMessage(ImportRowStatus.Error, business.Code, business.Field, ImportMessage.Texts(business.Arguments));
            case ConcurrencyConflictException:
                return ImportMessage.Error(CultivationDomainErrorCodes.ConcurrencyConflict, null);
            case DuplicateKeyException:
                return ImportMessage.Error(CultivationDomainErrorCodes.DuplicateKey, null);
            default:
                logger.LogError(exception, "Import step failed unexpectedly");
                return ImportMessage.Error(CultivationDomainErrorCodes.ImportFailed, null);
        }
    }

    private async Task SaveFailureAsync(Guid batchId, Action<ImportBatch> fail, CancellationToken cancellationToken)
    {
        unitOfWork.ClearLoadedEntities();
        var batch = await batches.GetAsync(batchId, includeDetails: false, cancellationToken);
        fail(batch);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static ClaimsPrincipal ActorPrincipal(ImportBatch batch)
    {
        var claims = new List<Claim>();
        if (batch.ActorId is { } id)
        {
            claims.Add(new Claim(CultivationClaimTypes.UserId, id.ToString()));
        }
        if (batch.ActorName is { } name)
        {
            claims.Add(new Claim(CultivationClaimTypes.UserName, name));
        }
        if (batch.ActorDistrictId is { } district)
        {
            claims.Add(new Claim(CultivationClaimTypes.DistrictId, district.ToString()));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "ImportJob", CultivationClaimTypes.UserName, CultivationClaimTypes.Role));
    }

    private sealed record Prepared(ImportColumnMap Map, List<ImportRecord> Records, ImportContext Context, ImportTargets Targets, List<ImportMessage> OtherSheets);

    /// <summary>A row that could not be written: the commit stops and writes nothing.</summary>
    private sealed class RowFailure(int rowNumber, ImportMessage message) : Exception($"Row {rowNumber}: {message.Code}")
    {
        public int RowNumber { get; } = rowNumber;

        public new ImportMessage Message { get; } = message;
    }
}
