namespace Cultivation.Contests;

/// <summary>企业组 / 创客组.</summary>
public enum ContestTrack
{
    Enterprise = 1,
    Maker = 2
}
