using Cultivation.Security;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cultivation.Auditing;

/// <summary>
/// Names the business action of what a request saves: the application-service method its action calls (the same one
/// <see cref="AppServicePermissionFilter"/> authorizes), so the audit log reads "新增获奖记录" rather than a URL.
/// </summary>
public sealed class AuditActionFilter(AppServiceActionMap actions, IAuditingManager auditing) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (context.ActionDescriptor is not ControllerActionDescriptor action || actions.Find(action) is not { } target)
        {
            await next();
            return;
        }
        using (auditing.ForAction(AuditAction.Of(target.ImplementationType, target.Method.Name)))
        {
            await next();
        }
    }
}
