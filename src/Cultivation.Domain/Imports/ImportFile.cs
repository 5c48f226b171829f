using Cultivation.Auditing;
using Cultivation.Entities;

namespace Cultivation.Imports;

/// <summary>The uploaded file as it came, kept with its import (the same id) so any node can process it.</summary>
[DisableAuditing]
public class ImportFile : Entity<Guid>
{
    public byte[] Content { get; private set; } = null!;

    private ImportFile()
    {
    }

    public ImportFile(Guid batchId, byte[] content) : base(batchId) => Content = content;
}
