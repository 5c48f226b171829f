using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Enterprises;

[Authorize(CultivationPermissions.Enterprises.Default)]
public sealed class AwardRecordAppService(
    IEnterpriseRepository enterprises,
    IContestEditionRepository editions,
    EnterpriseManager manager,
    IUnitOfWork unitOfWork) : IAwardRecordAppService
{
    public async Task<ListResultDto<AwardRecordDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        return new ListResultDto<AwardRecordDto>(enterprise.Awards.OrderByDescending(a => a.EditionYear).Select(EnterpriseMapper.ToDto).ToList());
    }

    [Authorize(CultivationPermissions.Enterprises.Awards)]
    public async Task<AwardRecordDto> CreateAsync(Guid enterpriseId, CreateUpdateAwardRecordDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        var edition = await GetEditionAsync(input.EditionId!.Value, cancellationToken);
        await manager.EnsureIndustryFieldExistsAsync(input.IndustryFieldId, "industryFieldId", cancellationToken);
        var award = await manager.RecordAwardAsync(enterprise, edition, EnterpriseMapper.ToDetails(input), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return EnterpriseMapper.ToDto(award);
    }

    [Authorize(CultivationPermissions.Enterprises.Awards)]
    public async Task<AwardRecordDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateAwardRecordDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        var edition = await GetEditionAsync(input.EditionId!.Value, cancellationToken);
        await manager.EnsureIndustryFieldExistsAsync(input.IndustryFieldId, "industryFieldId", cancellationToken);
        var award = await manager.UpdateAwardAsync(enterprise, id, edition, EnterpriseMapper.ToDetails(input), cancellationToken);
        award.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return EnterpriseMapper.ToDto(award);
    }

    [Authorize(CultivationPermissions.Enterprises.Awards)]
    public async Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        enterprise.RemoveAward(id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<ContestEdition> GetEditionAsync(Guid editionId, CancellationToken cancellationToken) =>
        await editions.FindAsync(editionId, cancellationToken: cancellationToken)
        ?? throw new BusinessException(CultivationDomainErrorCodes.EditionNotFound, "editionId");
}
