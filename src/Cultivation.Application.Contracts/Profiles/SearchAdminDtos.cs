using System.ComponentModel.DataAnnotations;

namespace Cultivation.Profiles;

/// <summary>How the search index stands against the database: documents vs profiles, what is still queued, the last sync.</summary>
public class SearchIndexStatusDto
{
    public string Engine { get; set; } = null!;
    public string? IndexName { get; set; }
    public string? MappingVersion { get; set; }
    /// <summary>
    /// Documents in the index: every profile, drafts included (staff search their scope's drafts), so a healthy index
    /// holds <see cref="ProfileCount"/>. Null when the engine could not be reached (see <see cref="EngineError"/>).
    /// </summary>
    public long? DocumentCount { get; set; }
    public string? EngineError { get; set; }
    public int ProfileCount { get; set; }
    public int PublishedCount { get; set; }
    public int PendingChanges { get; set; }
    public int FailingChanges { get; set; }
    public DateTime? OldestPendingTime { get; set; }
    public string? LastError { get; set; }
    public DateTime? LastSyncTime { get; set; }
}

public class SearchSynonymsDto
{
    /// <summary>One group a line: "人工智能, AI".</summary>
    public List<string> Lines { get; set; } = [];
    public string ConcurrencyStamp { get; set; } = null!;
}

public class UpdateSearchSynonymsDto
{
    [MaxLength(500)]
    public List<string> Lines { get; set; } = [];

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public interface ISearchAdminAppService
{
    Task<SearchIndexStatusDto> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts a full rebuild in the background (a Quartz job); the status shows when it is done.</summary>
    Task RebuildAsync(CancellationToken cancellationToken = default);

    Task<SearchSynonymsDto> GetSynonymsAsync(CancellationToken cancellationToken = default);

    Task<SearchSynonymsDto> UpdateSynonymsAsync(UpdateSearchSynonymsDto input, CancellationToken cancellationToken = default);
}
