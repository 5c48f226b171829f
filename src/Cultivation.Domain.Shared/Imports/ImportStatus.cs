namespace Cultivation.Imports;

/// <summary>Where a staged import is. The *Queued and *ing states are background work in progress.</summary>
public enum ImportStatus
{
    Queued = 1,
    Validating = 2,
    /// <summary>Report and preview are ready; the import can be committed when it has no errors.</summary>
    Validated = 3,
    /// <summary>Validation stopped on an unexpected failure (the file is kept; upload again).</summary>
    Failed = 4,
    CommitQueued = 5,
    Committing = 6,
    Committed = 7,
    RevertQueued = 8,
    Reverting = 9,
    Reverted = 10,
    /// <summary>Reverted except fields changed again after the import (listed as conflicts).</summary>
    PartiallyReverted = 11,
    /// <summary>Set aside before it was committed by its uploader or an administrator; its rows and file are gone.</summary>
    Discarded = 12
}

public static class ImportStatusExtensions
{
    /// <summary>Whether background work is queued or running for the import.</summary>
    public static bool IsInProgress(this ImportStatus status) => status is ImportStatus.Queued or ImportStatus.Validating
        or ImportStatus.CommitQueued or ImportStatus.Committing or ImportStatus.RevertQueued or ImportStatus.Reverting;
}
