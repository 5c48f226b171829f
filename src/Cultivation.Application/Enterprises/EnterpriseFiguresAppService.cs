using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Enterprises;

[Authorize(CultivationPermissions.Enterprises.Default)]
public sealed class EnterpriseFiguresAppService(IEnterpriseRepository enterprises, IUnitOfWork unitOfWork, TimeProvider clock)
    : IEnterpriseFiguresAppService
{
    public async Task<ListResultDto<EnterpriseFiguresDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        return new ListResultDto<EnterpriseFiguresDto>(enterprise.Figures.OrderByDescending(f => f.Year).Select(EnterpriseMapper.ToDto).ToList());
    }

    [Authorize(CultivationPermissions.Enterprises.Figures)]
    public async Task<EnterpriseFiguresDto> SetAsync(Guid enterpriseId, int year, UpdateEnterpriseFiguresDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        var values = EnterpriseMapper.ToValues(input);
        EnterpriseFigures figures;
        if (enterprise.FiguresOf(year) is null)
        {
            figures = enterprise.RecordFigures(year, values, ShanghaiTime.Today(clock).Year);
        }
        else
        {
            figures = enterprise.UpdateFigures(year, values);
            figures.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return EnterpriseMapper.ToDto(figures);
    }

    [Authorize(CultivationPermissions.Enterprises.Figures)]
    public async Task DeleteAsync(Guid enterpriseId, int year, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        enterprise.RemoveFigures(year);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
