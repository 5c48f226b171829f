using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Enterprises;

namespace Cultivation.Policies;

/// <summary>
/// A stored eligibility assessment (资格评估) of one enterprise for one programme on one date: the rule version used,
/// the facts as given and the evaluation as it came out. It explains itself the same way after the rules change;
/// it is never re-evaluated.
/// </summary>
public class PolicyAssessment : AuditedAggregateRoot<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string ProgrammeCode { get; private set; } = null!;
    public Guid RuleSetId { get; private set; }
    public string RuleSetVersion { get; private set; } = null!;
    public DateOnly AssessmentDate { get; private set; }
    public PolicyOutcome Outcome { get; private set; }
    /// <summary>The input snapshot (<see cref="PolicyFacts"/>) as JSON.</summary>
    public string Facts { get; private set; } = null!;
    /// <summary>The evaluation (<see cref="PolicyEvaluation"/>) as JSON, texts included.</summary>
    public string Result { get; private set; } = null!;

    private PolicyAssessment()
    {
    }

    public PolicyAssessment(Guid id, Enterprise enterprise, PolicyProgramme programme, PolicyRuleSet ruleSet, PolicyFacts facts, PolicyEvaluation evaluation)
        : base(id)
    {
        EnterpriseId = enterprise.Id;
        DistrictId = enterprise.DistrictId;
        ProgrammeId = programme.Id;
        ProgrammeCode = programme.Code;
        RuleSetId = ruleSet.Id;
        RuleSetVersion = ruleSet.Version;
        AssessmentDate = evaluation.AssessmentDate;
        Outcome = evaluation.Outcome;
        Facts = PolicyJson.Serialize(facts);
        Result = PolicyJson.Serialize(evaluation);
    }

    public PolicyFacts ReadFacts() => PolicyJson.Deserialize<PolicyFacts>(Facts);

    public PolicyEvaluation ReadResult() => PolicyJson.Deserialize<PolicyEvaluation>(Result);
}
