namespace Cultivation;

/// <summary>
/// Names the application-service method an action calls when it is not the action's namesake on the controller's
/// services, so the pipeline can check that method's permission before it reads the request.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AppServiceMethodAttribute(Type serviceType, string methodName) : Attribute
{
    public Type ServiceType { get; } = serviceType;

    public string MethodName { get; } = methodName;
}
