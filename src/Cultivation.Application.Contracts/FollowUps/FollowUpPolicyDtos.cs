using System.ComponentModel.DataAnnotations;
using Cultivation.Contests;

namespace Cultivation.FollowUps;

public class CadenceRuleDto
{
    [Required]
    public ContestTrack? Track { get; set; }

    /// <summary>Null: every prize level of the track.</summary>
    public PrizeLevel? PrizeLevel { get; set; }

    [Range(1, 3650)]
    public int Days { get; set; }
}

public class FollowUpPolicyDto
{
    public Guid EditionId { get; set; }
    public int EditionYear { get; set; }
    public int FirstContactDays { get; set; }
    public int CultivationYears { get; set; }
    public int DefaultDays { get; set; }
    public List<CadenceRuleDto> Rules { get; set; } = [];
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class UpdateFollowUpPolicyDto
{
    [Range(1, 3650)]
    public int FirstContactDays { get; set; }

    [Range(1, 20)]
    public int CultivationYears { get; set; }

    [Range(1, 3650)]
    public int DefaultDays { get; set; }

    [MaxLength(20)]
    public List<CadenceRuleDto> Rules { get; set; } = [];

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public interface IFollowUpPolicyAppService
{
    /// <summary>The edition's policy (its defaults when none was saved yet).</summary>
    Task<FollowUpPolicyDto> GetAsync(Guid editionId, CancellationToken cancellationToken = default);

    /// <summary>Saves the policy and applies the new cadences to the edition's open plans.</summary>
    Task<FollowUpPolicyDto> UpdateAsync(Guid editionId, UpdateFollowUpPolicyDto input, CancellationToken cancellationToken = default);
}
