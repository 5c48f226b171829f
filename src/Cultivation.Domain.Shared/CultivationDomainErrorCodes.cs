namespace Cultivation;

/// <summary>
/// Error codes of business rules. Each code has a message under the same key in
/// Localization/Cultivation/{zh-Hans,en}.json.
/// </summary>
public static partial class CultivationDomainErrorCodes
{
    // General 00xxx
    public const string EntityNotFound = "Cultivation:00001";
    public const string ConcurrencyConflict = "Cultivation:00002";
    public const string ValidationFailed = "Cultivation:00003";
    public const string Forbidden = "Cultivation:00004";
    public const string Unauthorized = "Cultivation:00005";
    public const string DuplicateKey = "Cultivation:00006";
    public const string InternalError = "Cultivation:00007";
    public const string ConcurrencyStampRequired = "Cultivation:00008";
    public const string TextHasForbiddenCharacters = "Cultivation:00009";

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
    public const string PrizeQuotaExceeded = "Cultivation:02025";
    public const string FoundedOnOutOfRange = "Cultivation:02026";
    public const string WebsiteNotHttp = "Cultivation:02027";

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

    // Follow-ups 06xxx
    public const string CalendarDayOutsideYear = "Cultivation:06001";
    public const string AdjustedWorkdayNotWeekend = "Cultivation:06002";
    public const string CalendarDayTwice = "Cultivation:06003";
    public const string CadenceRuleTwice = "Cultivation:06004";
    public const string PlanNotPaused = "Cultivation:06005";
    public const string PlanClosed = "Cultivation:06006";
    public const string NextContactNotAfterService = "Cultivation:06007";
    public const string ResolvedBeforeRaised = "Cultivation:06008";
    public const string RequestAlreadyResolved = "Cultivation:06009";
    public const string CalendarYearExists = "Cultivation:06010";
    public const string OfficerNotOfDistrict = "Cultivation:06011";
    public const string PolicyExists = "Cultivation:06012";
    public const string UnknownJob = "Cultivation:06013";

    // Industry fields 03xxx
    public const string IndustryFieldCodeAlreadyExists = "Cultivation:03001";
    public const string IndustryFieldInUse = "Cultivation:03002";

    // Imports 05xxx: the file and the operation 050xx, row messages 051xx, revert 052xx
    public const string ImportFileTooLarge = "Cultivation:05001";
    public const string ImportFileEmpty = "Cultivation:05002";
    public const string ImportFileTypeNotSupported = "Cultivation:05003";
    public const string ImportFileNotAWorkbook = "Cultivation:05004";
    public const string ImportFileNoDataRows = "Cultivation:05005";
    public const string ImportColumnsMissing = "Cultivation:05006";
    public const string ImportDuplicateColumn = "Cultivation:05007";
    public const string ImportTooManyRows = "Cultivation:05008";
    public const string ImportNotInState = "Cultivation:05009";
    public const string ImportHasErrors = "Cultivation:05010";
    public const string ImportCommitFailed = "Cultivation:05011";
    public const string ImportFailed = "Cultivation:05012";
    public const string ImportRowNotFound = "Cultivation:05013";
    public const string ImportNotACandidate = "Cultivation:05014";
    public const string ImportRowNeedsNoReview = "Cultivation:05015";
    public const string ImportFileNotText = "Cultivation:05016";
    public const string ImportNeedsReview = "Cultivation:05017";
    public const string ImportFailedTwice = "Cultivation:05018";
    public const string ImportValueRequired = "Cultivation:05101";
    public const string ImportInvalidCreditCode = "Cultivation:05102";
    public const string ImportOrganisationCodeCheck = "Cultivation:05103";
    public const string ImportUnknownDistrict = "Cultivation:05104";
    public const string ImportUnknownValue = "Cultivation:05105";
    public const string ImportInvalidDate = "Cultivation:05106";
    public const string ImportInvalidNumber = "Cultivation:05107";
    public const string ImportInvalidInteger = "Cultivation:05108";
    public const string ImportTooLong = "Cultivation:05109";
    public const string ImportUnknownEdition = "Cultivation:05110";
    public const string ImportUnknownIndustryField = "Cultivation:05111";
    public const string ImportDuplicateMerged = "Cultivation:05112";
    public const string ImportDuplicateMergedInto = "Cultivation:05113";
    public const string ImportDuplicateConflict = "Cultivation:05114";
    public const string ImportTeamMatchedByName = "Cultivation:05115";
    public const string ImportTeamNeedsReview = "Cultivation:05116";
    public const string ImportSimilarTeamExists = "Cultivation:05117";
    public const string ImportOutOfDistrict = "Cultivation:05118";
    public const string ImportCreditCodeOfDeleted = "Cultivation:05119";
    public const string ImportEnterpriseNotFound = "Cultivation:05120";
    public const string ImportAwardNotFound = "Cultivation:05121";
    public const string ImportQuotaExceeded = "Cultivation:05122";
    public const string ImportKindIgnored = "Cultivation:05123";
    public const string ImportColumnsIgnored = "Cultivation:05124";
    public const string ImportSameFileCommitted = "Cultivation:05125";
    public const string ImportTrackInferred = "Cultivation:05126";
    public const string ImportEditionRequired = "Cultivation:05127";
    public const string ImportRowSkipped = "Cultivation:05128";
    public const string ImportNothingToImport = "Cultivation:05129";
    public const string ImportEditionMismatch = "Cultivation:05130";
    /// <summary>The credit code came as a number (Excel keeps 15 digits of 18): what was lost cannot be read back.</summary>
    public const string ImportCreditCodeStoredAsNumber = "Cultivation:05131";
    public const string ImportRevertFieldChanged = "Cultivation:05201";
    public const string ImportRevertRecordChanged = "Cultivation:05202";
    public const string ImportRevertRecordGone = "Cultivation:05203";
    public const string ImportRevertRejected = "Cultivation:05204";
    public const string ImportRevertReferenced = "Cultivation:05205";

    // Policies 08xxx
    public const string PolicyRuleSetVersionsOverlap = "Cultivation:08001";
    public const string PolicyBandsNotContiguous = "Cultivation:08002";
    public const string PolicyBandsNotOpenEnded = "Cultivation:08003";
    public const string PolicyUnknownMeasure = "Cultivation:08004";
    public const string PolicyUnknownConfirmation = "Cultivation:08005";
    public const string PolicyCriterionIncomplete = "Cultivation:08006";
    public const string PolicyDuplicateCode = "Cultivation:08007";
    public const string PolicyEffectiveRangeInvalid = "Cultivation:08008";
    public const string PolicyRuleSetVersionExists = "Cultivation:08009";
    public const string PolicyNoRuleSetOnDate = "Cultivation:08010";
    public const string PolicyProgrammeNotFound = "Cultivation:08011";
    public const string PolicyCriterionNotFound = "Cultivation:08012";
    public const string PolicyCriterionNotUnverified = "Cultivation:08013";
    public const string PolicyInvalidSubject = "Cultivation:08014";
    public const string PolicyBandPointsOutOfRange = "Cultivation:08015";
    public const string PolicyMinimumUnreachable = "Cultivation:08016";
    public const string PolicyDefinitionEmpty = "Cultivation:08017";
    public const string PolicyScoreWithoutTable = "Cultivation:08018";
    public const string PolicyDefinitionTooDeep = "Cultivation:08019";
    public const string PolicyAggregateNeedsYearlyMeasure = "Cultivation:08020";
    public const string PolicyWindowRequired = "Cultivation:08021";
    public const string PolicyNameRequired = "Cultivation:08022";
    public const string PolicyDuplicateYear = "Cultivation:08023";
    // Profiles and matchmaking 10xxx
    public const string ProfileNeedsConsent = "Cultivation:10001";
    public const string ProfileFinancingRangeReversed = "Cultivation:10003";
    public const string ProfileTooManyChainTags = "Cultivation:10004";
    public const string ProfileNotPublished = "Cultivation:10005";
    public const string ProfileConsentInTheFuture = "Cultivation:10006";
    public const string InterestAlreadyExpressed = "Cultivation:10007";
    public const string InterestNeedsInstitution = "Cultivation:10008";
    public const string SynonymListTooLong = "Cultivation:10009";
    public const string TooManySavedSearches = "Cultivation:10010";
}
