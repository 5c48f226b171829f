using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Contests;

public sealed class ContestEditionConfiguration : IEntityTypeConfiguration<ContestEdition>
{
    public void Configure(EntityTypeBuilder<ContestEdition> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("ContestEditions"));
        b.ConfigureByConvention();
        b.Property(x => x.Name).HasMaxLength(ContestEditionConsts.MaxNameLength).IsRequired();
        b.Property(x => x.NationalEditionName).HasMaxLength(ContestEditionConsts.MaxNationalEditionNameLength);
        b.Property(x => x.NoticeNumber).HasMaxLength(ContestEditionConsts.MaxNoticeNumberLength);
        b.Property(x => x.Organisers).HasJsonConversion();
        b.Property(x => x.Operators).HasJsonConversion();
        // Quotas and stage dates are small value lists that are always read with their edition.
        b.Ignore(x => x.PrizeQuotas);
        b.Ignore(x => x.Stages);
        b.Property<List<PrizeQuota>>("_prizeQuotas").HasColumnName("PrizeQuotas").HasJsonConversion();
        b.Property<List<ContestStageSchedule>>("_stages").HasColumnName("Stages").HasJsonConversion();
        b.HasIndex(x => x.Year).IsUnique();
    }
}
