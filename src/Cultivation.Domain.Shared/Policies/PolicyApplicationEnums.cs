namespace Cultivation.Policies;

/// <summary>
/// Where an application (申报) stands: the four working stages in order, then how it ended. Stage numbers are ordered, so
/// "reached a stage" reads as "furthest stage ≥ it".
/// </summary>
public enum PolicyApplicationStage
{
    /// <summary>推荐入库 / 材料准备: recommended by the district; the materials checklist is being completed.</summary>
    Materials = 1,
    /// <summary>区级初审: the district checks the materials (on-site check) and approves, returns or rejects.</summary>
    DistrictReview = 2,
    /// <summary>市级评审: experts score; the city advances it to 公示 or rejects it.</summary>
    MunicipalReview = 3,
    /// <summary>公示: published; objections are recorded and resolved before the decision.</summary>
    Publicity = 4,
    /// <summary>认定 / 入选 / 立项.</summary>
    Granted = 5,
    /// <summary>Not granted (by the district, the city's review or the decision), with the reason.</summary>
    Rejected = 6,
    /// <summary>Withdrawn by the district before the decision.</summary>
    Withdrawn = 7
}

/// <summary>What happened to an application: each is one row of its history.</summary>
public enum PolicyApplicationAction
{
    Recommended = 1,
    DocumentUploaded = 2,
    MaterialReceived = 3,
    Submitted = 4,
    DistrictApproved = 5,
    ReturnedForCorrection = 6,
    DistrictRejected = 7,
    ScoreRecorded = 8,
    PublicityStarted = 9,
    MunicipalRejected = 10,
    ObjectionRecorded = 11,
    ObjectionResolved = 12,
    Granted = 13,
    Rejected = 14,
    Withdrawn = 15
}

/// <summary>How far an item of the materials checklist is.</summary>
public enum PolicyMaterialStatus
{
    Missing = 1,
    /// <summary>A document was uploaded and stored.</summary>
    Uploaded = 2,
    /// <summary>The officer received it (paper, or checked elsewhere) and marked it so.</summary>
    Received = 3
}

/// <summary>How an objection raised during 公示 was resolved.</summary>
public enum PolicyObjectionOutcome
{
    /// <summary>成立: the objection holds; the application is normally rejected.</summary>
    Upheld = 1,
    /// <summary>不成立: dismissed.</summary>
    Dismissed = 2
}
