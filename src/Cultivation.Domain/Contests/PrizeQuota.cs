namespace Cultivation.Contests;

/// <summary>
/// A prize level offered in one track of an edition and how many are awarded; <see cref="Quota"/> null
/// means 若干 (several, no fixed number). A level without a quota row does not exist in that track.
/// </summary>
public sealed record PrizeQuota(ContestTrack Track, PrizeLevel Level, int? Quota);
