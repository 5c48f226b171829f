using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Policies;

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}/policy-facts")]
public sealed class PolicyFactsController(IPolicyFactsAppService facts) : ControllerBase
{
    /// <summary>The facts the rules read from the enterprise's records on the date (today when left out): the calculator's prefill.</summary>
    [HttpGet]
    public Task<PolicyFacts> GetAsync(Guid enterpriseId, [FromQuery] DateOnly? date, CancellationToken cancellationToken) =>
        facts.GetAsync(enterpriseId, date, cancellationToken);
}
