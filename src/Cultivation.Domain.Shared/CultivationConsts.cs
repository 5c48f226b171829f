namespace Cultivation;

public static class CultivationConsts
{
    /// <summary>ABP's table prefix: every table of ours is App&lt;Plural&gt;.</summary>
    public const string DbTablePrefix = "App";

    /// <summary>Schedules and due dates are computed in Shanghai time; instants are stored in UTC.</summary>
    public const string TimeZoneId = "Asia/Shanghai";

    public const int MaxPageSize = 1000;
    public const int DefaultPageSize = 20;

    /// <summary>A concurrency stamp is a GUID in "N" form; anything longer is not one of ours.</summary>
    public const int MaxConcurrencyStampLength = 40;

    /// <summary>A user name as Identity stores it.</summary>
    public const int MaxUserNameLength = 256;

    /// <summary>Items in a list a client sends (tracks, stages, roles, permissions), well above any real need.</summary>
    public const int MaxListItems = 200;
}
