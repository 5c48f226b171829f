namespace Cultivation.FollowUps;

public enum FollowUpStatus
{
    Active = 1,
    /// <summary>Suspended with a reason (moved away, dissolved, …); no reminders while paused.</summary>
    Paused = 2,
    Closed = 3
}

/// <summary>服务类别: the kinds of service districts give winners (the notice's support measures and post-contest cultivation).</summary>
public enum ServiceCategory
{
    /// <summary>投融资对接.</summary>
    Financing = 1,
    /// <summary>产业对接.</summary>
    IndustryMatchmaking = 2,
    /// <summary>赋能培训.</summary>
    Training = 3,
    /// <summary>政策辅导.</summary>
    PolicyGuidance = 4,
    /// <summary>数字化转型.</summary>
    DigitalTransformation = 5,
    /// <summary>管理咨询.</summary>
    ManagementConsulting = 6,
    /// <summary>人才引育.</summary>
    Talent = 7,
    /// <summary>孵化落地.</summary>
    Incubation = 8,
    /// <summary>成果转化.</summary>
    TechnologyTransfer = 9,
    /// <summary>宣传推广.</summary>
    Promotion = 10,
    /// <summary>大中小企业融通.</summary>
    LargeSmallLinkage = 11,
    /// <summary>其他.</summary>
    Other = 99
}

public enum ServiceChannel
{
    Visit = 1,
    Phone = 2,
    Online = 3,
    Event = 4
}

/// <summary>The state of an enterprise's request (诉求) raised during a contact.</summary>
public enum RequestStatus
{
    Open = 1,
    InProgress = 2,
    Resolved = 3
}

public enum ReminderKind
{
    /// <summary>Due within seven days.</summary>
    DueSoon = 1,
    DueToday = 2,
    Overdue = 3,
    /// <summary>Overdue beyond the escalation threshold: the district lead and municipal reviewers are told.</summary>
    Escalation = 4,
    /// <summary>A request unresolved after fifteen working days.</summary>
    RequestOverdue = 5,
    /// <summary>A policy application's stage is due within seven days (or today).</summary>
    ApplicationDueSoon = 6,
    /// <summary>A policy application's stage is past its due date.</summary>
    ApplicationOverdue = 7,
    /// <summary>A policy application's stage is overdue by more than five working days: the district lead and the city are told.</summary>
    ApplicationEscalation = 8
}

/// <summary>An entry of the statutory calendar: a holiday (放假) or an adjusted working day (调休上班).</summary>
public enum CalendarDayKind
{
    Holiday = 1,
    Workday = 2
}
