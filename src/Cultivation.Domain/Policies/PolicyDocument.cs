using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Cultivation.AuditLogging;
using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Repositories;

namespace Cultivation.Policies;

/// <summary>
/// A document uploaded for an application's checklist item, stored in the database with the application's change (one
/// transaction): the content, its SHA-256, size and the content type read from its first bytes (never the client's claim).
/// </summary>
public class PolicyDocument : AuditedAggregateRoot<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid ApplicationId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; private set; }
    public string MaterialCode { get; private set; } = null!;
    public string FileName { get; private set; } = null!;
    public string ContentType { get; private set; } = null!;
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = null!;
    [DisableAuditing]
    public byte[] Content { get; private set; } = null!;

    private PolicyDocument()
    {
    }

    public PolicyDocument(Guid id, PolicyApplication application, string materialCode, InspectedDocument document) : base(id)
    {
        ApplicationId = application.Id;
        EnterpriseId = application.EnterpriseId;
        DistrictId = application.DistrictId;
        MaterialCode = materialCode;
        FileName = document.FileName;
        ContentType = document.ContentType;
        Size = document.Content.Length;
        Sha256 = document.Sha256;
        Content = document.Content;
    }
}

public interface IPolicyDocumentRepository : IRepository<PolicyDocument, Guid>;

public sealed record InspectedDocument(string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>
/// Checks an upload before it is stored: not empty, at most 10 MB, a PDF, PNG, JPEG or an Office Open XML file (docx, xlsx,
/// pptx — a zip whose parts say which) by its bytes; the file name reduced to a safe one with the extension of its type.
/// </summary>
public static class PolicyDocumentInspector
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static readonly Dictionary<string, string> Extensions = new()
    {
        [Pdf] = ".pdf", [Png] = ".png", [Jpeg] = ".jpg", [Docx] = ".docx", [Xlsx] = ".xlsx", [Pptx] = ".pptx"
    };

    /// <summary>Reads at most one byte over the limit, so a huge upload is refused without being read whole.</summary>
    public static async Task<InspectedDocument> InspectAsync(string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > PolicyDocumentConsts.MaxBytes)
            {
                throw new BusinessException(CultivationDomainErrorCodes.PolicyDocumentTooLarge, "file", PolicyDocumentConsts.MaxBytes / 1024 / 1024);
            }
        }
        return Inspect(fileName, buffer.ToArray());
    }

    public static InspectedDocument Inspect(string? fileName, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyDocumentEmpty, "file");
        }
        if (bytes.Length > PolicyDocumentConsts.MaxBytes)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyDocumentTooLarge, "file", PolicyDocumentConsts.MaxBytes / 1024 / 1024);
        }
        var type = Sniff(bytes) ?? throw new BusinessException(CultivationDomainErrorCodes.PolicyDocumentTypeNotAllowed, "file");
        return new InspectedDocument(SafeFileName(fileName, Extensions[type]), type, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return Jpeg;
        }
        if (bytes.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(bytes) == 0x04034B50)
        {
            return OfficeType(bytes.ToArray());
        }
        return null;
    }

    /// <summary>A zip is an Office document when it has [Content_Types].xml and the main part of Word, Excel or PowerPoint.</summary>
    private static string? OfficeType(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }
            return names.Contains("word/document.xml") ? Docx
                : names.Contains("xl/workbook.xml") ? Xlsx
                : names.Contains("ppt/presentation.xml") ? Pptx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The last path segment, without control, path or reserved characters, at most 200 characters, with the type's extension.</summary>
    public static string SafeFileName(string? fileName, string extension)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var stem = Path.GetFileNameWithoutExtension(name);
        var clean = new StringBuilder();
        foreach (var c in stem)
        {
            if (char.IsControl(c) || "<>:\"/\\|?*".Contains(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }
            clean.Append(c);
        }
        var safe = clean.ToString().Trim().Trim('.').Trim();
        if (safe.Length == 0)
        {
            safe = "document";
        }
        var max = PolicyDocumentConsts.MaxFileNameLength - extension.Length;
        return (safe.Length > max ? safe[..max] : safe) + extension;
    }
}
