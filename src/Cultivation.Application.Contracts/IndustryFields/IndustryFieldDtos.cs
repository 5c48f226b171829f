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
    /// <summary>Other names imports recognise it by.</summary>
    public List<string> Aliases { get; set; } = [];
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

    /// <summary>Other names imports recognise it by (each unique across the catalogue and Shanghai's systems).</summary>
    [MaxLength(IndustryFieldConsts.MaxAliases)]
    public List<string> Aliases { get; set; } = [];

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

/// <summary>A name in one of Shanghai's industry systems and the national category it counts as.</summary>
public class LocalIndustryDto : EntityDto<Guid>
{
    public string Code { get; set; } = null!;
    public string Name { get; set; } = null!;
    public string System { get; set; } = null!;
    public string? Group { get; set; }
    public string? Source { get; set; }
    public Guid IndustryFieldId { get; set; }
    public string IndustryFieldName { get; set; } = null!;
    public bool MappingConfirmed { get; set; }
    public bool IsActive { get; set; }
    public int DisplayOrder { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class UpdateLocalIndustryDto
{
    [Required]
    [StringLength(IndustryFieldConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [Required]
    [StringLength(IndustryFieldConsts.MaxSystemLength)]
    public string System { get; set; } = null!;

    [StringLength(IndustryFieldConsts.MaxGroupLength)]
    public string? Group { get; set; }

    [StringLength(IndustryFieldConsts.MaxSourceLength)]
    public string? Source { get; set; }

    [Required]
    public Guid? IndustryFieldId { get; set; }

    /// <summary>The administrator confirms the mapping to the national category.</summary>
    public bool MappingConfirmed { get; set; }

    public bool IsActive { get; set; } = true;

    [Range(0, 9999)]
    public int DisplayOrder { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class CreateLocalIndustryDto : UpdateLocalIndustryDto
{
    [Required]
    [StringLength(IndustryFieldConsts.MaxCodeLength)]
    [RegularExpression("^[0-9A-Za-z_-]+$")]
    public string Code { get; set; } = null!;
}

public interface ILocalIndustryAppService
{
    Task<ListResultDto<LocalIndustryDto>> GetListAsync(GetIndustryFieldListInput input, CancellationToken cancellationToken = default);

    Task<LocalIndustryDto> CreateAsync(CreateLocalIndustryDto input, CancellationToken cancellationToken = default);

    Task<LocalIndustryDto> UpdateAsync(Guid id, UpdateLocalIndustryDto input, CancellationToken cancellationToken = default);
}

public interface IIndustryFieldAppService
{
    Task<ListResultDto<IndustryFieldDto>> GetListAsync(GetIndustryFieldListInput input, CancellationToken cancellationToken = default);

    Task<IndustryFieldDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IndustryFieldDto> CreateAsync(CreateIndustryFieldDto input, CancellationToken cancellationToken = default);

    Task<IndustryFieldDto> UpdateAsync(Guid id, UpdateIndustryFieldDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
