using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Districts;

public sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("Districts"));
        b.ConfigureByConvention();
        b.Property(x => x.Code).HasMaxLength(DistrictConsts.CodeLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(DistrictConsts.MaxNameLength).IsRequired();
        b.Property(x => x.ShortName).HasMaxLength(DistrictConsts.MaxNameLength).IsRequired();
        b.Property(x => x.EnglishName).HasMaxLength(DistrictConsts.MaxNameLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
    }
}
