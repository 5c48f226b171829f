namespace Cultivation.AuditLogging;

/// <summary>An entity whose changes belong to an enterprise's change history.</summary>
public interface IEnterpriseOwned
{
    Guid EnterpriseId { get; }
}
