using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.Exceptions;

namespace Cultivation.Imports;

/// <summary>
/// The import rules. <see cref="Analyze"/> decides, for every row of a file, which enterprise it is (credit
/// code first; a maker team without one by edition, team name and lead, never by guesswork), merges rows
/// that are the same enterprise, checks the district scope and the edition's prize quotas, and works out
/// every change old → new by carrying the row out (<see cref="ApplyRow"/>) on the records it was given — the
/// same domain methods that committing runs on tracked records, so the preview and the commit agree.
/// <see cref="Revert"/> takes a commit back wherever nothing changed the same field since.
/// No repository calls: what it needs is loaded in batches beforehand.
/// </summary>
public sealed class ImportManager
{
    public ImportAnalysis Analyze(ImportContext context, IReadOnlyList<ImportRecord> records, ImportTargets targets, Action<int>? onRowDone = null)
    {
        var done = 0;
        var plans = records.Select(r => new ImportRowPlan(r, context.Decisions.GetValueOrDefault(r.RowNumber))).ToList();
        foreach (var plan in plans)
        {
            ResolveEdition(context, plan);
        }
        MergeDuplicates(context, plans);
        foreach (var plan in plans.Where(p => p.Action != ImportRowAction.Duplicate))
        {
            onRowDone?.Invoke(++done);
            if (plan.Resolution.Resolution == ImportRowResolution.Skip)
            {
                plan.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportRowSkipped, null));
                plan.Action = ImportRowAction.None;
                plan.NeedsReview = true;
                continue;
            }
            if (plan.HasErrors)
            {
                continue;
            }
            Match(context, plan, targets);
            if (plan.HasErrors)
            {
                continue;
            }
            var target = plan.IsNewEnterprise && plan.CreatesEnterprise ? null : targets.ById[plan.EnterpriseId];
            var result = ApplyRow(context, plan, target);
            plan.Result = result;
            if (result?.Created is { } created)
            {
                targets.AddCreated(created);
            }
        }
        var breaches = CheckQuotas(context, plans, targets);
        foreach (var plan in plans.Where(p => p.HasErrors))
        {
            plan.Action = ImportRowAction.None;
        }
        return new ImportAnalysis(plans, Summarise(plans, breaches));
    }

    /// <summary>
    /// Carries a row out on <paramref name="target"/> (or creates the enterprise when it is null) through the
    /// aggregate's own methods, records every field it sets in the plan's preview, and returns what it did.
    /// A broken rule becomes the row's error and null.
    /// </summary>
    public ImportRowResult? ApplyRow(ImportContext context, ImportRowPlan plan, Enterprise? target)
    {
        plan.Changes.Clear();
        var record = plan.Record;
        var done = new List<ImportedRecordChange>();
        Enterprise? created = null;
        try
        {
            var enterprise = target;
            if (enterprise is null)
            {
                enterprise = Create(context, plan);
                created = enterprise;
                done.Add(Created(ImportFields.Enterprise, enterprise.Id, enterprise, ImportFields.CreatedOf(ImportFields.Enterprise)));
            }
            else if (context.Kind == ImportKind.ContestResults)
            {
                if (record.Kind is { } kind && kind != enterprise.Kind)
                {
                    plan.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportKindIgnored, "kind", kind, enterprise.Kind));
                }
                UpdateProfile(context, record, enterprise, done);
            }
            plan.EnterpriseName = enterprise.Name;
            plan.DistrictId = enterprise.DistrictId;

            switch (context.Kind)
            {
                case ImportKind.ContestResults when plan.Edition is { } edition:
                    ApplyAward(plan, enterprise, edition, done, allowCreate: true);
                    break;
                case ImportKind.NationalAdvancement:
                    ApplyAward(plan, enterprise, plan.Edition!, done, allowCreate: false);
                    break;
                case ImportKind.YearlyFigures:
                    ApplyFigures(context, plan, enterprise, done);
                    break;
            }
        }
        catch (BusinessException e)
        {
            plan.Messages.Add(new ImportMessage(ImportRowStatus.Error, e.Code, e.Field, ImportMessage.Texts(e.Arguments)));
            return null;
        }
        if (plan.HasErrors)
        {
            return null;
        }
        foreach (var change in done)
        {
            plan.Changes.AddRange(change.Fields
                .Where(f => !ImportFields.IsPlacement(change.EntityType, f.Field))
                .Select(f => new ImportFieldChange(change.EntityType, f.Field, f.OldValue, f.NewValue)));
        }
        plan.Action = created is not null ? ImportRowAction.Create : done.Count > 0 ? ImportRowAction.Update : ImportRowAction.Unchanged;
        return new ImportRowResult(target ?? created!, created, done);
    }

    /// <summary>
    /// Takes back a commit's changes, newest row first: restores each field whose value is still the one the
    /// import set, and removes records the import created that nothing touched since. Everything else stays
    /// and is returned as a conflict. <paramref name="enterprises"/> are the tracked enterprises the caller may
    /// see; one missing was deleted or moved out of reach. Records others refer to (<paramref name="referencedElsewhere"/>)
    /// are not removed either.
    /// </summary>
    public ImportRevertResult Revert(ImportContext context, IReadOnlyList<ImportedChange> changes, IReadOnlyDictionary<Guid, Enterprise> enterprises,
        IReadOnlySet<Guid> referencedElsewhere)
    {
        var conflicts = new List<ImportRevertConflict>();
        var deleted = new List<Enterprise>();
        var ordered = changes
            .OrderByDescending(c => c.RowNumber)
            .ThenBy(c => c.EntityType == ImportFields.Enterprise ? 1 : 0)
            .ToList();
        foreach (var change in ordered)
        {
            var open = change.Fields.Where(f => !f.Reverted).ToList();
            if (open.Count == 0)
            {
                continue;
            }
            if (!enterprises.TryGetValue(change.EnterpriseId, out var enterprise))
            {
                conflicts.Add(Conflict(change, null, CultivationDomainErrorCodes.ImportRevertRecordGone));
                continue;
            }
            object? entity = change.EntityType switch
            {
                ImportFields.Enterprise => enterprise,
                ImportFields.AwardRecord => enterprise.Awards.FirstOrDefault(a => a.Id == change.EntityId),
                _ => enterprise.Figures.FirstOrDefault(f => f.Id == change.EntityId)
            };
            if (entity is null)
            {
                conflicts.Add(Conflict(change, enterprise, CultivationDomainErrorCodes.ImportRevertRecordGone));
                continue;
            }
            var touched = open.Where(f => ImportFields.Format(Read(change.EntityType, f.Field, entity)) != f.NewValue).ToList();
            if (change.IsCreation)
            {
                var hasOthers = entity is Enterprise e && (e.Awards.Count > 0 || e.Figures.Count > 0 || e.Contacts.Count > 0);
                if (touched.Count > 0 || hasOthers)
                {
                    conflicts.Add(Conflict(change, enterprise, CultivationDomainErrorCodes.ImportRevertRecordChanged, touched.Select(f => f.Field)));
                    continue;
                }
                if (referencedElsewhere.Contains(change.EntityId))
                {
                    conflicts.Add(Conflict(change, enterprise, CultivationDomainErrorCodes.ImportRevertReferenced));
                    continue;
                }
                switch (entity)
                {
                    case AwardRecord award:
                        enterprise.RemoveAward(award.Id);
                        break;
                    case EnterpriseFigures figures:
                        enterprise.RemoveFigures(figures.Year);
                        break;
                    default:
                        deleted.Add(enterprise);
                        break;
                }
                change.MarkReverted(open.Select(f => f.Field));
                continue;
            }
            foreach (var field in touched)
            {
                conflicts.Add(new ImportRevertConflict(change.RowNumber, enterprise.Id, enterprise.Name, change.EntityType, field.Field,
                    field.NewValue, ImportFields.Format(Read(change.EntityType, field.Field, entity)), CultivationDomainErrorCodes.ImportRevertFieldChanged));
            }
            var restorable = open.Except(touched).ToList();
            if (restorable.Count == 0)
            {
                continue;
            }
            try
            {
                Restore(context, change.EntityType, enterprise, entity, restorable);
                change.MarkReverted(restorable.Select(f => f.Field));
            }
            catch (BusinessException e)
            {
                conflicts.AddRange(restorable.Select(f => new ImportRevertConflict(change.RowNumber, enterprise.Id, enterprise.Name, change.EntityType,
                    f.Field, f.NewValue, f.OldValue, CultivationDomainErrorCodes.ImportRevertRejected) { Detail = e.Code }));
            }
        }
        return new ImportRevertResult(conflicts, deleted);
    }

    private static void ResolveEdition(ImportContext context, ImportRowPlan plan)
    {
        var record = plan.Record;
        if (record.EditionYear is { } year)
        {
            plan.Edition = context.EditionOfYear(year);
            if (plan.Edition is null)
            {
                record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportUnknownEdition, "editionId", year));
            }
            else if (context.DefaultEdition is { } chosen && chosen.Year != year)
            {
                record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportEditionMismatch, "editionId", year, chosen.Year));
            }
        }
        else
        {
            plan.Edition = context.DefaultEdition;
        }
        var needsEdition = context.Kind == ImportKind.NationalAdvancement || (context.Kind == ImportKind.ContestResults && record.HasAwardValues);
        if (plan.Edition is null && record.EditionYear is null && needsEdition)
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportEditionRequired, "editionId"));
        }
        if (context.Kind == ImportKind.YearlyFigures && record.FiguresYear is null)
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportValueRequired, "year", "Column:year"));
        }
        if (record.CreditCode is null && string.IsNullOrEmpty(record.Name))
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportValueRequired, "name", "Column:name"));
        }
    }

    /// <summary>
    /// The same enterprise in the same edition (or year of figures) twice is one row: the later row's values
    /// fill what the first left empty, with a warning on both; a value that disagrees is an error.
    /// </summary>
    private static void MergeDuplicates(ImportContext context, List<ImportRowPlan> plans)
    {
        var seen = new Dictionary<string, ImportRowPlan>();
        foreach (var plan in plans.Where(p => !p.HasErrors && p.Resolution.Resolution != ImportRowResolution.Skip))
        {
            var record = plan.Record;
            var identity = record.CreditCode?.Value ?? $"team:{ImportText.Key(record.Name)}|{ImportText.Key(record.LeadName)}";
            var key = context.Kind == ImportKind.YearlyFigures ? $"{identity}|{record.FiguresYear}" : $"{identity}|{plan.Edition?.Id}";
            if (!seen.TryGetValue(key, out var first))
            {
                seen[key] = plan;
                continue;
            }
            var conflicts = 0;
            foreach (var entity in new[] { ImportFields.Enterprise, ImportFields.AwardRecord, ImportFields.EnterpriseFigures })
            {
                var into = first.Record.ValuesOf(entity);
                foreach (var (field, value) in record.ValuesOf(entity))
                {
                    if (!into.TryGetValue(field, out var existing))
                    {
                        into[field] = value;
                    }
                    else if (!ImportFields.SameValue(existing, value))
                    {
                        conflicts++;
                        var key2 = char.ToLowerInvariant(field[0]) + field[1..];
                        record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportDuplicateConflict, key2,
                            first.RowNumber, "Field:" + key2, ImportFields.Format(existing), ImportFields.Format(value)));
                    }
                }
            }
            if (record.Kind is not null && first.Record.Kind is null)
            {
                first.Record.Kind = record.Kind;
            }
            if (conflicts == 0)
            {
                plan.Action = ImportRowAction.Duplicate;
                record.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportDuplicateMerged, null, first.RowNumber));
                first.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportDuplicateMergedInto, null, plan.RowNumber));
            }
        }
    }

    /// <summary>Which enterprise the row is, or that it is a new one; the district scope.</summary>
    private static void Match(ImportContext context, ImportRowPlan plan, ImportTargets targets)
    {
        var record = plan.Record;
        var mayCreate = context.Kind == ImportKind.ContestResults;
        Enterprise? match = null;
        if (record.CreditCode is { } code)
        {
            if (targets.ByCreditCode.TryGetValue(code.Value, out var holder))
            {
                if (!InScope(context, holder))
                {
                    // Another district's enterprise: the row says so and nothing else (no id, name or district).
                    record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportOutOfDistrict, "districtId"));
                    return;
                }
                if (holder.IsDeleted)
                {
                    record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportCreditCodeOfDeleted, "creditCode", code.Value));
                    return;
                }
                match = holder;
            }
            else if (!mayCreate)
            {
                record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportEnterpriseNotFound, "creditCode"));
                return;
            }
            else
            {
                var namesake = targets.Namesakes(record.Name).FirstOrDefault(t => t.CreditCode is null && !t.IsDeleted && InScope(context, t));
                if (namesake is not null)
                {
                    plan.NeedsReview = true;
                    record.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportSimilarTeamExists, "name", namesake.Name));
                    plan.Candidates.Add(Candidate(namesake));
                }
            }
        }
        else
        {
            match = MatchWithoutCode(context, plan, targets, mayCreate);
            if (record.HasErrors)
            {
                return;
            }
        }

        if (match is not null)
        {
            plan.IsNewEnterprise = targets.CreatedIds.Contains(match.Id);
            plan.EnterpriseId = match.Id;
            plan.EnterpriseName = match.Name;
            plan.DistrictId = match.DistrictId;
            if (context.ScopeDistrictId is { } own && record.DistrictId is { } moved && moved != own)
            {
                record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportOutOfDistrict, "districtId"));
            }
            return;
        }

        // A new enterprise, created by this row or by an earlier row of the file (the same enterprise in another edition).
        plan.IsNewEnterprise = true;
        plan.CreatesEnterprise = true;
        plan.EnterpriseId = Guid.CreateVersion7();
        plan.EnterpriseName = record.Name;
        var district = record.DistrictId ?? context.ScopeDistrictId;
        plan.DistrictId = district;
        if (district is null)
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportValueRequired, "districtId", "Column:district"));
        }
        else if (context.ScopeDistrictId is { } scopeDistrict && district != scopeDistrict)
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportOutOfDistrict, "districtId"));
        }
        if (string.IsNullOrEmpty(record.Name))
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportValueRequired, "name", "Column:name"));
        }
    }

    /// <summary>
    /// A row without a credit code is a maker team. It is the existing team only when exactly one has the same
    /// edition, team name and lead (flagged for review all the same). Anything less certain — another lead,
    /// another edition, several teams — is not guessed: the row waits for a reviewer's decision.
    /// </summary>
    private static Enterprise? MatchWithoutCode(ImportContext context, ImportRowPlan plan, ImportTargets targets, bool mayCreate)
    {
        var record = plan.Record;
        if (record.Kind == EnterpriseKind.Company && mayCreate)
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.CompanyNeedsCreditCode, "creditCode"));
            return null;
        }
        var lead = ImportText.Key(record.LeadName);
        var namesakes = targets.Namesakes(record.Name).Where(t => !t.IsDeleted).ToList();
        // Only the uploader's own district's teams are candidates; another district's is never shown, not even its name.
        var candidates = namesakes.Where(t => InScope(context, t)).ToList();
        if (candidates.Count == 0 && lead.Length > 0 && namesakes.Any(t => ImportText.Key(t.LeadName) == lead))
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportOutOfDistrict, "districtId"));
            return null;
        }
        plan.Candidates.AddRange(candidates.Select(Candidate));

        switch (plan.Resolution.Resolution)
        {
            case ImportRowResolution.UseExisting:
                var chosen = candidates.FirstOrDefault(c => c.Id == plan.Resolution.EnterpriseId);
                if (chosen is null)
                {
                    record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportNotACandidate, "name"));
                }
                plan.NeedsReview = true;
                return chosen;
            case ImportRowResolution.CreateNew when mayCreate:
                plan.NeedsReview = true;
                return null;
        }

        var sameFile = candidates.Where(c => targets.CreatedIds.Contains(c.Id) && ImportText.Key(c.LeadName) == lead).ToList();
        if (sameFile.Count == 1)
        {
            plan.Candidates.Clear();
            return sameFile[0];
        }
        var exact = lead.Length == 0
            ? []
            : candidates.Where(c => ImportText.Key(c.LeadName) == lead && (plan.Edition is not { } edition || c.Awards.Any(a => a.EditionId == edition.Id))).ToList();
        if (exact.Count == 1)
        {
            plan.NeedsReview = true;
            record.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportTeamMatchedByName, "name"));
            return exact[0];
        }
        if (candidates.Count > 0)
        {
            plan.NeedsReview = true;
            plan.ReviewRequired = true;
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportTeamNeedsReview, "name", candidates.Count));
            return null;
        }
        if (!mayCreate)
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportEnterpriseNotFound, "name"));
        }
        return null;
    }

    private static Enterprise Create(ImportContext context, ImportRowPlan plan)
    {
        var record = plan.Record;
        var kind = record.Kind ?? (record.CreditCode is null ? EnterpriseKind.MakerTeam : EnterpriseKind.Company);
        var enterprise = new Enterprise(plan.EnterpriseId, kind, record.Name!, record.CreditCode, plan.DistrictId!.Value);
        var values = ImportFields.Empty(ImportFields.Enterprise);
        Overlay(values, record.EnterpriseValues);
        values[nameof(Enterprise.DistrictId)] = plan.DistrictId;
        enterprise.UpdateProfile(ImportFields.ToProfile(values), context.Today);
        return enterprise;
    }

    private static void UpdateProfile(ImportContext context, ImportRecord record, Enterprise enterprise, List<ImportedRecordChange> done)
    {
        var current = ImportFields.ReadAll(ImportFields.Enterprise, enterprise);
        var next = new Dictionary<string, object?>(current);
        Overlay(next, record.EnterpriseValues);
        // A name written another way ("匹配测试 创客团队", full-width letters) is how the row was matched, not a rename.
        foreach (var field in (string[])[nameof(Enterprise.Name), nameof(Enterprise.LeadName)])
        {
            if (ImportText.Key(next[field] as string) == ImportText.Key(current[field] as string))
            {
                next[field] = current[field];
            }
        }
        var changed = Changed(ImportFields.EnterpriseFields, current, next);
        if (changed.Count == 0)
        {
            return;
        }
        if (changed.Any(f => f.Field == nameof(Enterprise.DistrictId)))
        {
            enterprise.MoveToDistrict((Guid)next[nameof(Enterprise.DistrictId)]!);
        }
        if (changed.Any(f => f.Field != nameof(Enterprise.DistrictId)))
        {
            enterprise.UpdateProfile(ImportFields.ToProfile(next), context.Today);
        }
        done.Add(new ImportedRecordChange(ImportFields.Enterprise, enterprise.Id, false, changed));
    }

    private static void ApplyAward(ImportRowPlan plan, Enterprise enterprise, ContestEdition edition, List<ImportedRecordChange> done, bool allowCreate)
    {
        var record = plan.Record;
        var existing = enterprise.Awards.FirstOrDefault(a => a.EditionId == edition.Id);
        if (existing is not null)
        {
            plan.OldPrize = existing.PrizeLevel is { } oldLevel ? (edition.Id, existing.Track, oldLevel) : null;
            var current = ImportFields.ReadAll(ImportFields.AwardRecord, existing);
            var next = new Dictionary<string, object?>(current);
            Overlay(next, record.AwardValues);
            var changed = Changed(ImportFields.AwardFields, current, next);
            if (changed.Count > 0)
            {
                enterprise.UpdateAward(existing.Id, edition, ImportFields.ToAwardDetails(next));
                done.Add(new ImportedRecordChange(ImportFields.AwardRecord, existing.Id, false, changed));
            }
            plan.NewPrize = existing.PrizeLevel is { } level ? (edition.Id, existing.Track, level) : null;
            return;
        }
        if (!allowCreate)
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportAwardNotFound, "editionId", edition.Year));
            return;
        }
        var values = ImportFields.Empty(ImportFields.AwardRecord);
        Overlay(values, record.AwardValues);
        if (record.EnterpriseValues.TryGetValue(nameof(Enterprise.IndustryFieldId), out var field))
        {
            values[nameof(AwardRecord.IndustryFieldId)] = field;
        }
        if (values[nameof(AwardRecord.Track)] is null)
        {
            var track = enterprise.Kind == EnterpriseKind.MakerTeam ? ContestTrack.Maker : ContestTrack.Enterprise;
            values[nameof(AwardRecord.Track)] = track;
            record.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportTrackInferred, "track", track));
        }
        values[nameof(AwardRecord.StageReached)] ??= values[nameof(AwardRecord.PrizeLevel)] is not null || values[nameof(AwardRecord.NationalAdvancement)] is not null
            ? ContestStage.Final
            : ContestStage.Preliminary;
        if (values[nameof(AwardRecord.ProjectName)] is null)
        {
            record.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportValueRequired, "projectName", "Column:project_name"));
            return;
        }
        var award = enterprise.RecordAward(edition, ImportFields.ToAwardDetails(values));
        done.Add(Created(ImportFields.AwardRecord, award.Id, award, ImportFields.CreatedOf(ImportFields.AwardRecord)));
        plan.NewPrize = award.PrizeLevel is { } prize ? (edition.Id, award.Track, prize) : null;
    }

    private static void ApplyFigures(ImportContext context, ImportRowPlan plan, Enterprise enterprise, List<ImportedRecordChange> done)
    {
        var record = plan.Record;
        var year = record.FiguresYear!.Value;
        if (record.FiguresValues.Count == 0)
        {
            record.Messages.Add(ImportMessage.Warning(CultivationDomainErrorCodes.ImportNothingToImport, null));
            return;
        }
        if (enterprise.FiguresOf(year) is { } existing)
        {
            var current = ImportFields.ReadAll(ImportFields.EnterpriseFigures, existing);
            var next = new Dictionary<string, object?>(current);
            Overlay(next, record.FiguresValues);
            var changed = Changed(ImportFields.FiguresFields, current, next);
            if (changed.Count > 0)
            {
                enterprise.UpdateFigures(year, ImportFields.ToFiguresValues(next));
                done.Add(new ImportedRecordChange(ImportFields.EnterpriseFigures, existing.Id, false, changed));
            }
            return;
        }
        var values = ImportFields.Empty(ImportFields.EnterpriseFigures);
        Overlay(values, record.FiguresValues);
        var figures = enterprise.RecordFigures(year, ImportFields.ToFiguresValues(values), context.Today.Year);
        done.Add(Created(ImportFields.EnterpriseFigures, figures.Id, figures, ImportFields.CreatedOf(ImportFields.EnterpriseFigures)));
    }

    /// <summary>
    /// More prizes of a level than the edition's quota for the track (null = 若干, no limit) is an error on every
    /// row of the file that sets that prize; the count includes every district's existing awards.
    /// </summary>
    private static List<ImportQuotaBreach> CheckQuotas(ImportContext context, List<ImportRowPlan> plans, ImportTargets targets)
    {
        var breaches = new List<ImportQuotaBreach>();
        var counts = new Dictionary<(Guid EditionId, ContestTrack Track, PrizeLevel Level), int>(targets.PrizeCounts);
        var setters = new Dictionary<(Guid, ContestTrack, PrizeLevel), List<ImportRowPlan>>();
        foreach (var plan in plans.Where(p => !p.HasErrors && p.Action is ImportRowAction.Create or ImportRowAction.Update or ImportRowAction.Unchanged))
        {
            if (plan.OldPrize == plan.NewPrize)
            {
                continue;
            }
            if (plan.OldPrize is { } old)
            {
                counts[old] = counts.GetValueOrDefault(old) - 1;
            }
            if (plan.NewPrize is { } prize)
            {
                counts[prize] = counts.GetValueOrDefault(prize) + 1;
                if (!setters.TryGetValue(prize, out var list))
                {
                    setters[prize] = list = [];
                }
                list.Add(plan);
            }
        }
        foreach (var (key, rows) in setters)
        {
            var edition = context.EditionOf(key.Item1)!;
            if (!edition.IsWithinQuota(key.Item2, key.Item3, counts[key]) && edition.QuotaOf(key.Item2, key.Item3) is { } quota)
            {
                breaches.Add(new ImportQuotaBreach(edition.Year, key.Item2, key.Item3, quota, counts[key]));
                foreach (var plan in rows)
                {
                    plan.Messages.Add(ImportMessage.Error(CultivationDomainErrorCodes.ImportQuotaExceeded, "prizeLevel",
                        edition.Year, key.Item2, key.Item3, quota, counts[key]));
                }
            }
        }
        return breaches;
    }

    private static ImportSummary Summarise(List<ImportRowPlan> plans, List<ImportQuotaBreach> breaches)
    {
        return new ImportSummary(
            plans.Count,
            plans.Count(p => p.Status == ImportRowStatus.Ok),
            plans.Count(p => p.Status == ImportRowStatus.Warning),
            plans.Count(p => p.Status == ImportRowStatus.Error),
            plans.Count(p => !p.HasErrors && p.Action == ImportRowAction.Create),
            plans.Count(p => !p.HasErrors && p.Action == ImportRowAction.Update),
            plans.Count(p => !p.HasErrors && p.Action == ImportRowAction.Unchanged),
            plans.Count(p => p.Action == ImportRowAction.Duplicate),
            plans.Count(p => p.ReviewRequired),
            breaches);
    }

    private static void Restore(ImportContext context, string entityType, Enterprise enterprise, object entity, List<ImportedFieldValue> fields)
    {
        var current = ImportFields.ReadAll(entityType, entity);
        var next = new Dictionary<string, object?>(current);
        foreach (var field in fields)
        {
            var spec = ImportFields.Find(entityType, field.Field) ?? throw new InvalidOperationException($"Unknown field {entityType}.{field.Field}.");
            next[field.Field] = ImportFields.Parse(spec.Type, field.OldValue);
        }
        switch (entity)
        {
            case Enterprise:
                if (fields.Any(f => f.Field == nameof(Enterprise.DistrictId)))
                {
                    var district = (Guid)next[nameof(Enterprise.DistrictId)]!;
                    if (context.ScopeDistrictId is { } scope && district != scope)
                    {
                        throw new BusinessException(CultivationDomainErrorCodes.DistrictOutOfScope, "districtId");
                    }
                    enterprise.MoveToDistrict(district);
                }
                if (fields.Any(f => f.Field != nameof(Enterprise.DistrictId)))
                {
                    enterprise.UpdateProfile(ImportFields.ToProfile(next), context.Today);
                }
                break;
            case AwardRecord award:
                var edition = context.EditionOf(award.EditionId) ?? throw new BusinessException(CultivationDomainErrorCodes.EditionNotFound, "editionId");
                enterprise.UpdateAward(award.Id, edition, ImportFields.ToAwardDetails(next));
                break;
            case EnterpriseFigures figures:
                enterprise.UpdateFigures(figures.Year, ImportFields.ToFiguresValues(next));
                break;
        }
    }

    private static object? Read(string entityType, string field, object entity) =>
        (ImportFields.Find(entityType, field) ?? throw new InvalidOperationException($"Unknown field {entityType}.{field}.")).Read(entity);

    private static ImportRevertConflict Conflict(ImportedChange change, Enterprise? enterprise, string code, IEnumerable<string>? fields = null) =>
        new(change.RowNumber, change.EnterpriseId, enterprise?.Name ?? string.Empty, change.EntityType,
            fields is null ? null : string.Join(",", fields), null, null, code);

    private static ImportedRecordChange Created(string entityType, Guid id, object entity, IEnumerable<ImportFields.Field> fields) =>
        new(entityType, id, true, fields
            .Select(f => (f.Name, Value: ImportFields.Format(f.Read(entity))))
            .Where(f => f.Value is not null)
            .Select(f => new ImportedFieldValue(f.Name, null, f.Value))
            .ToList());

    private static List<ImportedFieldValue> Changed(IEnumerable<ImportFields.Field> fields, Dictionary<string, object?> current, Dictionary<string, object?> next) =>
        fields
            .Where(f => !ImportFields.SameValue(current[f.Name], next[f.Name]))
            .Select(f => new ImportedFieldValue(f.Name, ImportFields.Format(current[f.Name]), ImportFields.Format(next[f.Name])))
            .ToList();

    /// <summary>The row's values over the record's; an equal value (see <see cref="ImportFields.SameValue"/>) keeps the record's own.</summary>
    private static void Overlay(Dictionary<string, object?> values, Dictionary<string, object?> with)
    {
        foreach (var (field, value) in with)
        {
            if (values.TryGetValue(field, out var current) && !ImportFields.SameValue(current, value))
            {
                values[field] = value;
            }
        }
    }

    /// <summary>Whether a district officer's import may see and touch the enterprise (a city-wide import sees every district).</summary>
    private static bool InScope(ImportContext context, Enterprise enterprise) =>
        context.ScopeDistrictId is not { } scope || enterprise.DistrictId == scope;

    private static ImportCandidate Candidate(Enterprise e) =>
        new(e.Id, e.Name, e.LeadName, e.CreditCode, e.DistrictId, e.Awards.Select(a => a.EditionYear).Order().ToArray());
}

/// <summary>What <see cref="ImportManager.ApplyRow"/> did: the enterprise, the one it created (if any), and each record's fields.</summary>
public sealed record ImportRowResult(Enterprise Enterprise, Enterprise? Created, IReadOnlyList<ImportedRecordChange> Changes);

public sealed record ImportRevertResult(IReadOnlyList<ImportRevertConflict> Conflicts, IReadOnlyList<Enterprise> DeletedEnterprises);
