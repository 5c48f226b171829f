using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.AuditLogging;

public sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("AuditLogs"));
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.HttpMethod).HasMaxLength(16);
        b.Property(x => x.Url).HasMaxLength(512);
        b.Property(x => x.ClientIp).HasMaxLength(64);
        b.Property(x => x.CorrelationId).HasMaxLength(128);
        b.HasMany(x => x.EntityChanges).WithOne().HasForeignKey(x => x.AuditLogId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ExecutionTime);
        b.HasIndex(x => new { x.UserId, x.ExecutionTime });
        b.Property(x => x.Module).HasMaxLength(AuditLog.MaxModuleLength);
        b.Property(x => x.Action).HasMaxLength(AuditLog.MaxActionLength);
        b.HasIndex(x => x.ImportBatchId);
        // The log's default view (people's actions, newest first) and its module and action filters.
        b.HasIndex(x => new { x.IsSystem, x.ExecutionTime });
        b.HasIndex(x => new { x.Module, x.ExecutionTime });
        b.HasIndex(x => new { x.Action, x.ExecutionTime });
    }
}

public sealed class EntityChangeConfiguration : IEntityTypeConfiguration<EntityChange>
{
    public void Configure(EntityTypeBuilder<EntityChange> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("EntityChanges"));
        b.Property(x => x.EntityType).HasMaxLength(128).IsRequired();
        b.Property(x => x.EntityId).HasMaxLength(128).IsRequired();
        b.HasMany(x => x.PropertyChanges).WithOne().HasForeignKey(x => x.EntityChangeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EnterpriseId, x.ChangeTime });
        b.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}

public sealed class EntityPropertyChangeConfiguration : IEntityTypeConfiguration<EntityPropertyChange>
{
    public void Configure(EntityTypeBuilder<EntityPropertyChange> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("EntityPropertyChanges"));
        b.Property(x => x.PropertyName).HasMaxLength(128).IsRequired();
        b.Property(x => x.OriginalValue).HasMaxLength(EntityPropertyChange.MaxValueLength);
        b.Property(x => x.NewValue).HasMaxLength(EntityPropertyChange.MaxValueLength);
    }
}
