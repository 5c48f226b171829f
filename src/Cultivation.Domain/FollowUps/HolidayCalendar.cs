using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.FollowUps;

/// <summary>A statutory holiday or an adjusted working day (调休) of one year.</summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name);

/// <summary>
/// One year of the State Council's holiday arrangement (国务院办公厅关于20xx年部分节假日安排的通知), kept as
/// data that administrators maintain, with its source. A year without one counts weekends only.
/// </summary>
public class HolidayCalendar : FullAuditedAggregateRoot<Guid>
{
    private List<CalendarDay> _days = [];

    public int Year { get; private set; }
    /// <summary>Where the arrangement comes from, e.g. 国办发明电〔2024〕12号.</summary>
    public string Source { get; private set; } = null!;
    public IReadOnlyList<CalendarDay> Days => _days;

    private HolidayCalendar()
    {
    }

    public HolidayCalendar(Guid id, int year, string source, IEnumerable<CalendarDay> days) : base(id)
    {
        if (year is < 2000 or > 2100)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, "year");
        }
        Year = year;
        Update(source, days);
    }

    public void Update(string source, IEnumerable<CalendarDay> days)
    {
        Source = Check.NotNullOrWhiteSpace(source, "source", FollowUpConsts.MaxSourceLength);
        var list = days.OrderBy(d => d.Date).ToList();
        foreach (var day in list)
        {
            Check.Defined(day.Kind, "days");
            Check.NotNullOrWhiteSpace(day.Name, "days", FollowUpConsts.MaxHolidayNameLength);
            if (day.Date.Year != Year)
            {
                throw new BusinessException(CultivationDomainErrorCodes.CalendarDayOutsideYear, "days", day.Date, Year);
            }
            if (day.Kind == CalendarDayKind.Workday && day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new BusinessException(CultivationDomainErrorCodes.AdjustedWorkdayNotWeekend, "days", day.Date);
            }
        }
        if (list.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new BusinessException(CultivationDomainErrorCodes.CalendarDayTwice, "days", duplicate.Key);
        }
        _days = list;
    }
}

public interface IHolidayCalendarRepository : Repositories.IRepository<HolidayCalendar, Guid>
{
    Task<List<HolidayCalendar>> GetYearsAsync(int fromYear, int toYear, CancellationToken cancellationToken = default);

    Task<HolidayCalendar?> FindByYearAsync(int year, CancellationToken cancellationToken = default);
}
