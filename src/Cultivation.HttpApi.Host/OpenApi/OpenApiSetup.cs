using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cultivation.OpenApi;

/// <summary>
/// The OpenAPI document the Angular client is generated from: stable operation ids
/// (Enterprise_GetList), and the bearer scheme that every operation but sign-in uses.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddCultivationOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Cultivation API",
                Version = "v1",
                Description = "赛后培育平台 — post-contest enterprise cultivation CRM for the 创客中国 Shanghai contest."
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "POST /api/app/account/token, then send the access token as Authorization: Bearer …"
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
            {
                var name = action.ActionName.EndsWith("Async", StringComparison.Ordinal) ? action.ActionName[..^5] : action.ActionName;
                operation.OperationId = $"{action.ControllerName}_{name}";
            }
            return Task.CompletedTask;
        });
    });
}
