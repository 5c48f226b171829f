namespace Cultivation;

/// <summary>The application pipeline's codes (08101–08199), kept apart from the rule-set codes (080xx).</summary>
public static partial class CultivationDomainErrorCodes
{
    public const string PolicyBatchDatesOutOfOrder = "Cultivation:08101";
    public const string PolicyBatchPublicityDatesInvalid = "Cultivation:08102";
    public const string PolicyBatchNotOpen = "Cultivation:08103";
    public const string PolicyApplicationAlreadyOpen = "Cultivation:08104";
    public const string PolicyApplicationWrongStage = "Cultivation:08105";
    public const string PolicyApplicationMaterialsIncomplete = "Cultivation:08106";
    public const string PolicyApplicationNeedsScore = "Cultivation:08107";
    public const string PolicyApplicationObjectionsUnresolved = "Cultivation:08108";
    public const string PolicyApplicationPublicityNotOver = "Cultivation:08109";
    public const string PolicyApplicationAmountRequired = "Cultivation:08110";
    public const string PolicyApplicationAmountNotApplicable = "Cultivation:08111";
    public const string PolicyApplicationScoreOutOfRange = "Cultivation:08112";
    public const string PolicyApplicationMaterialNotFound = "Cultivation:08113";
    public const string PolicyApplicationAssessmentMismatch = "Cultivation:08114";
    public const string PolicyDocumentTooLarge = "Cultivation:08115";
    public const string PolicyDocumentTypeNotAllowed = "Cultivation:08116";
    public const string PolicyDocumentEmpty = "Cultivation:08117";
    public const string PolicyApplicationObjectionAlreadyResolved = "Cultivation:08119";
    public const string PolicyApplicationCommentRequired = "Cultivation:08120";
    public const string PolicyMaterialChecklistInvalid = "Cultivation:08121";
    public const string PolicyApplicationTooManyScores = "Cultivation:08122";
    public const string PolicyApplicationPublicityDatesInvalid = "Cultivation:08123";

    /// <summary>Pipeline rules whose breach means "not now, in this state" (HTTP 409), not "your input is wrong".</summary>
    public static readonly IReadOnlySet<string> PolicyApplicationConflicts = new HashSet<string>
    {
        PolicyBatchNotOpen, PolicyApplicationAlreadyOpen, PolicyApplicationWrongStage, PolicyApplicationMaterialsIncomplete,
        PolicyApplicationNeedsScore, PolicyApplicationObjectionsUnresolved, PolicyApplicationPublicityNotOver,
        PolicyApplicationObjectionAlreadyResolved, PolicyApplicationTooManyScores
    };
}
