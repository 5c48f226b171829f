namespace Cultivation.Policies;

/// <summary>Where a title stands.</summary>
public enum EnterpriseTitleStatus
{
    /// <summary>Held and within its validity (or awaiting 复核 on an open-ended title).</summary>
    Active = 1,
    /// <summary>Its validity ended without renewal.</summary>
    Lapsed = 2,
    /// <summary>Withdrawn by the authority, with a reason.</summary>
    Revoked = 3
}

/// <summary>How the title came into the system.</summary>
public enum EnterpriseTitleSource
{
    /// <summary>Granted by a decision of an application in the pipeline.</summary>
    Application = 1,
    /// <summary>Recorded by an officer: granted before the system, with its 文号 and evidence.</summary>
    Recorded = 2
}

/// <summary>What a screening list holds.</summary>
public enum PolicyScreeningList
{
    Eligible = 1,
    /// <summary>Not eligible, with at least one failing comparison within the rule set's near-miss margin (the gap is named).</summary>
    NearMiss = 2,
    NeedsEvidence = 3,
    NotEligible = 4
}
