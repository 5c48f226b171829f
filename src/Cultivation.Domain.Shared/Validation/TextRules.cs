namespace Cultivation.Validation;

/// <summary>What text may hold: no control characters but tab, carriage return and line feed, and no bidi embeddings,
/// overrides or isolates (U+202A–U+202E, U+2066–U+2069), which make a name read differently from what it is.</summary>
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
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return true;
            }
        }
        return false;
    }
}
