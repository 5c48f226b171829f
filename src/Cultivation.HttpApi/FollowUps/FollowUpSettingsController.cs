using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.FollowUps;

[ApiController]
[Authorize]
[Route("api/app/follow-up-policies")]
public sealed class FollowUpPolicyController(IFollowUpPolicyAppService service) : ControllerBase
{
    [HttpGet("{editionId:guid}")]
    public Task<FollowUpPolicyDto> GetAsync(Guid editionId, CancellationToken cancellationToken) => service.GetAsync(editionId, cancellationToken);

    [HttpPut("{editionId:guid}")]
    public Task<FollowUpPolicyDto> UpdateAsync(Guid editionId, UpdateFollowUpPolicyDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(editionId, input, cancellationToken);
}

[ApiController]
[Authorize]
[Route("api/app/holiday-calendars")]
public sealed class HolidayCalendarController(IHolidayCalendarAppService service) : ControllerBase
{
    [HttpGet]
    public Task<List<HolidayCalendarDto>> GetListAsync(CancellationToken cancellationToken) => service.GetListAsync(cancellationToken);

    [HttpGet("{year:int}")]
    public Task<HolidayCalendarDto> GetAsync(int year, CancellationToken cancellationToken) => service.GetAsync(year, cancellationToken);

    [HttpPut("{year:int}")]
    public Task<HolidayCalendarDto> SetAsync(int year, UpdateHolidayCalendarDto input, CancellationToken cancellationToken) =>
        service.SetAsync(year, input, cancellationToken);
}

[ApiController]
[Authorize]
[Route("api/app/follow-ups/coverage")]
public sealed class CoverageController(ICoverageAppService service) : ControllerBase
{
    [HttpGet]
    public Task<CoverageReportDto> GetAsync([FromQuery] GetCoverageInput input, CancellationToken cancellationToken) => service.GetAsync(input, cancellationToken);

    [HttpGet("export")]
    [Produces("application/octet-stream")]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetCoverageInput input, CancellationToken cancellationToken)
    {
        var file = await service.ExportAsync(input, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
