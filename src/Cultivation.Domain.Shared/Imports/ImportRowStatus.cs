namespace Cultivation.Imports;

/// <summary>A row's verdict, and the level of each message on it.</summary>
public enum ImportRowStatus
{
    Ok = 1,
    Warning = 2,
    Error = 3
}

/// <summary>What committing the import does with a row.</summary>
public enum ImportRowAction
{
    /// <summary>Nothing (an error row, or a row skipped by the reviewer).</summary>
    None = 0,
    /// <summary>A new enterprise (with what the row adds to it).</summary>
    Create = 1,
    /// <summary>Fields of an existing enterprise, award or figures change, or an award or a year of figures is added.</summary>
    Update = 2,
    /// <summary>Everything in the row is already recorded.</summary>
    Unchanged = 3,
    /// <summary>The same enterprise (and edition or year) as an earlier row: merged into that row.</summary>
    Duplicate = 4
}

/// <summary>A reviewer's decision on a row the import would not decide alone (a maker team without a credit code).</summary>
public enum ImportRowResolution
{
    /// <summary>No decision: an exact match is used; an unclear one blocks the commit.</summary>
    None = 0,
    /// <summary>The row belongs to the chosen existing enterprise.</summary>
    UseExisting = 1,
    /// <summary>The row is a new enterprise although similar ones exist.</summary>
    CreateNew = 2,
    /// <summary>Leave the row out.</summary>
    Skip = 3
}

public enum ImportFileFormat
{
    Xlsx = 1,
    Csv = 2
}
