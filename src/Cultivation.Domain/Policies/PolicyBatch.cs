using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.FollowUps;
using Cultivation.Repositories;

namespace Cultivation.Policies;

/// <summary>
/// 申报批次: one window of a programme (opens, closes), its 公示 dates when known, and how many working days each stage
/// may take. Districts recommend only while the window is open.
/// </summary>
public class PolicyBatch : FullAuditedAggregateRoot<Guid>
{
    public Guid ProgrammeId { get; private set; }
    public string Name { get; private set; } = null!;
    public int Year { get; private set; }
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }
    public DateOnly? PublicityStartsOn { get; private set; }
    public DateOnly? PublicityEndsOn { get; private set; }
    public int MaterialsDays { get; private set; }
    public int DistrictReviewDays { get; private set; }
    public int MunicipalReviewDays { get; private set; }
    public int DecisionDays { get; private set; }

    private PolicyBatch()
    {
    }

    public PolicyBatch(Guid id, Guid programmeId, PolicyBatchDetails details) : base(id)
    {
        ProgrammeId = programmeId;
        Change(details);
    }

    public void Change(PolicyBatchDetails details)
    {
        Name = Check.NotNullOrWhiteSpace(details.Name, "name", PolicyBatchConsts.MaxNameLength);
        if (details.Year is < PolicyBatchConsts.MinYear or > PolicyBatchConsts.MaxYear)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, "year");
        }
        if (details.ClosesOn < details.OpensOn)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyBatchDatesOutOfOrder, "closesOn", details.OpensOn.ToString("yyyy-MM-dd"));
        }
        if (details.PublicityStartsOn is null != details.PublicityEndsOn is null
            || details.PublicityEndsOn < details.PublicityStartsOn || details.PublicityStartsOn < details.OpensOn)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyBatchPublicityDatesInvalid, "publicityEndsOn");
        }
        Year = details.Year;
        OpensOn = details.OpensOn;
        ClosesOn = details.ClosesOn;
        PublicityStartsOn = details.PublicityStartsOn;
        PublicityEndsOn = details.PublicityEndsOn;
        MaterialsDays = Days(details.MaterialsDays, "materialsDays");
        DistrictReviewDays = Days(details.DistrictReviewDays, "districtReviewDays");
        MunicipalReviewDays = Days(details.MunicipalReviewDays, "municipalReviewDays");
        DecisionDays = Days(details.DecisionDays, "decisionDays");
    }

    public bool IsOpenOn(DateOnly date) => OpensOn <= date && date <= ClosesOn;

    /// <summary>
    /// When a stage entered on <paramref name="enteredOn"/> is due, in working days of the statutory calendar; 公示 is due
    /// its decision period after the 公示 ends. Decided stages are due never.
    /// </summary>
    public DateOnly? DueOn(PolicyApplicationStage stage, DateOnly enteredOn, DateOnly? publicityEndsOn, WorkingDayCalendar calendar) => stage switch
    {
        PolicyApplicationStage.Materials => calendar.AddWorkingDays(enteredOn, MaterialsDays),
        PolicyApplicationStage.DistrictReview => calendar.AddWorkingDays(enteredOn, DistrictReviewDays),
        PolicyApplicationStage.MunicipalReview => calendar.AddWorkingDays(enteredOn, MunicipalReviewDays),
        PolicyApplicationStage.Publicity => calendar.AddWorkingDays(publicityEndsOn ?? enteredOn, DecisionDays),
        _ => null
    };

    private static int Days(int days, string field) =>
        days is < PolicyBatchConsts.MinDueDays or > PolicyBatchConsts.MaxDueDays
            ? throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, field)
            : days;
}

public sealed record PolicyBatchDetails(
    string Name, int Year, DateOnly OpensOn, DateOnly ClosesOn, DateOnly? PublicityStartsOn, DateOnly? PublicityEndsOn,
    int MaterialsDays = PolicyBatchConsts.DefaultMaterialsDays, int DistrictReviewDays = PolicyBatchConsts.DefaultDistrictReviewDays,
    int MunicipalReviewDays = PolicyBatchConsts.DefaultMunicipalReviewDays, int DecisionDays = PolicyBatchConsts.DefaultDecisionDays);

public interface IPolicyBatchRepository : IRepository<PolicyBatch, Guid>;

/// <summary>
/// A programme's pipeline template as data: the materials checklist an application starts with (copied into the
/// application when it is recommended, so a later edit changes only new applications).
/// </summary>
public class PolicyPipelineTemplate : AuditedAggregateRoot<Guid>
{
    public Guid ProgrammeId { get; private set; }
    public List<PolicyMaterialItem> Materials { get; private set; } = [];

    private PolicyPipelineTemplate()
    {
    }

    public PolicyPipelineTemplate(Guid id, Guid programmeId, IReadOnlyList<PolicyMaterialItem> materials) : base(id)
    {
        ProgrammeId = programmeId;
        ChangeMaterials(materials);
    }

    public void ChangeMaterials(IReadOnlyList<PolicyMaterialItem> materials)
    {
        if (materials.Count > PolicyApplicationConsts.MaxMaterialsPerProgramme)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyMaterialChecklistInvalid, "materials");
        }
        var items = new List<PolicyMaterialItem>();
        for (var i = 0; i < materials.Count; i++)
        {
            var m = materials[i];
            var item = m with
            {
                Code = Check.NotNullOrWhiteSpace(m.Code, $"materials[{i}].code", PolicyApplicationConsts.MaxMaterialCodeLength),
                Name = Check.NotNullOrWhiteSpace(m.Name, $"materials[{i}].name", PolicyApplicationConsts.MaxMaterialNameLength),
                EnglishName = Check.NotNullOrWhiteSpace(m.EnglishName, $"materials[{i}].englishName", PolicyApplicationConsts.MaxMaterialNameLength),
                Source = Check.Length(m.Source, $"materials[{i}].source", PolicyApplicationConsts.MaxMaterialSourceLength)
            };
            if (items.Any(x => string.Equals(x.Code, item.Code, StringComparison.OrdinalIgnoreCase)))
            {
                throw new BusinessException(CultivationDomainErrorCodes.PolicyMaterialChecklistInvalid, $"materials[{i}].code");
            }
            items.Add(item);
        }
        Materials = items;
    }
}

public interface IPolicyPipelineTemplateRepository : IRepository<PolicyPipelineTemplate, Guid>
{
    Task<PolicyPipelineTemplate?> FindByProgrammeAsync(Guid programmeId, CancellationToken cancellationToken = default);
}
