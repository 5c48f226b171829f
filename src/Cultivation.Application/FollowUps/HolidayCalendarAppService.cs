using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.FollowUps;

[Authorize(CultivationPermissions.FollowUps.Default)]
public sealed class HolidayCalendarAppService(IHolidayCalendarRepository calendars, IUnitOfWork unitOfWork, TimeProvider clock) : IHolidayCalendarAppService
{
    public async Task<List<HolidayCalendarDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var thisYear = ShanghaiTime.Today(clock).Year;
        var kept = await calendars.GetYearsAsync(2000, 2100, cancellationToken);
        var first = kept.Count > 0 ? Math.Min(kept[0].Year, thisYear) : thisYear;
        var last = Math.Max(thisYear + 1, kept.Count > 0 ? kept[^1].Year : thisYear);
        var byYear = kept.ToDictionary(c => c.Year);
        return Enumerable.Range(first, last - first + 1)
            .Select(year => byYear.TryGetValue(year, out var calendar) ? ToDto(calendar) : Missing(year))
            .ToList();
    }

    public async Task<HolidayCalendarDto> GetAsync(int year, CancellationToken cancellationToken = default) =>
        await calendars.FindByYearAsync(year, cancellationToken) is { } calendar ? ToDto(calendar) : Missing(year);

    [Authorize(CultivationPermissions.FollowUps.Calendar)]
    public async Task<HolidayCalendarDto> SetAsync(int year, UpdateHolidayCalendarDto input, CancellationToken cancellationToken = default)
    {
        var days = input.Days.Select(d => new CalendarDay(d.Date!.Value, d.Kind!.Value, d.Name)).ToList();
        var calendar = await calendars.FindByYearAsync(year, cancellationToken);
        if (calendar is null)
        {
            calendar = new HolidayCalendar(Guid.CreateVersion7(), year, input.Source, days);
            await calendars.InsertAsync(calendar, cancellationToken: cancellationToken);
        }
        else
        {
            calendar.ExpectConcurrencyStamp(input.ConcurrencyStamp);
            calendar.Update(input.Source, days);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(calendar);
    }

    private static HolidayCalendarDto Missing(int year) => new() { Year = year, HasArrangement = false };

    private static HolidayCalendarDto ToDto(HolidayCalendar calendar) => new()
    {
        Year = calendar.Year,
        HasArrangement = true,
        Source = calendar.Source,
        Days = calendar.Days.Select(d => new CalendarDayDto { Date = d.Date, Kind = d.Kind, Name = d.Name }).ToList(),
        ConcurrencyStamp = calendar.ConcurrencyStamp
    };
}
