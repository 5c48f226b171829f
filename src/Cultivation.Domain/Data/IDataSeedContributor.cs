namespace Cultivation.Data;

/// <summary>Seeds one module's rows. Every contributor is idempotent: running it twice gives the same rows.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first (reference data before what refers to it).</summary>
    int Order { get; }

    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default);
}

public sealed record DataSeedContext(bool IncludeDemoData = false, int? DemoEnterpriseCount = null);
