namespace Cultivation.Contests;

/// <summary>
/// How far a project went in the national contest after the Shanghai final:
/// 企业组 500强 → 50强, 创客组 100强 → 10强.
/// </summary>
public enum NationalAdvancement
{
    EnterpriseTop500 = 1,
    EnterpriseTop50 = 2,
    MakerTop100 = 3,
    MakerTop10 = 4
}

public static class NationalAdvancementExtensions
{
    public static ContestTrack Track(this NationalAdvancement advancement) => advancement switch
    {
        NationalAdvancement.EnterpriseTop500 or NationalAdvancement.EnterpriseTop50 => ContestTrack.Enterprise,
        _ => ContestTrack.Maker
    };

    /// <summary>50强 and 10强 are the lists that compete in the national final.</summary>
    public static bool IsFinalist(this NationalAdvancement advancement) =>
        advancement is NationalAdvancement.EnterpriseTop50 or NationalAdvancement.MakerTop10;
}
