using Cultivation.Auditing;
using Cultivation.Entities;

namespace Cultivation.Profiles;

/// <summary>
/// The search index's outbox: a profile whose document must be written again (or removed). It is written in the
/// transaction that changed the profile, so no change is lost while the search engine is down; the sync job works
/// through it and backs off when the engine fails.
/// </summary>
[DisableAuditing]
public class ProfileIndexChange : Entity<Guid>
{
    public const int MaxErrorLength = 1000;

    public Guid ProfileId { get; private set; }
    public DateTime QueuedTime { get; private set; }
    public DateTime NextAttemptTime { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    private ProfileIndexChange()
    {
    }

    public ProfileIndexChange(Guid id, Guid profileId, DateTime now) : base(id)
    {
        ProfileId = profileId;
        QueuedTime = now;
        NextAttemptTime = now;
    }

    public void Failed(string error, DateTime now)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        NextAttemptTime = now + BackOff(Attempts);
    }

    /// <summary>Waits 5 s, 10 s, 20 s … up to 10 minutes before the next try.</summary>
    public static TimeSpan BackOff(int attempts) => TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, Math.Max(0, attempts - 1))));
}
