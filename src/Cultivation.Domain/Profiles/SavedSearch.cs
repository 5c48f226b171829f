using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Profiles;

/// <summary>
/// A search a user keeps, with an optional daily alert of profiles that newly match or changed since the last check.
/// The criteria are stored as the search request's JSON, so the search can grow filters without a migration.
/// </summary>
public class SavedSearch : AuditedAggregateRoot<Guid>
{
    public const int MaxNameLength = 64;
    public const int MaxCriteriaLength = 4000;
    public const int MaxPerUser = 20;

    public Guid OwnerUserId { get; private set; }
    public string Name { get; private set; } = null!;
    public string CriteriaJson { get; private set; } = null!;
    public bool AlertsEnabled { get; private set; }
    /// <summary>Profiles changed after this time are news to the next alert.</summary>
    public DateTime LastCheckedTime { get; private set; }

    private SavedSearch()
    {
    }

    public SavedSearch(Guid id, Guid ownerUserId, string name, string criteriaJson, bool alertsEnabled, DateTime now) : base(id)
    {
        OwnerUserId = ownerUserId;
        Update(name, criteriaJson, alertsEnabled);
        LastCheckedTime = now;
    }

    public void Update(string name, string criteriaJson, bool alertsEnabled)
    {
        Name = Check.NotNullOrWhiteSpace(name, "name", MaxNameLength);
        CriteriaJson = Check.NotNullOrWhiteSpace(criteriaJson, "criteria", MaxCriteriaLength);
        AlertsEnabled = alertsEnabled;
    }

    public void Checked(DateTime until) => LastCheckedTime = until;
}
