using System.ComponentModel.DataAnnotations;

namespace Cultivation.FollowUps;

public class CalendarDayDto
{
    [Required]
    public DateOnly? Date { get; set; }

    [Required]
    public CalendarDayKind? Kind { get; set; }

    [Required]
    [StringLength(FollowUpConsts.MaxHolidayNameLength)]
    public string Name { get; set; } = null!;
}

public class HolidayCalendarDto
{
    public int Year { get; set; }
    /// <summary>False: no arrangement is kept for the year, so only weekends are days off.</summary>
    public bool HasArrangement { get; set; }
    public string? Source { get; set; }
    public List<CalendarDayDto> Days { get; set; } = [];
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class UpdateHolidayCalendarDto
{
    [Required]
    [StringLength(FollowUpConsts.MaxSourceLength)]
    public string Source { get; set; } = null!;

    [MaxLength(80)]
    public List<CalendarDayDto> Days { get; set; } = [];

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public interface IHolidayCalendarAppService
{
    /// <summary>Every year from the first kept to next year, including years without an arrangement.</summary>
    Task<List<HolidayCalendarDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<HolidayCalendarDto> GetAsync(int year, CancellationToken cancellationToken = default);

    Task<HolidayCalendarDto> SetAsync(int year, UpdateHolidayCalendarDto input, CancellationToken cancellationToken = default);
}
