using System.Globalization;
using System.Security.Cryptography;
using Cultivation.Authorization;
using Cultivation.Contests;
using Cultivation.Districts;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.IndustryFields;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Imports;

/// <summary>
/// Contest-results imports: upload a file (checked at once: size, type, readable, the kind's columns), then the
/// background validates it into a per-row report with a preview, a commit writes it in one transaction, and a
/// revert takes it back. A district officer sees and acts on their own district's imports only (another's
/// answers 404); municipal staff see all.
/// </summary>
[Authorize(CultivationPermissions.Imports.Default)]
public sealed class ImportAppService(
    IImportBatchRepository batches,
    IContestEditionRepository editions,
    IEnterpriseRepository enterprises,
    IDistrictRepository districts,
    IIndustryFieldRepository industryFields,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    IImportJobQueue queue,
    ImportProgressTracker progress,
    ICurrentUser currentUser,
    ICurrentPrincipalAccessor principal,
    IPermissionChecker permissions,
    TimeProvider clock) : IImportAppService
{
    [Authorize(CultivationPermissions.Imports.Create)]
    public async Task<ImportBatchDto> UploadAsync(UploadImportInput input, ImportFileInput file, CancellationToken cancellationToken = default)
    {
        // Size and type first, before anything reads the content.
        if (file.Length > ImportConsts.MaxFileBytes)
        {
            throw TooLarge(file.Length);
        }
        var format = ImportSheetReader.FormatOf(file.FileName);
        var content = await ReadBoundedAsync(file.Content, cancellationToken);
        if (input.EditionId is { } editionId && await editions.FindAsync(editionId, includeDetails: false, cancellationToken) is null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.EditionNotFound, "editionId");
        }
        // The first rows are enough to tell a readable file with the kind's columns; the background reads the rest.
        var (sheet, map, _) = ImportColumnMap.Choose(input.Kind!.Value, ImportSheetReader.ReadAll(file.FileName, content, firstRows: 12));
        if (!sheet.Rows.Any(r => r.RowNumber > map.HeaderRowNumber))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportFileNoDataRows, "file");
        }
        var batch = new ImportBatch(Guid.CreateVersion7(), input.Kind.Value, file.FileName, format, content.Length,
            Convert.ToHexStringLower(SHA256.HashData(content)), sheet.TextEncoding, input.EditionId, Actor());
        await batches.InsertAsync(batch, cancellationToken: cancellationToken);
        await batches.InsertFileAsync(new ImportFile(batch.Id, content), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await queue.EnqueueAsync(batch.Id, cancellationToken);
        return await ToDtoAsync(batch, cancellationToken);
    }

    public async Task<PagedResultDto<ImportBatchDto>> GetListAsync(GetImportListInput input, CancellationToken cancellationToken = default)
    {
        var query = Visible(await batches.GetQueryableAsync());
        if (input.Kind is { } kind)
        {
            query = query.Where(b => b.Kind == kind);
        }
        if (input.Status is { } status)
        {
            query = query.Where(b => b.Status == status);
        }
        var total = await executer.CountAsync(query, cancellationToken);
        var items = await executer.ToListAsync(query.OrderByDescending(b => b.CreationTime).ThenByDescending(b => b.Id)
            .Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        var names = await NamesAsync(cancellationToken);
        return new PagedResultDto<ImportBatchDto>(total, items.Select(b => ToDto(b, names)).ToList());
    }

    public async Task<ImportBatchDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await GetVisibleAsync(id, cancellationToken), cancellationToken);

    public async Task<PagedResultDto<ImportRowDto>> GetRowsAsync(Guid id, GetImportRowsInput input, CancellationToken cancellationToken = default)
    {
        var batch = await GetVisibleAsync(id, cancellationToken);
        var (total, rows) = await batches.GetRowsAsync(id, new ImportRowQuery(input.Status, input.Action, input.NeedsReview),
            input.SkipCount, input.MaxResultCount, cancellationToken);
        var names = await NamesAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        // Once committed, a row that created an enterprise points at it.
        var created = batch.CommittedTime is null
            ? []
            : await batches.GetCreatedEnterprisesAsync(id, rows.Where(r => r.Action == ImportRowAction.Create).Select(r => r.RowNumber).ToList(), cancellationToken);
        // A district officer's import shows another district's enterprise as "belongs to another district" only
        // (the analysis keeps no more; rows stored before it did are cut here too).
        var scope = batch.ScopeDistrictId;
        bool Visible(Guid? districtId) => scope is null || districtId is null || districtId == scope;
        return new PagedResultDto<ImportRowDto>(total, rows.Select(r => Visible(r.DistrictId) ? ToDto(r) : OutOfScope(r)).ToList());

        ImportRowDto OutOfScope(ImportRow r)
        {
            var dto = ToDto(r);
            (dto.EnterpriseId, dto.EnterpriseName, dto.DistrictId, dto.DistrictName, dto.Changes) = (null, null, null, null, []);
            return dto;
        }

        ImportRowDto ToDto(ImportRow r) => new()
        {
            RowNumber = r.RowNumber,
            Status = r.Status,
            Action = r.Action,
            NeedsReview = r.NeedsReview,
            EnterpriseId = r.EnterpriseId ?? (created.TryGetValue(r.RowNumber, out var createdId) ? createdId : null),
            EnterpriseName = r.EnterpriseName,
            CreditCode = r.CreditCode,
            DistrictId = r.DistrictId,
            DistrictName = r.DistrictId is { } d && names.Districts.TryGetValue(d, out var rowDistrict) ? DisplayLanguage.Pick(rowDistrict.Name, rowDistrict.EnglishName) : null,
            EditionYear = r.EditionYear,
            FiguresYear = r.FiguresYear,
            Messages = r.Messages.Select(m => ImportTexts.ToDto(m, batch.Columns)).ToList(),
            Changes = r.Changes.Select(c => new ImportFieldChangeDto
            {
                Entity = c.Entity,
                Field = c.Field,
                Column = ImportTexts.ColumnOfField(FieldKey(c.Field))?.Key,
                FieldName = ImportTexts.FieldName(FieldKey(c.Field)),
                OldValue = ImportTexts.DisplayValue(c.Entity, c.Field, c.OldValue, names.Districts, names.Fields, culture),
                NewValue = ImportTexts.DisplayValue(c.Entity, c.Field, c.NewValue, names.Districts, names.Fields, culture)
            }).ToList(),
            Candidates = r.Candidates.Where(c => Visible(c.DistrictId)).Select(c => new ImportCandidateDto
            {
                EnterpriseId = c.EnterpriseId,
                Name = c.Name,
                LeadName = c.LeadName,
                CreditCode = c.CreditCode,
                DistrictId = c.DistrictId,
                DistrictName = names.Districts.TryGetValue(c.DistrictId, out var district) ? DisplayLanguage.Pick(district.Name, district.EnglishName) : null,
                EditionYears = c.EditionYears
            }).ToList(),
            Resolution = r.Resolution,
            ResolvedEnterpriseId = r.ResolvedEnterpriseId
        };
    }

    public async Task<ImportProgressDto> GetProgressAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var batch = await GetVisibleAsync(id, cancellationToken);
        var inProgress = batch.Status.IsInProgress();
        var (done, total) = inProgress && progress.Find(id) is { } live ? live : (batch.RowsDone, batch.RowsTotal);
        if (inProgress && batch.Status is ImportStatus.Queued or ImportStatus.CommitQueued or ImportStatus.RevertQueued)
        {
            done = 0;
        }
        return new ImportProgressDto
        {
            Id = id,
            Status = batch.Status,
            IsInProgress = inProgress,
            RowsDone = done,
            RowsTotal = total,
            Percent = !inProgress ? 100 : total == 0 ? 0 : (int)Math.Min(99, done * 100L / total)
        };
    }

    [Authorize(CultivationPermissions.Imports.Create)]
    public async Task<ImportBatchDto> ResolveRowAsync(Guid id, int rowNumber, ResolveImportRowInput input, CancellationToken cancellationToken = default)
    {
        var batch = await GetVisibleAsync(id, cancellationToken);
        var row = await batches.FindRowAsync(id, rowNumber, cancellationToken)
                  ?? throw new BusinessException(CultivationDomainErrorCodes.ImportRowNotFound, "rowNumber", rowNumber);
        if (!row.NeedsReview)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportRowNeedsNoReview, "rowNumber", rowNumber);
        }
        var resolution = input.Resolution!.Value;
        if (resolution == ImportRowResolution.UseExisting && !row.Candidates.Any(c => c.EnterpriseId == input.EnterpriseId))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportNotACandidate, "enterpriseId");
        }
        row.Resolve(resolution, input.EnterpriseId);
        batch.RequestRevalidation(Actor());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await queue.EnqueueAsync(id, cancellationToken);
        return await ToDtoAsync(batch, cancellationToken);
    }

    [Authorize(CultivationPermissions.Imports.Create)]
    public Task<ImportBatchDto> CommitAsync(Guid id, CancellationToken cancellationToken = default) =>
        QueueAsync(id, batch => batch.RequestCommit(Actor()), cancellationToken);

    [Authorize(CultivationPermissions.Imports.Revert)]
    public Task<ImportBatchDto> RevertAsync(Guid id, CancellationToken cancellationToken = default) =>
        QueueAsync(id, batch => batch.RequestRevert(Actor()), cancellationToken);

    [Authorize(CultivationPermissions.Imports.Create)]
    public async Task<ImportBatchDto> DiscardAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var batch = await GetVisibleAsync(id, cancellationToken);
        if (batch.CreatorId != currentUser.Id
            && !(principal.Principal is { } user && await permissions.IsGrantedAsync(user, CultivationPermissions.Imports.DiscardAny)))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ImportDiscardNotYours, null);
        }
        batch.Discard(Actor(), clock.GetUtcNow().UtcDateTime);
        await unitOfWork.ExecuteInTransactionAsync(async ct =>
        {
            await batches.DeleteRowsAndFileAsync(id, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }, cancellationToken);
        return await ToDtoAsync(batch, cancellationToken);
    }

    /// <summary>The batch's next step asked for (the batch checks it may be), then handed to the background worker.</summary>
    private async Task<ImportBatchDto> QueueAsync(Guid id, Action<ImportBatch> request, CancellationToken cancellationToken)
    {
        var batch = await GetVisibleAsync(id, cancellationToken);
        request(batch);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await queue.EnqueueAsync(id, cancellationToken);
        return await ToDtoAsync(batch, cancellationToken);
    }

    public Task<FileDto> GetTemplateAsync(ImportKind kind, GetImportTemplateInput input, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, "kind");
        }
        return Task.FromResult(ImportTemplateWriter.Write(kind, input.Format));
    }

    [Authorize(CultivationPermissions.Enterprises.Default)]
    public async Task<ListResultDto<ImportProvenanceDto>> GetEnterpriseProvenanceAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        // Only someone who may read the enterprise may read where its values came from: another district's id is a 404.
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        var names = await NamesAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var result = new List<ImportProvenanceDto>();
        var seen = new HashSet<(string, Guid, string)>();
        foreach (var (change, batch) in await batches.GetEnterpriseChangesAsync(enterpriseId, cancellationToken))
        {
            object? entity = change.EntityType switch
            {
                ImportFields.Enterprise => enterprise,
                ImportFields.AwardRecord => enterprise.Awards.FirstOrDefault(a => a.Id == change.EntityId),
                _ => enterprise.Figures.FirstOrDefault(f => f.Id == change.EntityId)
            };
            // Where a record belongs (its enterprise, district, edition) is not a value someone imported: left out.
            foreach (var field in change.Fields.Where(f => !f.Reverted && !ImportFields.IsPlacement(change.EntityType, f.Field)))
            {
                if (entity is null || !seen.Add((change.EntityType, change.EntityId, field.Field)) || ImportFields.Find(change.EntityType, field.Field) is not { } spec)
                {
                    continue;
                }
                result.Add(new ImportProvenanceDto
                {
                    Entity = change.EntityType,
                    EntityId = change.EntityId,
                    Field = field.Field,
                    FieldName = ImportTexts.FieldName(FieldKey(field.Field)),
                    Value = ImportTexts.DisplayValue(change.EntityType, field.Field, field.NewValue, names.Districts, names.Fields, culture),
                    IsCurrent = ImportFields.Format(spec.Read(entity)) == field.NewValue,
                    ImportBatchId = batch.Id,
                    FileName = batch.FileName,
                    RowNumber = change.RowNumber,
                    CommittedTime = batch.CommittedTime,
                    CommitterName = batch.CommitterName
                });
            }
        }
        return new ListResultDto<ImportProvenanceDto>(result);
    }

    private IQueryable<ImportBatch> Visible(IQueryable<ImportBatch> query) =>
        currentUser.DistrictId is { } district ? query.Where(b => b.ScopeDistrictId == district) : query;

    private async Task<ImportBatch> GetVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var batch = await batches.FindAsync(id, includeDetails: false, cancellationToken);
        if (batch is null || currentUser.DistrictId is { } district && batch.ScopeDistrictId != district)
        {
            throw new EntityNotFoundException(typeof(ImportBatch), id);
        }
        return batch;
    }

    private ImportActor Actor() => new(currentUser.Id, currentUser.UserName, currentUser.DistrictId);

    private static BusinessException TooLarge(long length) =>
        new(CultivationDomainErrorCodes.ImportFileTooLarge, "file",
            FileSizeText.Megabytes(length, ImportConsts.MaxFileBytes), FileSizeText.Megabytes(ImportConsts.MaxFileBytes));

    /// <summary>The content, read no further than the limit (a client may send more than it announced).</summary>
    private static async Task<byte[]> ReadBoundedAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > ImportConsts.MaxFileBytes)
            {
                throw TooLarge(buffer.Length + read);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string FieldKey(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private async Task<ImportBatchDto> ToDtoAsync(ImportBatch batch, CancellationToken cancellationToken) =>
        ToDto(batch, await NamesAsync(cancellationToken));

    private async Task<Names> NamesAsync(CancellationToken cancellationToken) => new(
        (await districts.GetAllAsync(cancellationToken)).ToDictionary(d => d.Id),
        (await executer.ToListAsync(await industryFields.GetQueryableAsync(), cancellationToken)).ToDictionary(f => f.Id));

    private static ImportBatchDto ToDto(ImportBatch b, Names names) => new()
    {
        Id = b.Id,
        Kind = b.Kind,
        FileName = b.FileName,
        FileFormat = b.FileFormat,
        FileSize = b.FileSize,
        TextEncoding = b.TextEncoding,
        EditionId = b.EditionId,
        ScopeDistrictId = b.ScopeDistrictId,
        Status = b.Status,
        IsInProgress = b.Status.IsInProgress(),
        CanCommit = b.CanCommit,
        CommitBlockers = b.CommitBlockers().Select(m => ImportTexts.ToDto(m, b.Columns)).ToList(),
        CanRevert = b.CanRevert,
        RowsTotal = b.RowsTotal,
        RowsDone = b.RowsDone,
        OkRows = b.OkRows,
        WarningRows = b.WarningRows,
        ErrorRows = b.ErrorRows,
        CreateRows = b.CreateRows,
        UpdateRows = b.UpdateRows,
        UnchangedRows = b.UnchangedRows,
        DuplicateRows = b.DuplicateRows,
        ReviewRows = b.ReviewRows,
        Columns = b.Columns.Select(c => new ImportColumnDto
        {
            Header = c.Header,
            Key = c.Key,
            Multiplier = c.Multiplier,
            Name = EnterpriseSheetColumns.All.FirstOrDefault(x => x.Key == c.Key) is { } column
                ? new LocalizedTextDto { Zh = column.Name, En = column.EnglishName }
                : new LocalizedTextDto { Zh = c.Key, En = c.Key }
        }).ToList(),
        IgnoredColumns = [.. b.IgnoredColumns],
        FileMessages = b.FileMessages.Select(m => ImportTexts.ToDto(m, b.Columns)).ToList(),
        QuotaBreaches = b.QuotaBreaches.Select(q => new ImportQuotaBreachDto
        {
            EditionYear = q.EditionYear,
            Track = q.Track,
            Level = q.Level,
            Quota = q.Quota,
            Count = q.Count,
            Message = ImportTexts.Both(ImportMessage.Error(CultivationDomainErrorCodes.ImportQuotaExceeded, "prizeLevel", q.EditionYear, q.Track, q.Level, q.Quota, q.Count))
        }).ToList(),
        RevertConflicts = b.RevertConflicts.Select(c => new ImportRevertConflictDto
        {
            RowNumber = c.RowNumber,
            EnterpriseId = c.EnterpriseId,
            EnterpriseName = c.EnterpriseName,
            Entity = c.Entity,
            Field = c.Field,
            ImportedValue = c.Field is null ? null : ImportTexts.DisplayValue(c.Entity, c.Field, c.ImportedValue, names.Districts, names.Fields, CultureInfo.CurrentUICulture),
            CurrentValue = c.Field is null ? null : ImportTexts.DisplayValue(c.Entity, c.Field, c.CurrentValue, names.Districts, names.Fields, CultureInfo.CurrentUICulture),
            Code = c.Code,
            Message = ImportTexts.Both(RevertMessage(c, names))
        }).ToList(),
        Failure = b.Failure is { } failure ? ImportTexts.ToDto(failure, b.Columns) : null,
        CreationTime = b.CreationTime,
        CreatorId = b.CreatorId,
        CreatorName = b.CreatorName,
        ValidatedTime = b.ValidatedTime,
        CommittedTime = b.CommittedTime,
        CommitterName = b.CommitterName,
        RevertedTime = b.RevertedTime,
        ReverterName = b.ReverterName,
        ConcurrencyStamp = b.ConcurrencyStamp
    };

    private static ImportMessage RevertMessage(ImportRevertConflict c, Names names)
    {
        var entity = "Enum:ImportEntity." + c.Entity;
        return c.Code switch
        {
            CultivationDomainErrorCodes.ImportRevertFieldChanged => ImportMessage.Error(c.Code, null, "Field:" + FieldKey(c.Field!),
                ImportTexts.DisplayValue(c.Entity, c.Field!, c.CurrentValue, names.Districts, names.Fields, ImportTexts.Chinese) ?? "—",
                ImportTexts.DisplayValue(c.Entity, c.Field!, c.ImportedValue, names.Districts, names.Fields, ImportTexts.Chinese) ?? "—"),
            CultivationDomainErrorCodes.ImportRevertRejected => ImportMessage.Error(c.Code, null, "Field:" + FieldKey(c.Field!),
                ImportTexts.Nested(ImportMessage.Error(c.Detail ?? CultivationDomainErrorCodes.ValidationFailed, null))),
            _ => new ImportMessage(ImportRowStatus.Error, c.Code, null, [entity, c.EnterpriseName])
        };
    }

    private sealed record Names(IReadOnlyDictionary<Guid, District> Districts, IReadOnlyDictionary<Guid, IndustryField> Fields);
}
