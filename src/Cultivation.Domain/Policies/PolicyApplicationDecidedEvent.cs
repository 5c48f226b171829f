namespace Cultivation.Policies;

/// <summary>
/// A programme decided an application (the pipeline's last stage). A granted decision of a programme that confers a
/// title (认定 / 入选) starts that title's validity; a project's support carries its amount.
/// </summary>
public sealed record PolicyApplicationDecidedEvent(
    Guid ApplicationId,
    Guid EnterpriseId,
    Guid DistrictId,
    Guid ProgrammeId,
    string ProgrammeCode,
    Guid? RuleSetId,
    PolicyDecision Decision,
    DateOnly DecidedOn,
    decimal? GrantedAmount);
