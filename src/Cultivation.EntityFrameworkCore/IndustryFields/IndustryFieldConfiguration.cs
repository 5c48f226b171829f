using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.IndustryFields;

public sealed class IndustryFieldConfiguration : IEntityTypeConfiguration<IndustryField>
{
    public void Configure(EntityTypeBuilder<IndustryField> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("IndustryFields"));
        b.ConfigureByConvention();
        b.Property(x => x.Code).HasMaxLength(IndustryFieldConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(IndustryFieldConsts.MaxNameLength).IsRequired();
        b.Property(x => x.EnglishName).HasMaxLength(IndustryFieldConsts.MaxNameLength);
        b.Property(x => x.Description).HasMaxLength(IndustryFieldConsts.MaxDescriptionLength);
        b.Property(x => x.Aliases).HasJsonConversion();
        b.HasIndex(x => x.Code).IsUnique();
    }
}
