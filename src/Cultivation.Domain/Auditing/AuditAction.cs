namespace Cultivation.Auditing;

/// <summary>
/// The business action behind an audit log: the module (an application service's feature folder, e.g. Enterprises) and the
/// action (its service and method, e.g. AwardRecord.Create). The log's reader names both from the localization resource
/// (<c>AuditModule:*</c>, <c>AuditAction:*</c>).
/// </summary>
public sealed record AuditAction(string Module, string Name)
{
    public static readonly AuditAction ImportCommit = new("Imports", "Import.Commit");

    public static readonly AuditAction ImportRevert = new("Imports", "Import.Revert");

    /// <summary>
    /// The action of an application-service method: <c>Cultivation.Enterprises.AwardRecordAppService.CreateAsync</c> is Enterprises,
    /// AwardRecord.Create (a job's: <c>Cultivation.FollowUps.FollowUpReminderJob.Execute</c> is FollowUps, FollowUpReminderJob.Execute).
    /// </summary>
    public static AuditAction Of(Type implementationType, string methodName)
    {
        var module = implementationType.Namespace is { } ns && ns.LastIndexOf('.') is var dot and >= 0 ? ns[(dot + 1)..] : implementationType.Namespace ?? "";
        return new AuditAction(module, $"{Trim(implementationType.Name, "AppService")}.{Trim(methodName, "Async")}");
    }

    private static string Trim(string name, string suffix) => name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : name;
}
