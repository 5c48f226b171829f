namespace Cultivation.Enterprises;

public enum ExportFormat
{
    Csv = 1,
    Xlsx = 2
}

public class ExportEnterprisesInput : GetEnterpriseListInput
{
    public ExportFormat Format { get; set; } = ExportFormat.Xlsx;
}

/// <summary>A generated file: its name, media type and content.</summary>
public sealed class FileDto(string fileName, string contentType, byte[] content)
{
    public string FileName { get; } = fileName;
    public string ContentType { get; } = contentType;
    public byte[] Content { get; } = content;
}

public interface IEnterpriseExportAppService
{
    /// <summary>The enterprise list's current filter and sorting as a spreadsheet, one row per enterprise with its latest award.</summary>
    Task<FileDto> ExportAsync(ExportEnterprisesInput input, CancellationToken cancellationToken = default);
}
