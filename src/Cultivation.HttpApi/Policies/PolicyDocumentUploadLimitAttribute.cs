using System.Diagnostics;
using Cultivation.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cultivation.Policies;

/// <summary>
/// Refuses a document upload larger than <see cref="PolicyDocumentConsts.MaxBytes"/> from its Content-Length, before the
/// body is read: a 400 problem on the <c>file</c> field in the caller's language, not a reset connection. Within the limit it
/// lets the body and the form through; a body that lies about its length is still cut at the limit and refused by the service.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PolicyDocumentUploadLimitAttribute : Attribute, IResourceFilter, IOrderedFilter
{
    public const long MaxRequestBytes = PolicyDocumentConsts.MaxBytes + 64 * 1024;

    public int Order => -1000;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength is { } length && length > MaxRequestBytes)
        {
            var localizer = http.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(CultivationResource));
            var message = localizer[CultivationDomainErrorCodes.PolicyDocumentTooLarge, PolicyDocumentConsts.MaxBytes / 1024 / 1024].Value;
            var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = message,
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                Instance = http.Request.Path
            };
            problem.Extensions["code"] = CultivationDomainErrorCodes.PolicyDocumentTooLarge;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
            context.Result = new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = MaxRequestBytes;
        }
        if (!http.Request.HasFormContentType || http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }));
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
