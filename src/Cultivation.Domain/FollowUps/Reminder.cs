using Cultivation.Entities;

namespace Cultivation.FollowUps;

/// <summary>
/// A reminder that something (a plan, a request) is due or overdue. Its key — subject, due date, kind — is
/// its identity: however often and on however many nodes the daily job runs, each reminder exists once.
/// </summary>
public class Reminder : IDistrictScoped
{
    public Guid SubjectId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public ReminderKind Kind { get; private set; }
    public Guid DistrictId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    /// <summary>The run of the daily job that created it: that run, and only that one, notifies people of it.</summary>
    public Guid RunId { get; private set; }
    public DateTime CreationTime { get; private set; }

    private Reminder()
    {
    }
}
