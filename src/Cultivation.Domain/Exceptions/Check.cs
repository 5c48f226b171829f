using Cultivation.Validation;

namespace Cultivation.Exceptions;

/// <summary>Guards for domain invariants that every caller must already respect (input validation comes first).</summary>
public static class Check
{
    public static string NotNullOrWhiteSpace(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, field);
        }
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, field);
        }
        return PlainText(trimmed, field);
    }

    public static string? Length(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, field);
        }
        return PlainText(trimmed, field);
    }

    /// <summary>No control characters (but tab and line breaks) and no bidi overrides: see <see cref="TextRules"/>.</summary>
    public static string PlainText(string value, string field) =>
        TextRules.ContainsForbiddenCharacters(value)
            ? throw new BusinessException(CultivationDomainErrorCodes.TextHasForbiddenCharacters, field)
            : value;

    public static T Defined<T>(T value, string field)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, field);
        }
        return value;
    }
}
