using Cultivation.FollowUps;

namespace Cultivation.Domain.Tests.FollowUps;

public class WorkingDayCalendar_Tests
{
    private static readonly WorkingDayCalendar Calendar = new(StatutoryHolidays.Years.Select(y => new HolidayCalendar(Guid.NewGuid(), y.Year, y.Source, y.Days)));

    [Theory]
    [InlineData("2025-10-01", false)] // 国庆节
    [InlineData("2025-10-08", false)] // 国庆节、中秋节 combined, eight days
    [InlineData("2025-10-09", true)]
    [InlineData("2025-09-28", true)]  // a Sunday worked (调休)
    [InlineData("2025-10-11", true)]  // a Saturday worked
    [InlineData("2025-10-12", false)] // an ordinary Sunday
    [InlineData("2026-02-14", true)]  // Saturday before the 2026 Spring Festival, worked
    [InlineData("2026-02-23", false)] // last day of the nine-day Spring Festival
    [InlineData("2024-02-18", true)]  // Sunday after the 2024 Spring Festival, worked
    public void Should_follow_the_state_council_arrangement(string date, bool working)
    {
        Calendar.IsWorkingDay(DateOnly.Parse(date)).ShouldBe(working);
    }

    [Fact]
    public void Should_move_a_due_date_on_a_holiday_to_the_next_working_day()
    {
        Calendar.OnOrAfter(new DateOnly(2025, 10, 1)).ShouldBe(new DateOnly(2025, 10, 9));
        Calendar.OnOrAfter(new DateOnly(2025, 9, 27)).ShouldBe(new DateOnly(2025, 9, 28));
        Calendar.OnOrAfter(new DateOnly(2025, 6, 3)).ShouldBe(new DateOnly(2025, 6, 3));
    }

    [Fact]
    public void Should_count_working_days_across_holidays_and_adjusted_days()
    {
        // 2025-09-26 (Fri) + 1 working day = 09-28 (a worked Sunday); + 2 = 09-29; + 4 = 10-09 after the holiday.
        Calendar.AddWorkingDays(new DateOnly(2025, 9, 26), 1).ShouldBe(new DateOnly(2025, 9, 28));
        Calendar.AddWorkingDays(new DateOnly(2025, 9, 26), 4).ShouldBe(new DateOnly(2025, 10, 9));
        Calendar.SubtractWorkingDays(new DateOnly(2025, 10, 9), 4).ShouldBe(new DateOnly(2025, 9, 26));
    }

    [Fact]
    public void Should_count_only_weekends_in_a_year_without_an_arrangement()
    {
        Calendar.KnowsYear(2027).ShouldBeFalse();
        Calendar.IsWorkingDay(new DateOnly(2027, 1, 1)).ShouldBeTrue(); // New Year's Day, unknown without the notice
        Calendar.IsWorkingDay(new DateOnly(2027, 1, 2)).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_an_adjusted_working_day_on_a_weekday_and_dates_of_another_year()
    {
        Should.Throw<Cultivation.Exceptions.BusinessException>(() => new HolidayCalendar(Guid.NewGuid(), 2027, "测试",
            [new CalendarDay(new DateOnly(2027, 1, 4), CalendarDayKind.Workday, "x")])).Code.ShouldBe(CultivationDomainErrorCodes.AdjustedWorkdayNotWeekend);
        Should.Throw<Cultivation.Exceptions.BusinessException>(() => new HolidayCalendar(Guid.NewGuid(), 2027, "测试",
            [new CalendarDay(new DateOnly(2026, 12, 31), CalendarDayKind.Holiday, "x")])).Code.ShouldBe(CultivationDomainErrorCodes.CalendarDayOutsideYear);
    }
}
