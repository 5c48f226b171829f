using Cultivation.Exceptions;

namespace Cultivation.Sorting;

/// <summary>Reads ABP's "field [asc|desc]" sorting against the fields a list allows; anything else is a 400 on "sorting".</summary>
public static class SortingParser
{
    public static (string Field, bool Descending) Parse(string? sorting, string defaultField, params string[] allowed)
    {
        if (string.IsNullOrWhiteSpace(sorting))
        {
            return (defaultField, false);
        }
        var parts = sorting.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var field = allowed.FirstOrDefault(a => string.Equals(a, parts[0], StringComparison.OrdinalIgnoreCase));
        var direction = parts.Length > 1 ? parts[1].ToLowerInvariant() : "asc";
        if (field is null || parts.Length > 2 || direction is not ("asc" or "desc"))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, "sorting");
        }
        return (field, direction == "desc");
    }
}
