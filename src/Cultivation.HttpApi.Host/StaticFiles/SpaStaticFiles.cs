using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Cultivation.StaticFiles;

/// <summary>
/// The Angular build served by the host: files whose names carry a content hash are cached for a year and never
/// revalidated; index.html (and the SPA fallback) is revalidated on every load so a new deployment shows at once.
/// Text assets are compressed (Brotli, gzip). API responses are not: they may carry tokens next to reflected input.
/// </summary>
public static partial class SpaStaticFiles
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    private static readonly string[] CompressedTypes = ["text/html", "text/css", "application/javascript", "text/javascript", "image/svg+xml", "text/plain"];

    /// <summary>What the Angular build names with a hash: <c>main-ABCD1234.js</c>, <c>chunk-….js</c>, <c>styles-….css</c>, media.</summary>
    [GeneratedRegex(@"-[A-Z0-9]{8}\.[a-z0-9]+$")]
    private static partial Regex HashedName();

    public static string CacheControlFor(string fileName) => HashedName().IsMatch(fileName) ? Immutable : Revalidate;

    public static IServiceCollection AddSpaStaticFiles(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = CompressedTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static StaticFileOptions Options { get; } = new()
    {
        OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = CacheControlFor(context.File.Name)
    };
}
