using System.Diagnostics;
using Cultivation.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cultivation.Validation;

/// <summary>
/// The 400 for invalid input: RFC 9110 ValidationProblemDetails with camelCase field keys and localized
/// messages; a body that is not valid JSON for the field's type says so without parser internals.
/// </summary>
public static class ValidationProblemFactory
{
    public static IActionResult Create(ActionContext context)
    {
        var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(CultivationResource));
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var hasJsonError = context.ModelState.Keys.Any(k => k.StartsWith('$'));
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count == 0 || (hasJsonError && !key.StartsWith('$')))
            {
                continue;
            }
            var field = FieldName(key);
            errors[field] = entry.Errors
                .Select(e => e.Exception is not null || key.StartsWith('$')
                    ? localizer["Validation:InvalidValue"].Value
                    : e.ErrorMessage)
                .Distinct()
                .ToArray();
        }
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = localizer["Validation:Title"],
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Instance = context.HttpContext.Request.Path
        };
        problem.Extensions["code"] = CultivationDomainErrorCodes.ValidationFailed;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>"$.stages[0].startDate" → "stages[0].startDate"; "" (the whole body) → "body".</summary>
    private static string FieldName(string key)
    {
        var name = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key.TrimStart('$');
        if (name.Length == 0)
        {
            return "body";
        }
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
