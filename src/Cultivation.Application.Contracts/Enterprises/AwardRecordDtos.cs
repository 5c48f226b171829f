using System.ComponentModel.DataAnnotations;
using Cultivation.Contests;
using Cultivation.Dtos;

namespace Cultivation.Enterprises;

public class AwardRecordDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public Guid EditionId { get; set; }
    public int EditionYear { get; set; }
    public ContestTrack Track { get; set; }
    public ContestStage StageReached { get; set; }
    public PrizeLevel? PrizeLevel { get; set; }
    public string ProjectName { get; set; } = null!;
    public Guid? IndustryFieldId { get; set; }
    public NationalAdvancement? NationalAdvancement { get; set; }
    public int? NationalAdvancementYear { get; set; }
    public PrizeLevel? NationalPrize { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class CreateUpdateAwardRecordDto
{
    [Required]
    public Guid? EditionId { get; set; }

    [Required]
    public ContestTrack? Track { get; set; }

    [Required]
    public ContestStage? StageReached { get; set; }

    public PrizeLevel? PrizeLevel { get; set; }

    [Required]
    [StringLength(AwardRecordConsts.MaxProjectNameLength)]
    public string ProjectName { get; set; } = null!;

    public Guid? IndustryFieldId { get; set; }

    public NationalAdvancement? NationalAdvancement { get; set; }

    [Range(ContestEditionConsts.MinYear, ContestEditionConsts.MaxYear)]
    public int? NationalAdvancementYear { get; set; }

    public PrizeLevel? NationalPrize { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public interface IAwardRecordAppService
{
    Task<ListResultDto<AwardRecordDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    Task<AwardRecordDto> CreateAsync(Guid enterpriseId, CreateUpdateAwardRecordDto input, CancellationToken cancellationToken = default);

    Task<AwardRecordDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateAwardRecordDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken = default);
}
