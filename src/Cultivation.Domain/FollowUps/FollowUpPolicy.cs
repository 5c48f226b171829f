using Cultivation.Contests;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.FollowUps;

/// <summary>How often winners of a track (and prize level; none = every level of the track) are contacted.</summary>
public sealed record CadenceRule(ContestTrack Track, PrizeLevel? PrizeLevel, int Days);

/// <summary>
/// An edition's follow-up rules, edited by municipal administrators: first contact within N days of the
/// final, then every M days by track and prize level, for a cultivation period of some years.
/// </summary>
public class FollowUpPolicy : FullAuditedAggregateRoot<Guid>
{
    private List<CadenceRule> _rules = [];

    public Guid EditionId { get; private set; }
    public int FirstContactDays { get; private set; }
    public int CultivationYears { get; private set; }
    /// <summary>Cadence when no rule matches, e.g. a nationally advanced project without a Shanghai prize.</summary>
    public int DefaultDays { get; private set; }
    public IReadOnlyList<CadenceRule> Rules => _rules;

    private FollowUpPolicy()
    {
    }

    public FollowUpPolicy(Guid id, Guid editionId) : base(id)
    {
        EditionId = editionId;
        Update(FollowUpConsts.DefaultFirstContactDays, FollowUpConsts.DefaultCultivationYears, FollowUpConsts.DefaultCadenceDays, DefaultRules);
    }

    /// <summary>一等奖 30 days, 二等奖 and 三等奖 60, 优胜奖 90, 创客组 30.</summary>
    public static IReadOnlyList<CadenceRule> DefaultRules { get; } =
    [
        new(ContestTrack.Enterprise, PrizeLevel.First, 30),
        new(ContestTrack.Enterprise, PrizeLevel.Second, 60),
        new(ContestTrack.Enterprise, PrizeLevel.Third, 60),
        new(ContestTrack.Enterprise, PrizeLevel.Excellence, 90),
        new(ContestTrack.Maker, null, 30)
    ];

    public void Update(int firstContactDays, int cultivationYears, int defaultDays, IEnumerable<CadenceRule> rules)
    {
        FirstContactDays = Positive(firstContactDays, "firstContactDays");
        CultivationYears = Positive(cultivationYears, "cultivationYears");
        DefaultDays = Positive(defaultDays, "defaultDays");
        var list = rules.ToList();
        foreach (var rule in list)
        {
            Check.Defined(rule.Track, "rules");
            Positive(rule.Days, "rules");
        }
        if (list.GroupBy(r => (r.Track, r.PrizeLevel)).Any(g => g.Count() > 1))
        {
            throw new BusinessException(CultivationDomainErrorCodes.CadenceRuleTwice, "rules");
        }
        _rules = list;
    }

    /// <summary>The rule for the track and prize level, else the track-wide rule, else the default cadence.</summary>
    public int CadenceFor(ContestTrack track, PrizeLevel? prize) =>
        (prize is { } level ? _rules.FirstOrDefault(r => r.Track == track && r.PrizeLevel == level) : null)?.Days
        ?? _rules.FirstOrDefault(r => r.Track == track && r.PrizeLevel is null)?.Days
        ?? DefaultDays;

    private static int Positive(int value, string field) =>
        value is > 0 and <= 3650 ? value : throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, field);
}

public interface IFollowUpPolicyRepository : Repositories.IRepository<FollowUpPolicy, Guid>
{
    Task<List<FollowUpPolicy>> GetForEditionsAsync(IReadOnlyCollection<Guid> editionIds, CancellationToken cancellationToken = default);
}
