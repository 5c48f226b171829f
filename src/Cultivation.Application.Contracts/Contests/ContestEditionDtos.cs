using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.Contests;

public class PrizeQuotaDto
{
    [Required]
    public PrizeLevel? Level { get; set; }

    /// <summary>How many are awarded; null means 若干 (several).</summary>
    [Range(0, 10000)]
    public int? Quota { get; set; }
}

public class ContestTrackDto
{
    [Required]
    public ContestTrack? Track { get; set; }

    [Required]
    [MinLength(1)]
    [MaxLength(CultivationConsts.MaxListItems)]
    public List<PrizeQuotaDto> PrizeQuotas { get; set; } = [];
}

public class ContestStageDto
{
    [Required]
    public ContestStage? Stage { get; set; }

    [Required]
    public DateOnly? StartDate { get; set; }

    [Required]
    public DateOnly? EndDate { get; set; }
}

public class ContestEditionDto : EntityDto<Guid>
{
    public int Year { get; set; }
    public string Name { get; set; } = null!;
    public string? NationalEditionName { get; set; }
    public int? NationalEditionNumber { get; set; }
    public string? NoticeNumber { get; set; }
    public List<string> Organisers { get; set; } = [];
    public List<string> Operators { get; set; } = [];
    public List<ContestTrackDto> Tracks { get; set; } = [];
    public List<ContestStageDto> Stages { get; set; } = [];
    public string ConcurrencyStamp { get; set; } = null!;
}

public class ContestEditionListItemDto : EntityDto<Guid>
{
    public int Year { get; set; }
    public string Name { get; set; } = null!;
    public string? NationalEditionName { get; set; }
}

public class CreateUpdateContestEditionDto
{
    [Range(ContestEditionConsts.MinYear, ContestEditionConsts.MaxYear)]
    public int Year { get; set; }

    [Required]
    [StringLength(ContestEditionConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [StringLength(ContestEditionConsts.MaxNationalEditionNameLength)]
    public string? NationalEditionName { get; set; }

    [Range(1, 1000)]
    public int? NationalEditionNumber { get; set; }

    [StringLength(ContestEditionConsts.MaxNoticeNumberLength)]
    public string? NoticeNumber { get; set; }

    [MaxLength(ContestEditionConsts.MaxOrganisers)]
    public List<string> Organisers { get; set; } = [];

    [MaxLength(ContestEditionConsts.MaxOrganisers)]
    public List<string> Operators { get; set; } = [];

    [Required]
    [MinLength(1)]
    [MaxLength(CultivationConsts.MaxListItems)]
    public List<ContestTrackDto> Tracks { get; set; } = [];

    [MaxLength(CultivationConsts.MaxListItems)]
    public List<ContestStageDto> Stages { get; set; } = [];

    /// <summary>For updates: the stamp read with the edition.</summary>
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public interface IContestEditionAppService
{
    Task<ListResultDto<ContestEditionListItemDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<ContestEditionDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ContestEditionDto> CreateAsync(CreateUpdateContestEditionDto input, CancellationToken cancellationToken = default);

    Task<ContestEditionDto> UpdateAsync(Guid id, CreateUpdateContestEditionDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
