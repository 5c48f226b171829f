using Cultivation.Authorization;
using Cultivation.Dtos;
using Cultivation.Exceptions;
using Cultivation.Validation;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Enterprises;

[Authorize(CultivationPermissions.Enterprises.Default)]
public sealed class EnterpriseContactAppService(IEnterpriseRepository enterprises, PersonalDataMasker masker, IUnitOfWork unitOfWork)
    : IEnterpriseContactAppService
{
    public async Task<ListResultDto<EnterpriseContactDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        return new ListResultDto<EnterpriseContactDto>(enterprise.Contacts.Select(EnterpriseMapper.ToDto).ToList());
    }

    [Authorize(CultivationPermissions.Enterprises.Contacts)]
    public async Task<EnterpriseContactDto> CreateAsync(Guid enterpriseId, CreateUpdateEnterpriseContactDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        RejectMaskedValues(input.Phone, input.Email);
        var contact = enterprise.AddContact(EnterpriseMapper.ToDetails(input));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return EnterpriseMapper.ToDto(contact);
    }

    [Authorize(CultivationPermissions.Enterprises.Contacts)]
    public async Task<EnterpriseContactDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateEnterpriseContactDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        var stored = enterprise.Contacts.FirstOrDefault(c => c.Id == id);
        if (stored is not null && await masker.GetVisibilityAsync() == PersonalDataVisibility.Masked)
        {
            // The reader saw 138****5678; sending that back means "unchanged", not a new number.
            input.Phone = KeepIfMasked(input.Phone, stored.Phone, PersonalDataKind.Phone);
            input.Email = KeepIfMasked(input.Email, stored.Email, PersonalDataKind.Email);
        }
        RejectMaskedValues(input.Phone, input.Email);
        var contact = enterprise.UpdateContact(id, EnterpriseMapper.ToDetails(input));
        contact.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return EnterpriseMapper.ToDto(contact);
    }

    private static string? KeepIfMasked(string? sent, string? stored, PersonalDataKind kind) =>
        sent is not null && sent == PersonalDataMasker.Mask(stored, kind) ? stored : sent;

    /// <summary>A masked value that is not the stored one masked would store asterisks as data.</summary>
    private static void RejectMaskedValues(string? phone, string? email)
    {
        if (phone?.Contains('*') == true)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, "phone");
        }
        if (email?.Contains('*') == true)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, "email");
        }
    }

    [Authorize(CultivationPermissions.Enterprises.Contacts)]
    public async Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        enterprise.RemoveContact(id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
