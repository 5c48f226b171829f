using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.IndustryFields;

public class IndustryFieldDto : EntityDto<Guid>
{
    public string Code { get; set; } = null!;
    public string Name { get; set; } = null!;
    public string? EnglishName { get; set; }
    public string? Description { get; set; }
    public bool IsStrategicEmerging { get; set; }
    public bool IsActive { get; set; }
    public int DisplayOrder { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class GetIndustryFieldListInput
{
    /// <summary>Include retired fields (for administration); pickers leave it off.</summary>
    public bool IncludeInactive { get; set; }
}

public class UpdateIndustryFieldDto
{
    [Required]
    [StringLength(IndustryFieldConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [StringLength(IndustryFieldConsts.MaxNameLength)]
    public string? EnglishName { get; set; }

    [StringLength(IndustryFieldConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    public bool IsStrategicEmerging { get; set; }

    public bool IsActive { get; set; } = true;

    [Range(0, 9999)]
    public int DisplayOrder { get; set; }

    /// <summary>The stamp read with the field; a stale one is a conflict.</summary>
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public class CreateIndustryFieldDto : UpdateIndustryFieldDto
{
    [Required]
    [StringLength(IndustryFieldConsts.MaxCodeLength)]
    [RegularExpression("^[0-9A-Za-z_-]+$")]
    public string Code { get; set; } = null!;
}

public interface IIndustryFieldAppService
{
    Task<ListResultDto<IndustryFieldDto>> GetListAsync(GetIndustryFieldListInput input, CancellationToken cancellationToken = default);

    Task<IndustryFieldDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IndustryFieldDto> CreateAsync(CreateIndustryFieldDto input, CancellationToken cancellationToken = default);

    Task<IndustryFieldDto> UpdateAsync(Guid id, UpdateIndustryFieldDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
