using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;
using Cultivation.Validation;

namespace Cultivation.Enterprises;

public class EnterpriseContactDto : EntityDto<Guid>
{
    public string Name { get; set; } = null!;
    public string? Role { get; set; }

    [PersonalData(PersonalDataKind.Phone)]
    public string? Phone { get; set; }

    [PersonalData(PersonalDataKind.Email)]
    public string? Email { get; set; }

    public bool IsPrimary { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class CreateUpdateEnterpriseContactDto
{
    [Required]
    [StringLength(EnterpriseContactConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [StringLength(EnterpriseContactConsts.MaxRoleLength)]
    public string? Role { get; set; }

    /// <summary>A reader who sees it masked may send the masked value back unchanged: it then keeps the stored one.</summary>
    [StringLength(EnterpriseContactConsts.MaxPhoneLength)]
    [RegularExpression(@"^[0-9+\-() *]{5,32}$")]
    public string? Phone { get; set; }

    [StringLength(EnterpriseContactConsts.MaxEmailLength)]
    [RegularExpression(@"^[^@\s]+@[^@\s]+$")]
    public string? Email { get; set; }

    public bool IsPrimary { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public interface IEnterpriseContactAppService
{
    Task<ListResultDto<EnterpriseContactDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    Task<EnterpriseContactDto> CreateAsync(Guid enterpriseId, CreateUpdateEnterpriseContactDto input, CancellationToken cancellationToken = default);

    Task<EnterpriseContactDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateEnterpriseContactDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken = default);
}
