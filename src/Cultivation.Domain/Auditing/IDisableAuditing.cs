namespace Cultivation.Auditing;

/// <summary>
/// An entity whose own changes are bookkeeping, not business data, and stay out of the entity-change audit log
/// (an import's staged rows and progress, say). The business changes they lead to are audited as usual.
/// </summary>
public interface IDisableAuditing;
