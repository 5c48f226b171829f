namespace Cultivation.Contests;

/// <summary>预赛 / 复赛 / 决赛, in the order a project goes through them.</summary>
public enum ContestStage
{
    Preliminary = 1,
    Semifinal = 2,
    Final = 3
}
