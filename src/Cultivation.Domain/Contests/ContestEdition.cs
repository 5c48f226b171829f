using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Contests;

/// <summary>
/// One year's Shanghai contest (大赛届次): its tracks with their prize quotas, its stages with dates, and
/// the national edition it feeds. Awards are checked against it: a prize level must exist in the track.
/// </summary>
public class ContestEdition : FullAuditedAggregateRoot<Guid>
{
    private List<PrizeQuota> _prizeQuotas = [];
    private List<ContestStageSchedule> _stages = [];

    public int Year { get; private set; }
    public string Name { get; private set; } = null!;
    /// <summary>e.g. 第九届"创客中国"中小企业创新创业大赛.</summary>
    public string? NationalEditionName { get; private set; }
    public int? NationalEditionNumber { get; private set; }
    /// <summary>The municipal notice's document number, e.g. 沪经信企〔2024〕569号.</summary>
    public string? NoticeNumber { get; private set; }
    /// <summary>主办单位.</summary>
    public List<string> Organisers { get; private set; } = [];
    /// <summary>承办单位.</summary>
    public List<string> Operators { get; private set; } = [];

    public IReadOnlyList<PrizeQuota> PrizeQuotas => _prizeQuotas;
    public IReadOnlyList<ContestStageSchedule> Stages => _stages;

    public IEnumerable<ContestTrack> Tracks => _prizeQuotas.Select(q => q.Track).Distinct().Order();

    private ContestEdition()
    {
    }

    internal ContestEdition(Guid id, int year, string name) : base(id)
    {
        SetYear(year);
        Rename(name);
    }

    internal void SetYear(int year)
    {
        if (year is < ContestEditionConsts.MinYear or > ContestEditionConsts.MaxYear)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, nameof(Year));
        }
        Year = year;
    }

    public void Rename(string name) =>
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), ContestEditionConsts.MaxNameLength);

    public void DescribeOrganisation(
        string? nationalEditionName, int? nationalEditionNumber, string? noticeNumber,
        IEnumerable<string> organisers, IEnumerable<string> operators)
    {
        NationalEditionName = Check.Length(nationalEditionName, nameof(NationalEditionName), ContestEditionConsts.MaxNationalEditionNameLength);
        if (nationalEditionNumber is <= 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, nameof(NationalEditionNumber));
        }
        NationalEditionNumber = nationalEditionNumber;
        NoticeNumber = Check.Length(noticeNumber, nameof(NoticeNumber), ContestEditionConsts.MaxNoticeNumberLength);
        Organisers = CleanNames(organisers, nameof(Organisers));
        Operators = CleanNames(operators, nameof(Operators));
    }

    /// <summary>Replaces the prize quotas of every track. An edition needs at least one track.</summary>
    public void SetPrizeQuotas(IEnumerable<PrizeQuota> quotas)
    {
        var list = quotas.ToList();
        if (list.Count == 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.EditionNeedsATrack, "tracks");
        }
        foreach (var quota in list)
        {
            Check.Defined(quota.Track, "tracks");
            Check.Defined(quota.Level, "tracks");
            if (quota.Quota is < 0)
            {
                throw new BusinessException(CultivationDomainErrorCodes.PrizeQuotaMustNotBeNegative, "tracks");
            }
        }
        var duplicate = list.GroupBy(q => (q.Track, q.Level)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.DuplicatePrizeQuota, "tracks", duplicate.Key.Track, duplicate.Key.Level);
        }
        _prizeQuotas = [.. list.OrderBy(q => q.Track).ThenBy(q => q.Level)];
    }

    /// <summary>
    /// Replaces the stage dates. Each stage ends on or after its start; a later stage neither starts
    /// nor ends before the stage before it (预赛 and 复赛 may share a month, as in 2024).
    /// </summary>
    public void SetStages(IEnumerable<ContestStageSchedule> stages)
    {
        var ordered = stages.OrderBy(s => s.Stage).ToList();
        foreach (var stage in ordered)
        {
            Check.Defined(stage.Stage, "stages");
            if (stage.EndDate < stage.StartDate)
            {
                throw new BusinessException(CultivationDomainErrorCodes.StageEndsBeforeItStarts, "stages", stage.Stage);
            }
        }
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var current = ordered[i];
            if (previous.Stage == current.Stage)
            {
                throw new BusinessException(CultivationDomainErrorCodes.DuplicateStage, "stages", current.Stage);
            }
            if (current.StartDate < previous.StartDate || current.EndDate < previous.EndDate)
            {
                throw new BusinessException(CultivationDomainErrorCodes.StageDatesOutOfOrder, "stages", current.Stage, previous.Stage);
            }
        }
        _stages = ordered;
    }

    public bool HasTrack(ContestTrack track) => _prizeQuotas.Any(q => q.Track == track);

    public bool HasPrize(ContestTrack track, PrizeLevel level) => _prizeQuotas.Any(q => q.Track == track && q.Level == level);

    public int? QuotaOf(ContestTrack track, PrizeLevel level) =>
        _prizeQuotas.FirstOrDefault(q => q.Track == track && q.Level == level)?.Quota;

    /// <summary>
    /// The prize-quota rule, for the award API and imports alike: <paramref name="count"/> awards of the level in
    /// the track, over every district, fit the edition's quota (若干, no quota, fits any number).
    /// </summary>
    public bool IsWithinQuota(ContestTrack track, PrizeLevel level, int count) => QuotaOf(track, level) is not { } quota || count <= quota;

    public void EnsureWithinQuota(ContestTrack track, PrizeLevel level, int count)
    {
        if (!IsWithinQuota(track, level, count))
        {
            throw new BusinessException(CultivationDomainErrorCodes.PrizeQuotaExceeded, "prizeLevel", Year, track, level, QuotaOf(track, level)!.Value, count);
        }
    }

    /// <summary>The last day of the final, from which follow-up cadences count.</summary>
    public DateOnly? FinalDate => _stages.FirstOrDefault(s => s.Stage == ContestStage.Final)?.EndDate;

    private static List<string> CleanNames(IEnumerable<string> names, string field)
    {
        var list = names.Select(n => Check.NotNullOrWhiteSpace(n, field, ContestEditionConsts.MaxOrganiserLength)).Distinct().ToList();
        if (list.Count > ContestEditionConsts.MaxOrganisers)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, field);
        }
        return list;
    }
}
