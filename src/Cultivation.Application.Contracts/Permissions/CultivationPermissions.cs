namespace Cultivation.Permissions;

/// <summary>
/// Every permission name, as ABP spells them: "Cultivation.&lt;Feature&gt;" and ".&lt;Action&gt;" below it.
/// Each endpoint requires one of these; roles are granted them.
/// </summary>
public static class CultivationPermissions
{
    public const string GroupName = "Cultivation";

    public static class Contests
    {
        public const string Default = GroupName + ".Contests";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";
    }

    public static class Districts
    {
        public const string Default = GroupName + ".Districts";
        /// <summary>Name a district's default officer and lead.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class FollowUps
    {
        public const string Default = GroupName + ".FollowUps";
        /// <summary>Assign, pause, resume and close plans.</summary>
        public const string Manage = Default + ".Manage";
        /// <summary>Log services and work on requests.</summary>
        public const string Services = Default + ".Services";
        /// <summary>Edit editions' cadence policies.</summary>
        public const string Policies = Default + ".Policies";
        /// <summary>Maintain the statutory holiday calendar.</summary>
        public const string Calendar = Default + ".Calendar";
        /// <summary>See district coverage (优秀组织奖).</summary>
        public const string Coverage = Default + ".Coverage";
    }

    public static class Jobs
    {
        public const string Default = GroupName + ".Jobs";
        public const string Trigger = Default + ".Trigger";
    }

    public static class IndustryFields
    {
        public const string Default = GroupName + ".IndustryFields";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";
    }

    public static class Enterprises
    {
        public const string Default = GroupName + ".Enterprises";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";
        public const string Export = Default + ".Export";
        /// <summary>Record, change and remove award records.</summary>
        public const string Awards = Default + ".Awards";
        /// <summary>Record, change and remove yearly figures.</summary>
        public const string Figures = Default + ".Figures";
        /// <summary>Add, change and remove contacts.</summary>
        public const string Contacts = Default + ".Contacts";
    }

    public static class Imports
    {
        /// <summary>See imports, their reports and previews; download templates.</summary>
        public const string Default = GroupName + ".Imports";
        /// <summary>Upload files and commit imports.</summary>
        public const string Create = Default + ".Create";
        /// <summary>Take a committed import back.</summary>
        public const string Revert = Default + ".Revert";
    }

    /// <summary>See personal data (phones, e-mails, ID numbers) unmasked.</summary>
    public const string PersonalData = GroupName + ".PersonalData";

    public static class Users
    {
        public const string Default = GroupName + ".Users";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";
    }

    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public static class AuditLogs
    {
        public const string Default = GroupName + ".AuditLogs";
    }

    public static class Policies
    {
        /// <summary>See programmes and their rule sets.</summary>
        public const string Default = GroupName + ".Policies";
        /// <summary>Add and edit rule-set versions; confirm unverified criteria.</summary>
        public const string ManageRules = Default + ".ManageRules";
        /// <summary>Use the policy calculator (政策计算器).</summary>
        public const string Calculate = Default + ".Calculate";
        /// <summary>Assess an enterprise and store the assessment with its facts and rule version.</summary>
        public const string Assess = Default + ".Assess";
    }

    public static class PolicyApplications
    {
        /// <summary>See applications (申报) and batches: an officer its district's, municipal staff all; download their documents.</summary>
        public const string Default = GroupName + ".PolicyApplications";
        /// <summary>Recommend an enterprise of one's district, complete its materials, submit it to 初审, withdraw it.</summary>
        public const string Recommend = Default + ".Recommend";
        /// <summary>区级初审: approve with the on-site check, return for correction, reject.</summary>
        public const string DistrictReview = Default + ".DistrictReview";
        /// <summary>市级评审: record expert scores, start the 公示, record and resolve objections, reject.</summary>
        public const string MunicipalReview = Default + ".MunicipalReview";
        /// <summary>Decide after the 公示: 认定 / 入选 / 立项 or rejected.</summary>
        public const string Decide = Default + ".Decide";
        /// <summary>Open and change batches and programmes' materials checklists.</summary>
        public const string ManageBatches = Default + ".ManageBatches";
        /// <summary>See the funnel by district of a programme and batch.</summary>
        public const string Funnel = Default + ".Funnel";
    }

    public static class Institutions
    {
        public const string Default = GroupName + ".Institutions";
        public const string Manage = Default + ".Manage";
    }

    public static class Profiles
    {
        /// <summary>See the profiles of the enterprises in one's scope, drafts included.</summary>
        public const string Default = GroupName + ".Profiles";
        /// <summary>Write profiles, record consent, publish and withdraw.</summary>
        public const string Edit = Default + ".Edit";
        /// <summary>Rebuild the search index, see its health, edit the synonym list.</summary>
        public const string ManageIndex = Default + ".ManageIndex";
    }

    public static class ProfileSearch
    {
        /// <summary>Search and read published profiles (investors), and staff's profiles over their scope; keep saved searches.</summary>
        public const string Default = GroupName + ".ProfileSearch";
        /// <summary>Express an institution's interest in a published profile.</summary>
        public const string ExpressInterest = Default + ".ExpressInterest";
    }

    public static class Introductions
    {
        /// <summary>See introductions: an officer its district's, an investor its institution's.</summary>
        public const string Default = GroupName + ".Introductions";
    }
}
