using System.Diagnostics;
using Cultivation.Authorization;
using Cultivation.Exceptions;
using Cultivation.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cultivation.ExceptionHandling;

/// <summary>
/// Maps exceptions to RFC 9110 problem details: a broken business rule → 400 (or 409 for conflicts) with
/// the rule's code and a localized message, and field errors when a field is at fault; not found → 404;
/// no permission → 403 (401 when not signed in); a stale stamp or taken key → 409. Anything else is a
/// logged 500 that shows only a trace id.
/// </summary>
public sealed class CultivationExceptionHandler(
    IStringLocalizerFactory localizerFactory,
    IProblemDetailsService problemDetails,
    ILogger<CultivationExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Rules whose breach means "the thing already exists or is in use", not "your input is wrong".</summary>
    private static readonly HashSet<string> ConflictCodes =
    [
        CultivationDomainErrorCodes.CreditCodeAlreadyRegistered,
        CultivationDomainErrorCodes.EditionYearAlreadyExists,
        CultivationDomainErrorCodes.EditionHasAwards,
        CultivationDomainErrorCodes.TrackStillHasAwards,
        CultivationDomainErrorCodes.AwardAlreadyRecorded,
        CultivationDomainErrorCodes.FiguresYearAlreadyRecorded,
        CultivationDomainErrorCodes.IndustryFieldCodeAlreadyExists,
        CultivationDomainErrorCodes.IndustryFieldInUse,
        CultivationDomainErrorCodes.DuplicateKey,
        CultivationDomainErrorCodes.ConcurrencyConflict,
        CultivationDomainErrorCodes.UserNameTaken,
        CultivationDomainErrorCodes.PolicyRuleSetVersionExists
    ];

    /// <summary>Rules whose breach means "you are not signed in": a refresh token that is unknown, used, revoked or expired.</summary>
    private static readonly HashSet<string> UnauthorizedCodes = [CultivationDomainErrorCodes.InvalidRefreshToken];

    /// <summary>Rules whose breach means "not yours to change".</summary>
    private static readonly HashSet<string> ForbiddenCodes = [CultivationDomainErrorCodes.DistrictOutOfScope];

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var localizer = localizerFactory.Create(typeof(CultivationResource));
        var (status, code, field, arguments) = exception switch
        {
            BusinessException e => (StatusOf(e.Code), e.Code, e.Field, e.Arguments),
            EntityNotFoundException => (StatusCodes.Status404NotFound, CultivationDomainErrorCodes.EntityNotFound, null, []),
            CultivationAuthorizationException { IsAuthenticated: false } => (StatusCodes.Status401Unauthorized, CultivationDomainErrorCodes.Unauthorized, null, []),
            CultivationAuthorizationException => (StatusCodes.Status403Forbidden, CultivationDomainErrorCodes.Forbidden, null, []),
            ConcurrencyConflictException => (StatusCodes.Status409Conflict, CultivationDomainErrorCodes.ConcurrencyConflict, null, []),
            DuplicateKeyException => (StatusCodes.Status409Conflict, CultivationDomainErrorCodes.DuplicateKey, null, []),
            BadHttpRequestException e => (e.StatusCode, CultivationDomainErrorCodes.ValidationFailed, null, []),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, (string?)null, null, []),
            _ => (StatusCodes.Status500InternalServerError, CultivationDomainErrorCodes.InternalError, null, Array.Empty<object>())
        };
        if (code is null)
        {
            return true;
        }
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("{Status} {Code} on {Method} {Path}: {Message}", status, code, httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        }

        var message = localizer[code, arguments.Select(a => LocalizeArgument(localizer, a)).ToArray()].Value;
        ProblemDetails problem = field is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] });
        problem.Status = status;
        problem.Title = message;
        problem.Type = $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? "6.1" : status switch { 401 => "5.2", 403 => "5.4", 404 => "5.5", 409 => "5.10", _ => "5.1" })}";
        problem.Instance = httpContext.Request.Path;
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier;

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static int StatusOf(string code) =>
        ConflictCodes.Contains(code) || CultivationDomainErrorCodes.PolicyApplicationConflicts.Contains(code) ? StatusCodes.Status409Conflict
        : UnauthorizedCodes.Contains(code) ? StatusCodes.Status401Unauthorized
        : ForbiddenCodes.Contains(code) ? StatusCodes.Status403Forbidden
        : StatusCodes.Status400BadRequest;

    /// <summary>Enum arguments (a prize level, a track) appear by their localized names.</summary>
    private static object LocalizeArgument(IStringLocalizer localizer, object argument) =>
        argument is Enum value ? localizer[$"Enum:{value.GetType().Name}.{value}"].Value : argument;
}
