using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.Matchmaking;

public class InvestorDto : EntityDto<Guid>
{
    public string Name { get; set; } = null!;
    public InvestorKind Kind { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class CreateUpdateInvestorDto
{
    [Required]
    [StringLength(128)]
    public string Name { get; set; } = null!;

    [Required]
    public InvestorKind? Kind { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public interface IInvestorAppService
{
    Task<ListResultDto<InvestorDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<InvestorDto> CreateAsync(CreateUpdateInvestorDto input, CancellationToken cancellationToken = default);

    Task<InvestorDto> UpdateAsync(Guid id, CreateUpdateInvestorDto input, CancellationToken cancellationToken = default);
}
