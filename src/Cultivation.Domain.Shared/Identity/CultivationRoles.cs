namespace Cultivation.Identity;

/// <summary>The seeded roles (DESIGN.md, "Who uses it").</summary>
public static class CultivationRoles
{
    /// <summary>市经信委 / 市中小企业发展服务中心 administrators: everything, users and catalogues.</summary>
    public const string MunicipalAdmin = "MunicipalAdmin";

    /// <summary>Municipal staff reviewing all districts.</summary>
    public const string MunicipalReviewer = "MunicipalReviewer";

    /// <summary>A district SME officer (区中小企业主管部门), bound to one district.</summary>
    public const string DistrictOfficer = "DistrictOfficer";

    /// <summary>An investor or bank, bound to one institution.</summary>
    public const string Investor = "Investor";

    public static readonly IReadOnlyList<string> All = [MunicipalAdmin, MunicipalReviewer, DistrictOfficer, Investor];
}
