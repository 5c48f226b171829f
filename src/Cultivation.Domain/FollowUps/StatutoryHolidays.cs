namespace Cultivation.FollowUps;

/// <summary>国务院办公厅关于2024/2025/2026年部分节假日安排的通知, day by day.</summary>
public static class StatutoryHolidays
{
    public static Guid IdOf(int year) => Guid.Parse($"00000000-0000-7000-8000-0000cada{year:0000}");

    public static readonly IReadOnlyList<(int Year, string Source, IReadOnlyList<CalendarDay> Days)> Years =
    [
        (2024, "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）",
        [
            ..Holidays("元旦", D(2024, 1, 1), D(2024, 1, 1)),
            ..Workdays("春节", D(2024, 2, 4), D(2024, 2, 18)),
            ..Holidays("春节", D(2024, 2, 10), D(2024, 2, 17)),
            ..Holidays("清明节", D(2024, 4, 4), D(2024, 4, 6)),
            ..Workdays("清明节", D(2024, 4, 7)),
            ..Workdays("劳动节", D(2024, 4, 28), D(2024, 5, 11)),
            ..Holidays("劳动节", D(2024, 5, 1), D(2024, 5, 5)),
            ..Holidays("端午节", D(2024, 6, 10), D(2024, 6, 10)),
            ..Workdays("中秋节", D(2024, 9, 14)),
            ..Holidays("中秋节", D(2024, 9, 15), D(2024, 9, 17)),
            ..Workdays("国庆节", D(2024, 9, 29), D(2024, 10, 12)),
            ..Holidays("国庆节", D(2024, 10, 1), D(2024, 10, 7))
        ]),
        (2025, "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）",
        [
            ..Holidays("元旦", D(2025, 1, 1), D(2025, 1, 1)),
            ..Workdays("春节", D(2025, 1, 26), D(2025, 2, 8)),
            ..Holidays("春节", D(2025, 1, 28), D(2025, 2, 4)),
            ..Holidays("清明节", D(2025, 4, 4), D(2025, 4, 6)),
            ..Workdays("劳动节", D(2025, 4, 27)),
            ..Holidays("劳动节", D(2025, 5, 1), D(2025, 5, 5)),
            ..Holidays("端午节", D(2025, 5, 31), D(2025, 6, 2)),
            ..Workdays("国庆节、中秋节", D(2025, 9, 28), D(2025, 10, 11)),
            ..Holidays("国庆节、中秋节", D(2025, 10, 1), D(2025, 10, 8))
        ]),
        (2026, "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社受权发布）",
        [
            ..Holidays("元旦", D(2026, 1, 1), D(2026, 1, 3)),
            ..Workdays("元旦", D(2026, 1, 4)),
            ..Workdays("春节", D(2026, 2, 14), D(2026, 2, 28)),
            ..Holidays("春节", D(2026, 2, 15), D(2026, 2, 23)),
            ..Holidays("清明节", D(2026, 4, 4), D(2026, 4, 6)),
            ..Holidays("劳动节", D(2026, 5, 1), D(2026, 5, 5)),
            ..Workdays("劳动节", D(2026, 5, 9)),
            ..Holidays("端午节", D(2026, 6, 19), D(2026, 6, 21)),
            ..Workdays("国庆节", D(2026, 9, 20), D(2026, 10, 10)),
            ..Holidays("中秋节", D(2026, 9, 25), D(2026, 9, 27)),
            ..Holidays("国庆节", D(2026, 10, 1), D(2026, 10, 7))
        ])
    ];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static IEnumerable<CalendarDay> Holidays(string name, DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return new CalendarDay(day, CalendarDayKind.Holiday, name);
        }
    }

    private static IEnumerable<CalendarDay> Workdays(string name, params DateOnly[] days) =>
        days.Select(d => new CalendarDay(d, CalendarDayKind.Workday, name + "调休上班"));
}
