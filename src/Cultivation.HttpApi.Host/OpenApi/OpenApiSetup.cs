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
            // No servers: the framework would write the request's own Host header here, which a client sets at
            // will. Without them, clients (Scalar included) call the origin they loaded the document from.
            document.Servers?.Clear();
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
            // The API speaks JSON; MVC's text formatters would otherwise be advertised too.
            KeepJsonOnly(operation.RequestBody?.Content);
            foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            {
                KeepJsonOnly(response.Content);
            }
            return Task.CompletedTask;
        });
        o.AddSchemaTransformer((schema, context, _) =>
        {
            if (schema is OpenApiSchema concrete)
            {
                // A nullable enum is expressed by the property (oneOf null), not by a null member of the enum.
                if (concrete.Enum is { Count: > 0 } values)
                {
                    concrete.Enum = values.Where(v => v is not null).ToList();
                }
                MarkNonNullableAsRequired(concrete, context.JsonTypeInfo);
            }
            return Task.CompletedTask;
        });
    });

    private static void KeepJsonOnly(IDictionary<string, OpenApiMediaType>? content)
    {
        if (content is null || !content.ContainsKey("application/json"))
        {
            return;
        }
        foreach (var type in content.Keys.Where(k => k != "application/json").ToList())
        {
            content.Remove(type);
        }
    }

    /// <summary>
    /// What the server always sends is required in the document, so generated clients type it as present.
    /// Input DTOs keep their own [Required] rules: a non-nullable input property may still be left out.
    /// </summary>
    private static void MarkNonNullableAsRequired(OpenApiSchema schema, System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        var name = type.Type.IsGenericType ? type.Type.Name[..type.Type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Type.Name;
        var isInput = name.StartsWith("Create", StringComparison.Ordinal) || name.StartsWith("Update", StringComparison.Ordinal)
                      || name.EndsWith("Input", StringComparison.Ordinal)
                      // TokenRequestDto, NewRequestDto…: requests to the API. EnterpriseRequestDto is an enterprise's 诉求, sent by the server.
                      || (name.EndsWith("RequestDto", StringComparison.Ordinal) && name != "EnterpriseRequestDto")
                      || name is "ChangePasswordDto" or "ResetPasswordDto";
        if (isInput || !name.EndsWith("Dto", StringComparison.Ordinal) || schema.Properties is null)
        {
            return;
        }
        foreach (var property in type.Properties.Where(p => !p.IsGetNullable && schema.Properties.ContainsKey(p.Name)))
        {
            schema.Required ??= new HashSet<string>();
            schema.Required.Add(property.Name);
        }
    }
}
