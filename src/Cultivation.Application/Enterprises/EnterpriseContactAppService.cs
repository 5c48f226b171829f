using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Enterprises;

[Authorize(CultivationPermissions.Enterprises.Default)]
public sealed class EnterpriseContactAppService(IEnterpriseRepository enterprises, IUnitOfWork unitOfWork) : IEnterpriseContactAppService
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
        var contact = enterprise.AddContact(EnterpriseMapper.ToDetails(input));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return EnterpriseMapper.ToDto(contact);
    }

    [Authorize(CultivationPermissions.Enterprises.Contacts)]
    public async Task<EnterpriseContactDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateEnterpriseContactDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        var contact = enterprise.UpdateContact(id, EnterpriseMapper.ToDetails(input));
        contact.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return EnterpriseMapper.ToDto(contact);
    }

    [Authorize(CultivationPermissions.Enterprises.Contacts)]
    public async Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        enterprise.RemoveContact(id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
