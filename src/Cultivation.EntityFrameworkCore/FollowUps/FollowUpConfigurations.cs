using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.FollowUps;

public sealed class HolidayCalendarConfiguration : IEntityTypeConfiguration<HolidayCalendar>
{
    public void Configure(EntityTypeBuilder<HolidayCalendar> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("HolidayCalendars"));
        b.ConfigureByConvention();
        b.Property(x => x.Source).HasMaxLength(FollowUpConsts.MaxSourceLength).IsRequired();
        b.Ignore(x => x.Days);
        b.Property<List<CalendarDay>>("_days").HasColumnName("Days").HasJsonConversion();
        b.HasIndex(x => x.Year).IsUnique();
    }
}

public sealed class FollowUpPolicyConfiguration : IEntityTypeConfiguration<FollowUpPolicy>
{
    public void Configure(EntityTypeBuilder<FollowUpPolicy> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("FollowUpPolicies"));
        b.ConfigureByConvention();
        b.Ignore(x => x.Rules);
        b.Property<List<CadenceRule>>("_rules").HasColumnName("Rules").HasJsonConversion();
        b.HasOne<ContestEdition>().WithMany().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.EditionId).IsUnique();
    }
}

public sealed class FollowUpPlanConfiguration : IEntityTypeConfiguration<FollowUpPlan>
{
    public void Configure(EntityTypeBuilder<FollowUpPlan> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("FollowUpPlans"));
        b.ConfigureByConvention();
        b.Property(x => x.StatusReason).HasMaxLength(FollowUpConsts.MaxReasonLength);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        // The award is another aggregate, referenced by id without a constraint: when it is removed, the plan's
        // handler of AwardRemovedEvent (after the delete, same transaction) closes the plan and lets the link go.
        b.HasIndex(x => x.AwardRecordId).IsUnique();
        // The daily scan and the worklist: active plans by due date, per district and per officer.
        b.HasIndex(x => new { x.Status, x.NextDueDate });
        b.HasIndex(x => new { x.DistrictId, x.Status, x.NextDueDate });
        b.HasIndex(x => new { x.OfficerId, x.Status, x.NextDueDate });
        b.HasIndex(x => x.EnterpriseId);
    }
}

public sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("ServiceRecords"));
        b.ConfigureByConvention();
        b.Property(x => x.Summary).HasMaxLength(FollowUpConsts.MaxSummaryLength).IsRequired();
        b.Property(x => x.Outcome).HasMaxLength(FollowUpConsts.MaxOutcomeLength);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EnterpriseId, x.ServedOn });
        b.HasIndex(x => new { x.DistrictId, x.ServedOn });
    }
}

public sealed class EnterpriseRequestConfiguration : IEntityTypeConfiguration<EnterpriseRequest>
{
    public void Configure(EntityTypeBuilder<EnterpriseRequest> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("EnterpriseRequests"));
        b.ConfigureByConvention();
        b.Property(x => x.Description).HasMaxLength(FollowUpConsts.MaxRequestLength).IsRequired();
        b.Property(x => x.Resolution).HasMaxLength(FollowUpConsts.MaxOutcomeLength);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Status, x.RaisedOn });
        b.HasIndex(x => new { x.EnterpriseId, x.RaisedOn });
        b.HasIndex(x => new { x.OwnerId, x.Status });
    }
}

public sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("Reminders"));
        // The key is the idempotency key: one reminder per subject, due date and kind, whoever creates it.
        b.HasKey(x => new { x.SubjectId, x.DueDate, x.Kind });
        b.HasIndex(x => x.RunId);
        b.HasIndex(x => new { x.DistrictId, x.CreationTime });
    }
}
