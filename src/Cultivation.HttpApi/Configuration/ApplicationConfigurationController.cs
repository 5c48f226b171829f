using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cultivation.Configuration;

[ApiController]
[Authorize]
[Route("api/app/application-configuration")]
public sealed class ApplicationConfigurationController(IApplicationConfigurationAppService service) : ControllerBase
{
    /// <summary>
    /// The localized labels (Enum:, DisplayName:, Permission:, Role:) and the permission tree. The version is the
    /// ETag: a client that sends it back in If-None-Match gets 304 without a body.
    /// </summary>
    [HttpGet]
    [ProducesResponseType<ApplicationConfigurationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<ActionResult<ApplicationConfigurationDto>> GetAsync([FromQuery] GetApplicationConfigurationInput input, CancellationToken cancellationToken)
    {
        var configuration = await service.GetAsync(input, cancellationToken);
        var etag = new EntityTagHeaderValue($"\"{configuration.Version}\"");
        var headers = Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Private = true, NoCache = true };
        Response.Headers.Vary = HeaderNames.AcceptLanguage;
        return Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false))
            ? StatusCode(StatusCodes.Status304NotModified)
            : configuration;
    }
}
