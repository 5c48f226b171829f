namespace Cultivation.FollowUps;

/// <summary>
/// Working days as the statutory calendar has them: Monday to Friday except holidays, plus the weekend
/// days that are worked (调休). Years without a loaded arrangement count weekends only.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _exceptions;
    private readonly HashSet<int> _knownYears;

    public WorkingDayCalendar(IEnumerable<HolidayCalendar> years)
    {
        var list = years.ToList();
        _knownYears = list.Select(y => y.Year).ToHashSet();
        _exceptions = list.SelectMany(y => y.Days).ToDictionary(d => d.Date, d => d.Kind);
    }

    public static WorkingDayCalendar WeekendsOnly { get; } = new([]);

    public bool KnowsYear(int year) => _knownYears.Contains(year);

    public bool IsWorkingDay(DateOnly date) => _exceptions.TryGetValue(date, out var kind)
        ? kind == CalendarDayKind.Workday
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date itself if it is a working day, otherwise the next working day.</summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }

    /// <summary>The working day <paramref name="count"/> working days after <paramref name="date"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        for (var added = 0; added < count;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                added++;
            }
        }
        return date;
    }

    /// <summary>The date <paramref name="count"/> working days before <paramref name="date"/>.</summary>
    public DateOnly SubtractWorkingDays(DateOnly date, int count)
    {
        for (var removed = 0; removed < count;)
        {
            date = date.AddDays(-1);
            if (IsWorkingDay(date))
            {
                removed++;
            }
        }
        return date;
    }
}

/// <summary>Loads the calendar around a date (the year before and after too, for due dates that cross a new year).</summary>
public sealed class WorkingDayCalendarProvider(IHolidayCalendarRepository calendars)
{
    public async Task<WorkingDayCalendar> LoadAsync(DateOnly around, CancellationToken cancellationToken = default) =>
        new(await calendars.GetYearsAsync(around.Year - 1, around.Year + 4, cancellationToken));
}
