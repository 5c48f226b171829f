namespace Cultivation.Contests;

/// <summary>一等奖 / 二等奖 / 三等奖 / 优胜奖 (lower number = higher prize).</summary>
public enum PrizeLevel
{
    First = 1,
    Second = 2,
    Third = 3,
    Excellence = 4
}
