using System.Diagnostics;
using Cultivation.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cultivation.Imports;

/// <summary>
/// Refuses an upload larger than <see cref="ImportConsts.MaxFileBytes"/> from its Content-Length, before model
/// binding reads the body: a 400 problem with the size on the <c>file</c> field (in the caller's language), not a
/// reset connection. Within the limit it lets the body and the form through (Kestrel's default is lower).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ImportUploadLimitAttribute : Attribute, IResourceFilter, IOrderedFilter
{
    /// <summary>Room for the multipart boundaries and the other form fields.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public const long MaxRequestBytes = ImportConsts.MaxFileBytes + FormOverheadBytes;

    /// <summary>Before the framework's own request-size filters.</summary>
    public int Order => -1000;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength is { } length && length > MaxRequestBytes)
        {
            var localizer = http.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(CultivationResource));
            var message = localizer[CultivationDomainErrorCodes.ImportFileTooLarge,
                FileSizeText.Megabytes(length, ImportConsts.MaxFileBytes), FileSizeText.Megabytes(ImportConsts.MaxFileBytes)].Value;
            var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = message,
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                Instance = http.Request.Path
            };
            problem.Extensions["code"] = CultivationDomainErrorCodes.ImportFileTooLarge;
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
