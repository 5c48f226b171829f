using Cultivation.EntityFrameworkCore;
using Cultivation.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Imports;

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("ImportBatches"));
        b.ConfigureByConvention();
        b.Property(x => x.FileName).HasMaxLength(ImportConsts.MaxFileNameLength).IsRequired();
        b.Property(x => x.ContentHash).HasMaxLength(ImportConsts.ContentHashLength).IsRequired();
        b.Property(x => x.TextEncoding).HasMaxLength(32);
        b.Property(x => x.CreatorName).HasMaxLength(256);
        b.Property(x => x.ActorName).HasMaxLength(256);
        b.Property(x => x.CommitterName).HasMaxLength(256);
        b.Property(x => x.ReverterName).HasMaxLength(256);
        b.Property(x => x.Columns).HasJsonConversion();
        b.Property(x => x.IgnoredColumns).HasJsonConversion();
        b.Property(x => x.FileMessages).HasJsonConversion();
        b.Property(x => x.QuotaBreaches).HasJsonConversion();
        b.Property(x => x.RevertConflicts).HasJsonConversion();
        b.Property(x => x.Failure).HasJsonValue();
        b.Ignore(x => x.CanCommit);
        b.Ignore(x => x.CanRevert);
        b.HasIndex(x => new { x.ScopeDistrictId, x.CreationTime });
        b.HasIndex(x => x.CreationTime);
        b.HasIndex(x => new { x.Status, x.StepStartedTime });
        b.HasIndex(x => x.ContentHash);
    }
}

public sealed class ImportFileConfiguration : IEntityTypeConfiguration<ImportFile>
{
    public void Configure(EntityTypeBuilder<ImportFile> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("ImportFiles"));
        b.Property(x => x.Content).HasMaxLength(ImportConsts.MaxFileBytes).IsRequired();
        b.HasOne<ImportBatch>().WithOne().HasForeignKey<ImportFile>(x => x.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ImportRowConfiguration : IEntityTypeConfiguration<ImportRow>
{
    public void Configure(EntityTypeBuilder<ImportRow> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("ImportRows"));
        b.Property(x => x.EnterpriseName).HasMaxLength(EnterpriseConsts.MaxNameLength);
        b.Property(x => x.CreditCode).HasMaxLength(EnterpriseConsts.CreditCodeLength);
        b.Property(x => x.Messages).HasJsonConversion();
        b.Property(x => x.Changes).HasJsonConversion();
        b.Property(x => x.Candidates).HasJsonConversion();
        b.HasOne<ImportBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BatchId, x.RowNumber }).IsUnique();
        b.HasIndex(x => new { x.BatchId, x.Status, x.RowNumber });
    }
}

public sealed class ImportedChangeConfiguration : IEntityTypeConfiguration<ImportedChange>
{
    public void Configure(EntityTypeBuilder<ImportedChange> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("ImportedChanges"));
        b.Property(x => x.EntityType).HasMaxLength(64).IsRequired();
        b.Property(x => x.Fields).HasJsonConversion();
        b.Ignore(x => x.IsFullyReverted);
        b.HasOne<ImportBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BatchId, x.RowNumber });
        b.HasIndex(x => new { x.EnterpriseId, x.ChangeTime });
    }
}
