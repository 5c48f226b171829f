namespace Cultivation.Validation;

/// <summary>A website is an absolute http:// or https:// address (never javascript:, data:, file: or a bare word).</summary>
public static class WebsiteRules
{
    public static bool IsValid(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
