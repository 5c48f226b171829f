namespace Cultivation.Enterprises;

/// <summary>An enterprise moved to another district; what other modules keep of it moves along.</summary>
public sealed record EnterpriseMovedEvent(Guid EnterpriseId, Guid FromDistrictId, Guid ToDistrictId);
