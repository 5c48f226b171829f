namespace Cultivation.Policies;

/// <summary>
/// The yes/no facts a person confirms, by the name rule sets use. Qualitative items of the standards that have
/// no numeric test become one of these; until someone confirms it the criterion is missing.
/// </summary>
public static class PolicyConfirmations
{
    /// <summary>Registered in Shanghai with independent legal-person status.</summary>
    public const string RegisteredInShanghai = nameof(RegisteredInShanghai);
    /// <summary>Meets 《中小企业划型标准规定》.</summary>
    public const string MeetsSmeSizeStandard = nameof(MeetsSmeSizeStandard);
    /// <summary>Not on 经营异常名录 / 严重失信 lists, products not prohibited or restricted, no major accident or tax violation in 3 years.</summary>
    public const string ClearOfNegativeRecords = nameof(ClearOfNegativeRecords);
    /// <summary>Main product in 《战略性新兴产业分类》.</summary>
    public const string MainProductStrategicEmerging = nameof(MainProductStrategicEmerging);
    /// <summary>Main business fits Shanghai's priority industries.</summary>
    public const string MainBusinessInPriorityIndustry = nameof(MainBusinessInPriorityIndustry);
    /// <summary>Governance is standardised (公司治理规范).</summary>
    public const string GovernanceStandardised = nameof(GovernanceStandardised);
    /// <summary>At least one core business (R&amp;D design, production or supply chain) runs on an information system.</summary>
    public const string CoreBusinessOnInformationSystem = nameof(CoreBusinessOnInformationSystem);
    /// <summary>Holds a management-system certificate or a developed-market product certificate.</summary>
    public const string HoldsManagementCertificate = nameof(HoldsManagementCertificate);
    /// <summary>Owns a competitive brand of its own.</summary>
    public const string OwnsCompetitiveBrand = nameof(OwnsCompetitiveBrand);
    /// <summary>Main product's niche market share "较为靠前" (reviewers judge).</summary>
    public const string NicheShareAmongLeaders = nameof(NicheShareAmongLeaders);
    /// <summary>Has its own R&amp;D institution or one built with a university or institute.</summary>
    public const string HasOwnRdInstitution = nameof(HasOwnRdInstitution);
    /// <summary>The IP counted is applied in the main product and produces benefit.</summary>
    public const string IpAppliedInMainProduct = nameof(IpAppliedInMainProduct);
    /// <summary>Sits at a key link of the industrial chain (补短板/锻长板/填空白).</summary>
    public const string KeyChainLink = nameof(KeyChainLink);
    /// <summary>Main product in 工业"六基", the ten key manufacturing industries or 网络强国 priorities.</summary>
    public const string MainProductInKeyField = nameof(MainProductInKeyField);
    /// <summary>The project meets the special fund's current call (categories, amounts: UNVERIFIED).</summary>
    public const string ProjectMeetsFundCall = nameof(ProjectMeetsFundCall);
    /// <summary>Nominated by the organiser for an onward selection (创客中国 national, 总工会, 妇联).</summary>
    public const string NominatedByOrganiser = nameof(NominatedByOrganiser);
    /// <summary>Led by a woman (妇联 women-led projects).</summary>
    public const string WomanLed = nameof(WomanLed);

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        RegisteredInShanghai, MeetsSmeSizeStandard, ClearOfNegativeRecords, MainProductStrategicEmerging,
        MainBusinessInPriorityIndustry, GovernanceStandardised, CoreBusinessOnInformationSystem, HoldsManagementCertificate,
        OwnsCompetitiveBrand, NicheShareAmongLeaders, HasOwnRdInstitution, IpAppliedInMainProduct, KeyChainLink,
        MainProductInKeyField, ProjectMeetsFundCall, NominatedByOrganiser, WomanLed
    };
}
