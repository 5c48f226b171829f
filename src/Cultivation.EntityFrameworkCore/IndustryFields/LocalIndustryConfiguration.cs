using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.IndustryFields;

public sealed class LocalIndustryConfiguration : IEntityTypeConfiguration<LocalIndustry>
{
    public void Configure(EntityTypeBuilder<LocalIndustry> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("LocalIndustries"));
        b.ConfigureByConvention();
        b.Property(x => x.Code).HasMaxLength(IndustryFieldConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(IndustryFieldConsts.MaxNameLength).IsRequired();
        b.Property(x => x.System).HasMaxLength(IndustryFieldConsts.MaxSystemLength).IsRequired();
        b.Property(x => x.Group).HasMaxLength(IndustryFieldConsts.MaxGroupLength);
        b.Property(x => x.Source).HasMaxLength(IndustryFieldConsts.MaxSourceLength);
        b.HasOne<IndustryField>().WithMany().HasForeignKey(x => x.IndustryFieldId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Code).IsUnique();
    }
}
