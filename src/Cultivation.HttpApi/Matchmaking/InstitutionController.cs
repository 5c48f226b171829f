using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Matchmaking;

[ApiController]
[Authorize]
[Route("api/app/institutions")]
public sealed class InstitutionController(IInvestorAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<InvestorDto>> GetListAsync(CancellationToken cancellationToken) => service.GetListAsync(cancellationToken);

    [HttpPost]
    public Task<InvestorDto> CreateAsync(CreateUpdateInvestorDto input, CancellationToken cancellationToken) => service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<InvestorDto> UpdateAsync(Guid id, CreateUpdateInvestorDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(id, input, cancellationToken);
}

[ApiController]
[Authorize]
[Route("api/app/introductions")]
public sealed class IntroductionController(IIntroductionAppService service) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<IntroductionDto>> GetListAsync([FromQuery] GetIntroductionListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);
}
