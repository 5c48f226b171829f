using System.Text;

namespace Cultivation.Imports;

/// <summary>Text comparison the way spreadsheets are written by people: full-width or half-width, spaces, case.</summary>
public static class ImportText
{
    /// <summary>
    /// How an import stores free text: full-width letters and digits as ASCII (ＡＢＣ１ → ABC1), every run of
    /// spaces (the ideographic space too) as one space, trimmed. Chinese punctuation such as （） stays: it is
    /// how registered names are written.
    /// </summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            var ch = c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' ? (char)(c - 0xFEE0) : c;
            if (char.IsWhiteSpace(ch) || ch == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(ch);
        }
        return builder.ToString();
    }

    /// <summary>"浦东　测试 团队" and "浦东测试团队" compare equal; so do "ＡＢＣ" and "abc".</summary>
    public static string Key(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }
        var normalized = value.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.ToString();
    }
}
