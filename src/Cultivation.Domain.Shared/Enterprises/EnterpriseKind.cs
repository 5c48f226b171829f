namespace Cultivation.Enterprises;

/// <summary>A registered company, or a maker team (创客团队) that may incorporate later.</summary>
public enum EnterpriseKind
{
    Company = 1,
    MakerTeam = 2
}
