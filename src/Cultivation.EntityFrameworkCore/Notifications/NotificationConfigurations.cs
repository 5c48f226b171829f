using Cultivation.EntityFrameworkCore;
using Cultivation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Notifications;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("Notifications"));
        b.ConfigureByConvention();
        b.Property(x => x.Title).HasMaxLength(Notification.MaxTitleLength).IsRequired();
        b.Property(x => x.Body).HasMaxLength(Notification.MaxBodyLength).IsRequired();
        b.Property(x => x.Link).HasMaxLength(Notification.MaxLinkLength);
        b.Property(x => x.SourceKey).HasMaxLength(Notification.MaxSourceKeyLength).IsRequired();
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.SourceKey }).IsUnique();
        b.HasIndex(x => new { x.UserId, x.ReadTime, x.CreationTime });
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("OutboxMessages"));
        b.ConfigureByConvention();
        b.Property(x => x.Recipient).HasMaxLength(OutboxMessage.MaxRecipientLength).IsRequired();
        b.Property(x => x.Subject).HasMaxLength(Notification.MaxTitleLength).IsRequired();
        b.Property(x => x.Body).HasMaxLength(Notification.MaxBodyLength).IsRequired();
        b.Property(x => x.SourceKey).HasMaxLength(Notification.MaxSourceKeyLength).IsRequired();
        b.Property(x => x.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        b.HasIndex(x => new { x.SentTime, x.NextAttemptTime });
    }
}
