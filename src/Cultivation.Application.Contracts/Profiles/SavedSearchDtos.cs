using System.ComponentModel.DataAnnotations;

namespace Cultivation.Profiles;

public class SavedSearchDto
{
    public Guid Id { get; set; }
    public string Name { get; set; } = null!;
    public ProfileSearchInput Criteria { get; set; } = new();
    /// <summary>A daily inbox (and e-mail) note of profiles that newly match or changed.</summary>
    public bool AlertsEnabled { get; set; }
    public DateTime LastCheckedTime { get; set; }
    public DateTime CreationTime { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class CreateUpdateSavedSearchDto
{
    [Required]
    [StringLength(64)]
    public string Name { get; set; } = null!;

    [Required]
    public ProfileSearchInput Criteria { get; set; } = new();

    public bool AlertsEnabled { get; set; } = true;

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public interface ISavedSearchAppService
{
    Task<List<SavedSearchDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<SavedSearchDto> CreateAsync(CreateUpdateSavedSearchDto input, CancellationToken cancellationToken = default);

    Task<SavedSearchDto> UpdateAsync(Guid id, CreateUpdateSavedSearchDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
