namespace Cultivation.FollowUps;

public static class FollowUpConsts
{
    public const int MaxReasonLength = 256;
    public const int MaxSummaryLength = 2000;
    public const int MaxOutcomeLength = 2000;
    public const int MaxRequestLength = 1000;
    public const int MaxSourceLength = 256;
    public const int MaxHolidayNameLength = 32;

    public const int DefaultFirstContactDays = 30;
    public const int DefaultCultivationYears = 3;
    public const int DefaultEscalationDays = 14;
    public const int DefaultCadenceDays = 60;
    /// <summary>Working days after which an unresolved request reminds its owner.</summary>
    public const int RequestReminderWorkingDays = 15;
    public const int DueSoonDays = 7;

    /// <summary>A lower bound for "any date before": within every provider's date range.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
}
