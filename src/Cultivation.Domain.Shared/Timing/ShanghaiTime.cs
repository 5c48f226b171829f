namespace Cultivation.Timing;

/// <summary>
/// Shanghai local time for schedules and due dates. China has kept UTC+8 without daylight saving since
/// 1991, so a machine without time-zone data falls back to a fixed +8 zone with the same result.
/// </summary>
public static class ShanghaiTime
{
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset Now(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(CultivationConsts.TimeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(CultivationConsts.TimeZoneId, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
