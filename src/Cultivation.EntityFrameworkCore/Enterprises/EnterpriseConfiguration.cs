using Cultivation.Contests;
using Cultivation.Districts;
using Cultivation.EntityFrameworkCore;
using Cultivation.IndustryFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Enterprises;

public sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("Enterprises"));
        b.ConfigureByConvention();
        b.Property(x => x.Name).HasMaxLength(EnterpriseConsts.MaxNameLength).IsRequired();
        b.Property(x => x.CreditCode).HasMaxLength(EnterpriseConsts.CreditCodeLength).IsFixedLength();
        b.Property(x => x.Address).HasMaxLength(EnterpriseConsts.MaxAddressLength);
        b.Property(x => x.Website).HasMaxLength(EnterpriseConsts.MaxWebsiteLength);
        b.Property(x => x.LeadName).HasMaxLength(EnterpriseConsts.MaxLeadNameLength);
        b.Property(x => x.IndustryFieldText).HasMaxLength(EnterpriseConsts.MaxIndustryFieldTextLength);
        b.Ignore(x => x.LatestAward);

        b.HasOne<District>().WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndustryField>().WithMany().HasForeignKey(x => x.IndustryFieldId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Contacts).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Awards).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Figures).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.FinancingRounds).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);

        // A credit code names one enterprise for ever, deleted ones included.
        b.HasIndex(x => x.CreditCode).IsUnique();
        // The list's common shapes: one district sorted by name, or all districts sorted by name.
        b.HasIndex(x => new { x.DistrictId, x.IsDeleted, x.Name });
        b.HasIndex(x => new { x.IsDeleted, x.Name });
        b.HasIndex(x => x.IndustryFieldId);
    }
}

public sealed class EnterpriseContactConfiguration : IEntityTypeConfiguration<EnterpriseContact>
{
    public void Configure(EntityTypeBuilder<EnterpriseContact> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("EnterpriseContacts"));
        b.ConfigureByConvention();
        b.Property(x => x.Name).HasMaxLength(EnterpriseContactConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Role).HasMaxLength(EnterpriseContactConsts.MaxRoleLength);
        b.Property(x => x.Phone).HasMaxLength(EnterpriseContactConsts.MaxPhoneLength);
        b.Property(x => x.Email).HasMaxLength(EnterpriseContactConsts.MaxEmailLength);
        b.HasIndex(x => x.EnterpriseId);
    }
}

public sealed class AwardRecordConfiguration : IEntityTypeConfiguration<AwardRecord>
{
    public void Configure(EntityTypeBuilder<AwardRecord> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("AwardRecords"));
        b.ConfigureByConvention();
        b.Property(x => x.ProjectName).HasMaxLength(AwardRecordConsts.MaxProjectNameLength).IsRequired();
        b.HasOne<ContestEdition>().WithMany().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndustryField>().WithMany().HasForeignKey(x => x.IndustryFieldId).OnDelete(DeleteBehavior.Restrict);

        b.HasIndex(x => new { x.EnterpriseId, x.EditionId }).IsUnique();
        // An enterprise's latest award (lists, export) without sorting its awards.
        b.HasIndex(x => new { x.EnterpriseId, x.EditionYear });
        b.HasIndex(x => new { x.EditionId, x.Track, x.PrizeLevel });
        b.HasIndex(x => new { x.DistrictId, x.PrizeLevel, x.EnterpriseId });
        b.HasIndex(x => new { x.NationalAdvancement, x.EnterpriseId });
    }
}

public sealed class EnterpriseFiguresConfiguration : IEntityTypeConfiguration<EnterpriseFigures>
{
    public void Configure(EntityTypeBuilder<EnterpriseFigures> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("EnterpriseFigures"));
        b.ConfigureByConvention();
        b.Ignore(x => x.RdIntensity);
        b.Ignore(x => x.MainBusinessShare);
        b.Ignore(x => x.DebtRatio);
        b.Ignore(x => x.NetProfitMargin);
        b.Ignore(x => x.RdStaffShare);
        b.HasIndex(x => new { x.EnterpriseId, x.Year }).IsUnique();
        b.HasIndex(x => new { x.DistrictId, x.Year });
    }
}

public sealed class FinancingRoundConfiguration : IEntityTypeConfiguration<FinancingRound>
{
    public void Configure(EntityTypeBuilder<FinancingRound> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("FinancingRounds"));
        b.ConfigureByConvention();
        b.Property(x => x.RoundName).HasMaxLength(Policies.FinancingRoundConsts.MaxRoundNameLength);
        b.Property(x => x.InvestorName).HasMaxLength(Policies.FinancingRoundConsts.MaxInvestorNameLength);
        // The facts of a cohort read rounds by enterprise id sets.
        b.HasIndex(x => new { x.EnterpriseId, x.Date });
    }
}
