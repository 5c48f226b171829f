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
        return trimmed;
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
        return trimmed;
    }

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
