namespace Cultivation;

public static class CultivationConsts
{
    /// <summary>ABP's table prefix: every table of ours is App&lt;Plural&gt;.</summary>
    public const string DbTablePrefix = "App";

    /// <summary>Schedules and due dates are computed in Shanghai time; instants are stored in UTC.</summary>
    public const string TimeZoneId = "Asia/Shanghai";

    public const int MaxPageSize = 1000;
    public const int DefaultPageSize = 20;
}
