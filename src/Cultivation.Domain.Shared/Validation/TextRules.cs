namespace Cultivation.Validation;

/// <summary>
/// Characters no name or note of ours may hold: control characters (a NUL truncates text in C libraries and some
/// exports; tab, CR and LF are allowed) and the Unicode bidi overrides and isolates, which make a stored name read
/// differently on screen from what it is ("Trojan Source").
/// </summary>
public static class TextRules
{
    public static bool ContainsForbiddenCharacters(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        foreach (var c in value)
        {
            if (IsForbidden(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsForbidden(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false
    };
}
