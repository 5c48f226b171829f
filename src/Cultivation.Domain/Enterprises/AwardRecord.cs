using Cultivation.Contests;
using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Enterprises;

/// <summary>
/// What an enterprise achieved in one edition (获奖记录): the track, the furthest stage, the prize (or none),
/// and how far it went nationally afterwards. Checked against the edition it belongs to.
/// </summary>
public class AwardRecord : AuditedEntity<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    public Guid EditionId { get; private set; }
    /// <summary>The edition's year, kept here so lists can sort and filter awards without a join.</summary>
    public int EditionYear { get; private set; }
    public ContestTrack Track { get; private set; }
    public ContestStage StageReached { get; private set; }
    public PrizeLevel? PrizeLevel { get; private set; }
    public string ProjectName { get; private set; } = null!;
    public Guid? IndustryFieldId { get; private set; }
    public NationalAdvancement? NationalAdvancement { get; private set; }
    public int? NationalAdvancementYear { get; private set; }
    /// <summary>A prize won in the national final (only 50强 / 10强 compete there).</summary>
    public PrizeLevel? NationalPrize { get; private set; }

    private AwardRecord()
    {
    }

    internal AwardRecord(Guid id, Enterprise enterprise, ContestEdition edition, AwardDetails details) : base(id)
    {
        EnterpriseId = enterprise.Id;
        DistrictId = enterprise.DistrictId;
        Update(edition, details);
    }

    internal void Update(ContestEdition edition, AwardDetails details)
    {
        Validate(edition, details);
        EditionId = edition.Id;
        EditionYear = edition.Year;
        Track = details.Track;
        StageReached = details.StageReached;
        PrizeLevel = details.PrizeLevel;
        ProjectName = Check.NotNullOrWhiteSpace(details.ProjectName, "projectName", AwardRecordConsts.MaxProjectNameLength);
        IndustryFieldId = details.IndustryFieldId;
        NationalAdvancement = details.NationalAdvancement;
        NationalAdvancementYear = details.NationalAdvancement is null ? null : details.NationalAdvancementYear;
        NationalPrize = details.NationalPrize;
    }

    private static void Validate(ContestEdition edition, AwardDetails details)
    {
        Check.Defined(details.Track, "track");
        Check.Defined(details.StageReached, "stageReached");
        if (!edition.HasTrack(details.Track))
        {
            throw new BusinessException(CultivationDomainErrorCodes.TrackNotInEdition, "track", details.Track, edition.Year);
        }
        if (details.PrizeLevel is { } level)
        {
            if (!edition.HasPrize(details.Track, level))
            {
                throw new BusinessException(CultivationDomainErrorCodes.PrizeLevelNotInTrack, "prizeLevel", level, details.Track, edition.Year);
            }
            if (details.StageReached != ContestStage.Final)
            {
                throw new BusinessException(CultivationDomainErrorCodes.PrizeNeedsFinal, "stageReached");
            }
        }
        if (details.NationalAdvancement is { } advancement)
        {
            Check.Defined(advancement, "nationalAdvancement");
            if (advancement.Track() != details.Track)
            {
                throw new BusinessException(CultivationDomainErrorCodes.AdvancementNotInTrack, "nationalAdvancement", advancement, details.Track);
            }
            if (details.StageReached != ContestStage.Final)
            {
                throw new BusinessException(CultivationDomainErrorCodes.AdvancementNeedsFinal, "stageReached");
            }
            if (details.NationalAdvancementYear is not { } year)
            {
                throw new BusinessException(CultivationDomainErrorCodes.AdvancementYearRequired, "nationalAdvancementYear");
            }
            if (year < edition.Year || year > edition.Year + 1)
            {
                throw new BusinessException(CultivationDomainErrorCodes.AdvancementYearBeforeEdition, "nationalAdvancementYear", edition.Year);
            }
        }
        if (details.NationalPrize is not null && details.NationalAdvancement?.IsFinalist() != true)
        {
            throw new BusinessException(CultivationDomainErrorCodes.NationalPrizeNeedsTopList, "nationalPrize");
        }
    }
}

public sealed record AwardDetails(
    ContestTrack Track,
    ContestStage StageReached,
    PrizeLevel? PrizeLevel,
    string ProjectName,
    Guid? IndustryFieldId = null,
    NationalAdvancement? NationalAdvancement = null,
    int? NationalAdvancementYear = null,
    PrizeLevel? NationalPrize = null);
