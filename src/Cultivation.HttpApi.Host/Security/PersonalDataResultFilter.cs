using Cultivation.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cultivation.Security;

/// <summary>Every API response passes the personal-data rule, whatever endpoint produced it.</summary>
public sealed class PersonalDataResultFilter(PersonalDataMasker masker) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is ObjectResult { Value: { } value } && value is not ProblemDetails)
        {
            await masker.ApplyAsync(value);
        }
        await next();
    }
}
