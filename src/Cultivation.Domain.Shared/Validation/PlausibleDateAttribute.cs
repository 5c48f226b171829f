using System.ComponentModel.DataAnnotations;

namespace Cultivation.Validation;

/// <summary>
/// Refuses dates outside the years a record of ours can be about (year 0001 is a client's default value, not a
/// founding date). The HTTP layer puts it on every date input.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PlausibleDateAttribute : ValidationAttribute
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public PlausibleDateAttribute() => ErrorMessage = "Validation:PlausibleDate";

    public override bool IsValid(object? value)
    {
        var year = value switch
        {
            DateOnly date => date.Year,
            DateTime time => time.Year,
            DateTimeOffset instant => instant.Year,
            _ => (int?)null
        };
        return year is null or (>= MinYear and <= MaxYear);
    }

    public override string FormatErrorMessage(string name) => string.Format(System.Globalization.CultureInfo.CurrentCulture, ErrorMessageString, name, MinYear, MaxYear);
}
