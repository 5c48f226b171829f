using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Matchmaking;

/// <summary>The catalogue of investment institutions and banks that investor users are bound to.</summary>
[Authorize(CultivationPermissions.Institutions.Default)]
public sealed class InvestorAppService(IInvestorRepository investors, IAsyncQueryableExecuter executer, IUnitOfWork unitOfWork) : IInvestorAppService
{
    public async Task<ListResultDto<InvestorDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var query = (await investors.GetQueryableAsync()).OrderBy(i => i.Name)
            .Select(i => new InvestorDto { Id = i.Id, Name = i.Name, Kind = i.Kind, ConcurrencyStamp = i.ConcurrencyStamp });
        return new ListResultDto<InvestorDto>(await executer.ToListAsync(query, cancellationToken));
    }

    [Authorize(CultivationPermissions.Institutions.Manage)]
    public async Task<InvestorDto> CreateAsync(CreateUpdateInvestorDto input, CancellationToken cancellationToken = default)
    {
        var investor = new Investor(Guid.CreateVersion7(), input.Name, input.Kind!.Value);
        await investors.InsertAsync(investor, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(investor);
    }

    [Authorize(CultivationPermissions.Institutions.Manage)]
    public async Task<InvestorDto> UpdateAsync(Guid id, CreateUpdateInvestorDto input, CancellationToken cancellationToken = default)
    {
        var investor = await investors.GetAsync(id, cancellationToken: cancellationToken);
        investor.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        investor.Update(input.Name, input.Kind!.Value);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(investor);
    }

    private static InvestorDto ToDto(Investor i) => new() { Id = i.Id, Name = i.Name, Kind = i.Kind, ConcurrencyStamp = i.ConcurrencyStamp };
}
