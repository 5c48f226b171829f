using Cultivation.Contests;

namespace Cultivation.Enterprises;

/// <summary>An award record was added or changed (by hand or by import). Follow-up plans start from it.</summary>
public sealed record AwardRecordedEvent(
    Guid EnterpriseId,
    Guid DistrictId,
    Guid AwardRecordId,
    Guid EditionId,
    ContestTrack Track,
    PrizeLevel? PrizeLevel,
    NationalAdvancement? NationalAdvancement)
{
    public static AwardRecordedEvent Of(AwardRecord award) =>
        new(award.EnterpriseId, award.DistrictId, award.Id, award.EditionId, award.Track, award.PrizeLevel, award.NationalAdvancement);

    /// <summary>A prize or a national advancement earns a follow-up plan.</summary>
    public bool EarnsFollowUp => PrizeLevel is not null || NationalAdvancement is not null;
}
