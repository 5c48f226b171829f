namespace Cultivation.Entities;

/// <summary>
/// A record owned by one of Shanghai's districts. District officers see and change only their own
/// district's records; the persistence layer filters every query on this.
/// </summary>
public interface IDistrictScoped
{
    Guid DistrictId { get; }
}
