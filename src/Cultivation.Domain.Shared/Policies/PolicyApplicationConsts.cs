namespace Cultivation.Policies;

public static class PolicyBatchConsts
{
    public const int MaxNameLength = 128;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    /// <summary>Bounds on a stage's due period in working days.</summary>
    public const int MinDueDays = 1;
    public const int MaxDueDays = 250;
    public const int DefaultMaterialsDays = 15;
    public const int DefaultDistrictReviewDays = 10;
    public const int DefaultMunicipalReviewDays = 20;
    public const int DefaultDecisionDays = 10;
}

public static class PolicyApplicationConsts
{
    public const int MaxCommentLength = 2000;
    public const int MaxExpertNameLength = 64;
    public const int MaxMaterialCodeLength = 64;
    public const int MaxMaterialNameLength = 128;
    public const int MaxMaterialSourceLength = 256;
    public const int MaxMaterialsPerProgramme = 40;
    public const int MaxActorNameLength = 256;
    public const int MaxScoresPerApplication = 50;
    public const int MaxObjectionsPerApplication = 50;
    public const decimal MinScore = 0m;
    public const decimal MaxScore = 100m;
    public const int MaxBoardCardsPerStage = 50;
    public const int DefaultBoardCardsPerStage = 10;
    /// <summary>Overdue by more than this many working days: the district lead and the city are told.</summary>
    public const int EscalationWorkingDays = 5;
}

public static class PolicyDocumentConsts
{
    /// <summary>10 MB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 128;
    /// <summary>Hex SHA-256.</summary>
    public const int Sha256Length = 64;
}
