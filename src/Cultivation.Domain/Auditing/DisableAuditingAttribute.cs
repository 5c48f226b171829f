namespace Cultivation.Auditing;

/// <summary>
/// Keeps an entity type, or one property, out of the entity-change audit log (as ABP's attribute does): bookkeeping
/// that is not business data (an import's staged rows, a job's runs, the audit log itself), or a value that must never
/// be copied into it (a password hash). The business changes such records lead to are audited as usual.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property)]
public sealed class DisableAuditingAttribute : Attribute;
