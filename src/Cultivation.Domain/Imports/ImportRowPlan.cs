using Cultivation.Contests;
using Cultivation.Enterprises;

namespace Cultivation.Imports;

/// <summary>What an import does with one row: found by <see cref="ImportManager.Analyze"/>, carried out by <see cref="ImportManager.ApplyRow"/>.</summary>
public sealed class ImportRowPlan(ImportRecord record, ImportRowDecision resolution)
{
    public ImportRecord Record { get; } = record;

    public int RowNumber => Record.RowNumber;

    public ImportRowDecision Resolution { get; } = resolution;

    public List<ImportMessage> Messages => Record.Messages;

    public ImportRowStatus Status => Messages.Count == 0 ? ImportRowStatus.Ok : Messages.Max(m => m.Level);

    public ImportRowAction Action { get; internal set; }

    public bool NeedsReview { get; internal set; }

    /// <summary>No decision can be made without a reviewer (the row is an error until one is made).</summary>
    public bool ReviewRequired { get; internal set; }

    public ContestEdition? Edition { get; internal set; }

    /// <summary>The enterprise the row applies to; for a new one, the id it will have.</summary>
    public Guid EnterpriseId { get; internal set; }

    public bool IsNewEnterprise { get; internal set; }

    /// <summary>The earlier row that creates the same new enterprise (a team or company in two editions).</summary>
    public bool CreatesEnterprise { get; internal set; }

    public string? EnterpriseName { get; internal set; }

    public string? CreditCode => Record.CreditCode?.Value;

    public Guid? DistrictId { get; internal set; }

    public int? EditionYear => Edition?.Year ?? Record.EditionYear;

    public int? FiguresYear => Record.FiguresYear;

    public List<ImportFieldChange> Changes { get; } = [];

    /// <summary>What carrying the row out did (the records it created or changed), when it went through.</summary>
    public ImportRowResult? Result { get; internal set; }

    public List<ImportCandidate> Candidates { get; } = [];

    /// <summary>The prize the row leaves on its award (for the quota), and whether the row sets it.</summary>
    internal (Guid EditionId, ContestTrack Track, PrizeLevel Level)? OldPrize { get; set; }

    internal (Guid EditionId, ContestTrack Track, PrizeLevel Level)? NewPrize { get; set; }

    public bool HasErrors => Record.HasErrors;

    /// <summary>Whether committing writes anything for this row.</summary>
    public bool Writes => !HasErrors && Action is ImportRowAction.Create or ImportRowAction.Update;
}

/// <summary>The records an analysis matches rows against (detached copies while validating, tracked ones while committing).</summary>
public sealed class ImportTargets
{
    public ImportTargets(IEnumerable<Enterprise> byCreditCode, IEnumerable<Enterprise> teamCandidates,
        IReadOnlyDictionary<(Guid EditionId, ContestTrack Track, PrizeLevel Level), int> prizeCounts)
    {
        foreach (var enterprise in byCreditCode.Concat(teamCandidates))
        {
            ById.TryAdd(enterprise.Id, enterprise);
        }
        ByCreditCode = ById.Values.Where(e => e.CreditCode is not null).ToDictionary(e => e.CreditCode!);
        foreach (var enterprise in ById.Values.Where(e => !e.IsDeleted))
        {
            AddCandidate(enterprise);
        }
        PrizeCounts = prizeCounts;
    }

    public Dictionary<Guid, Enterprise> ById { get; } = [];

    public Dictionary<string, Enterprise> ByCreditCode { get; }

    private readonly Dictionary<string, List<Enterprise>> _byNameKey = [];

    /// <summary>
    /// Enterprises with the name (compared as <see cref="ImportText.Key"/>) that a row without a credit code may be:
    /// maker teams and namesakes loaded for the file, and those the file creates.
    /// </summary>
    public IReadOnlyList<Enterprise> Namesakes(string? name) =>
        _byNameKey.TryGetValue(ImportText.Key(name), out var found) ? found : [];

    public IReadOnlyDictionary<(Guid EditionId, ContestTrack Track, PrizeLevel Level), int> PrizeCounts { get; }

    /// <summary>Enterprises an earlier row of the same file creates.</summary>
    public HashSet<Guid> CreatedIds { get; } = [];

    internal void AddCreated(Enterprise enterprise)
    {
        CreatedIds.Add(enterprise.Id);
        ById[enterprise.Id] = enterprise;
        if (enterprise.CreditCode is not null)
        {
            ByCreditCode[enterprise.CreditCode] = enterprise;
        }
        AddCandidate(enterprise);
    }

    private void AddCandidate(Enterprise enterprise)
    {
        var key = ImportText.Key(enterprise.Name);
        if (!_byNameKey.TryGetValue(key, out var list))
        {
            _byNameKey[key] = list = [];
        }
        list.Add(enterprise);
    }
}

/// <summary>The fixed facts an import is analysed with.</summary>
public sealed class ImportContext
{
    public required ImportKind Kind { get; init; }

    public ContestEdition? DefaultEdition { get; init; }

    /// <summary>A district officer's district: rows of other districts are errors.</summary>
    public Guid? ScopeDistrictId { get; init; }

    public required DateOnly Today { get; init; }

    public required IReadOnlyCollection<ContestEdition> Editions { get; init; }

    public IReadOnlyDictionary<int, ImportRowDecision> Decisions { get; init; } = new Dictionary<int, ImportRowDecision>();

    public ContestEdition? EditionOfYear(int year) => Editions.FirstOrDefault(e => e.Year == year);

    public ContestEdition? EditionOf(Guid id) => Editions.FirstOrDefault(e => e.Id == id);
}

public sealed record ImportAnalysis(IReadOnlyList<ImportRowPlan> Rows, ImportSummary Summary);

/// <summary>One record a row created or changed, with the fields it set (old → new), for the provenance.</summary>
public sealed record ImportedRecordChange(string EntityType, Guid EntityId, bool IsCreation, IReadOnlyList<ImportedFieldValue> Fields);
