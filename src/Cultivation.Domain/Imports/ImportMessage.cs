namespace Cultivation.Imports;

/// <summary>
/// One finding on a row (or on the whole file): its level, a <see cref="CultivationDomainErrorCodes"/> code whose
/// localized text is the message, the domain field it concerns (camelCase, as <c>BusinessException.Field</c>),
/// and the text arguments. An argument "Enum:Type.Value" or "Column:key" is shown by its localized name.
/// </summary>
public sealed record ImportMessage(ImportRowStatus Level, string Code, string? Field, string[] Args)
{
    public static ImportMessage Error(string code, string? field, params object?[] args) => new(ImportRowStatus.Error, code, field, Texts(args));

    public static ImportMessage Warning(string code, string? field, params object?[] args) => new(ImportRowStatus.Warning, code, field, Texts(args));

    /// <summary>Arguments as text; enums as "Enum:Type.Value" so that each language shows its own name.</summary>
    public static string[] Texts(IEnumerable<object?> args) => args.Select(Text).ToArray();

    public static string Text(object? arg) => arg switch
    {
        null => string.Empty,
        Enum e => $"Enum:{e.GetType().Name}.{e}",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => arg.ToString() ?? string.Empty
    };
}

/// <summary>One field a row sets, with the value before and after (invariant text, see <see cref="ImportFields.Format"/>).</summary>
public sealed record ImportFieldChange(string Entity, string Field, string? OldValue, string? NewValue);

/// <summary>An existing enterprise a row without a credit code may belong to, for the reviewer to choose.</summary>
public sealed record ImportCandidate(Guid EnterpriseId, string Name, string? LeadName, string? CreditCode, Guid DistrictId, int[] EditionYears);

/// <summary>A prize level over its quota in a track of an edition.</summary>
public sealed record ImportQuotaBreach(int EditionYear, Contests.ContestTrack Track, Contests.PrizeLevel Level, int Quota, int Count);

/// <summary>How a column of the file was read.</summary>
public sealed record ImportColumnMapping(string Header, string Key, decimal Multiplier);

/// <summary>
/// A field (or a record the import created) the revert left as it is, and why (<see cref="Code"/>; for a restore the
/// domain refused, <see cref="Detail"/> is the rule's code).
/// </summary>
public sealed record ImportRevertConflict(int RowNumber, Guid EnterpriseId, string EnterpriseName, string Entity, string? Field,
    string? ImportedValue, string? CurrentValue, string Code, string? Detail = null);
