namespace Cultivation.Enterprises;

/// <summary>A row of <see cref="IEnterpriseRepository.WithLatestAward"/>: an enterprise and its latest award, if it has one.</summary>
public sealed class EnterpriseWithLatestAward
{
    public required Enterprise Enterprise { get; init; }

    public AwardRecord? LatestAward { get; init; }
}
