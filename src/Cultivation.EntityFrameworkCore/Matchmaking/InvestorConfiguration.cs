using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Matchmaking;

public sealed class InvestorConfiguration : IEntityTypeConfiguration<Investor>
{
    public void Configure(EntityTypeBuilder<Investor> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("Investors"));
        b.ConfigureByConvention();
        b.Property(x => x.Name).HasMaxLength(Investor.MaxNameLength).IsRequired();
        b.HasIndex(x => x.Name);
    }
}

public sealed class EfCoreInvestorRepository(CultivationDbContext dbContext)
    : EfCoreRepository<Investor, Guid>(dbContext), IInvestorRepository;

public sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("Introductions"));
        b.ConfigureByConvention();
        b.Property(x => x.Message).HasMaxLength(Introduction.MaxMessageLength);
        b.HasOne<Enterprises.Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Investor>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.DistrictId, x.Status, x.RequestedTime });
        b.HasIndex(x => new { x.InstitutionId, x.RequestedTime });
        b.HasIndex(x => new { x.ProfileId, x.InstitutionId });
    }
}

public sealed class EfCoreIntroductionRepository(CultivationDbContext dbContext)
    : EfCoreRepository<Introduction, Guid>(dbContext), IIntroductionRepository;
