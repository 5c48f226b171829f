namespace Cultivation;

/// <summary>
/// Error codes of business rules. Each code has a message under the same key in
/// Localization/Cultivation/{zh-Hans,en}.json.
/// </summary>
public static class CultivationDomainErrorCodes
{
    // General 00xxx
    public const string EntityNotFound = "Cultivation:00001";
    public const string ConcurrencyConflict = "Cultivation:00002";
    public const string ValidationFailed = "Cultivation:00003";
    public const string Forbidden = "Cultivation:00004";
    public const string Unauthorized = "Cultivation:00005";
    public const string DuplicateKey = "Cultivation:00006";
    public const string InternalError = "Cultivation:00007";

    // Contests 01xxx
    public const string StageDatesOutOfOrder = "Cultivation:01001";
    public const string StageEndsBeforeItStarts = "Cultivation:01002";
    public const string DuplicateStage = "Cultivation:01003";
    public const string DuplicateTrack = "Cultivation:01004";
    public const string DuplicatePrizeQuota = "Cultivation:01005";
    public const string PrizeQuotaMustNotBeNegative = "Cultivation:01006";
    public const string EditionYearAlreadyExists = "Cultivation:01007";
    public const string EditionHasAwards = "Cultivation:01008";
    public const string EditionNeedsATrack = "Cultivation:01009";
    public const string TrackStillHasAwards = "Cultivation:01010";

    // Enterprises 02xxx
    public const string InvalidCreditCode = "Cultivation:02001";
    public const string CreditCodeAlreadyRegistered = "Cultivation:02002";
    public const string CompanyNeedsCreditCode = "Cultivation:02003";
    public const string AlreadyIncorporated = "Cultivation:02004";
    public const string PrizeLevelNotInTrack = "Cultivation:02005";
    public const string TrackNotInEdition = "Cultivation:02006";
    public const string PrizeNeedsFinal = "Cultivation:02007";
    public const string AdvancementNotInTrack = "Cultivation:02008";
    public const string AdvancementNeedsFinal = "Cultivation:02009";
    public const string AdvancementYearRequired = "Cultivation:02010";
    public const string NationalPrizeNeedsTopList = "Cultivation:02011";
    public const string AwardAlreadyRecorded = "Cultivation:02012";
    public const string FiguresYearAlreadyRecorded = "Cultivation:02013";
    public const string FiguresYearOutOfRange = "Cultivation:02014";
    public const string AmountMustNotBeNegative = "Cultivation:02015";
    public const string MainBusinessExceedsRevenue = "Cultivation:02016";
    public const string RdStaffExceedsEmployees = "Cultivation:02017";
    public const string HighValueExceedsClassI = "Cultivation:02018";
    public const string FoundedInTheFuture = "Cultivation:02019";
    public const string DistrictNotFound = "Cultivation:02020";
    public const string IndustryFieldNotFound = "Cultivation:02021";
    public const string EditionNotFound = "Cultivation:02022";
    public const string AdvancementYearBeforeEdition = "Cultivation:02023";
    public const string ExportTooLarge = "Cultivation:02024";

    // Identity 04xxx
    public const string InvalidCredentials = "Cultivation:04001";
    public const string UserLockedOut = "Cultivation:04002";
    public const string UserDisabled = "Cultivation:04003";
    public const string InvalidRefreshToken = "Cultivation:04004";
    public const string PasswordRejected = "Cultivation:04005";
    public const string DistrictRequiredForOfficer = "Cultivation:04006";
    public const string DistrictOnlyForOfficer = "Cultivation:04007";
    public const string InstitutionRequiredForInvestor = "Cultivation:04008";
    public const string InstitutionOnlyForInvestor = "Cultivation:04009";
    public const string UnknownRole = "Cultivation:04010";
    public const string UnknownPermission = "Cultivation:04011";
    public const string CannotDeleteYourself = "Cultivation:04012";
    public const string AdminMustKeepUserManagement = "Cultivation:04013";
    public const string UserNameTaken = "Cultivation:04014";
    public const string InstitutionNotFound = "Cultivation:04015";
    public const string InvestorCannotHoldOtherRoles = "Cultivation:04016";
    public const string DistrictOutOfScope = "Cultivation:04017";

    // Industry fields 03xxx
    public const string IndustryFieldCodeAlreadyExists = "Cultivation:03001";
    public const string IndustryFieldInUse = "Cultivation:03002";
}
