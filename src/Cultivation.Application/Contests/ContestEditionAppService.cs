using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Contests;

[Authorize(CultivationPermissions.Contests.Default)]
public sealed class ContestEditionAppService(
    IContestEditionRepository editions,
    ContestEditionManager manager,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork) : IContestEditionAppService
{
    public async Task<ListResultDto<ContestEditionListItemDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var query = (await editions.GetQueryableAsync())
            .OrderByDescending(e => e.Year)
            .Select(e => new ContestEditionListItemDto { Id = e.Id, Year = e.Year, Name = e.Name, NationalEditionName = e.NationalEditionName });
        return new ListResultDto<ContestEditionListItemDto>(await executer.ToListAsync(query, cancellationToken));
    }

    public async Task<ContestEditionDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ContestEditionMapper.ToDto(await editions.GetAsync(id, cancellationToken: cancellationToken));

    [Authorize(CultivationPermissions.Contests.Create)]
    public async Task<ContestEditionDto> CreateAsync(CreateUpdateContestEditionDto input, CancellationToken cancellationToken = default)
    {
        var edition = await manager.CreateAsync(input.Year, input.Name, cancellationToken);
        await ApplyAsync(edition, input, cancellationToken);
        await editions.InsertAsync(edition, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ContestEditionMapper.ToDto(edition);
    }

    [Authorize(CultivationPermissions.Contests.Edit)]
    public async Task<ContestEditionDto> UpdateAsync(Guid id, CreateUpdateContestEditionDto input, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetAsync(id, cancellationToken: cancellationToken);
        edition.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await manager.ChangeYearAsync(edition, input.Year, cancellationToken);
        edition.Rename(input.Name);
        await ApplyAsync(edition, input, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ContestEditionMapper.ToDto(edition);
    }

    [Authorize(CultivationPermissions.Contests.Delete)]
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetAsync(id, cancellationToken: cancellationToken);
        await manager.EnsureCanDeleteAsync(edition, cancellationToken);
        await editions.DeleteAsync(edition, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(ContestEdition edition, CreateUpdateContestEditionDto input, CancellationToken cancellationToken)
    {
        edition.DescribeOrganisation(input.NationalEditionName, input.NationalEditionNumber, input.NoticeNumber, input.Organisers, input.Operators);
        await manager.SetPrizeQuotasAsync(edition, ContestEditionMapper.ToQuotas(input.Tracks), cancellationToken);
        edition.SetStages(input.Stages.Select(s => new ContestStageSchedule(s.Stage!.Value, s.StartDate!.Value, s.EndDate!.Value)));
    }
}
