using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Policies;

[ApiController]
[Authorize]
[Route("api/app/policy-calculator")]
public sealed class PolicyCalculatorController(IPolicyCalculatorAppService service) : ControllerBase
{
    /// <summary>政策计算器: the evaluation of the facts against the programme's rules on the date; nothing is saved.</summary>
    [HttpPost]
    public Task<PolicyEvaluation> CalculateAsync(CalculatePolicyInput input, CancellationToken cancellationToken) =>
        service.CalculateAsync(input, cancellationToken);
}
