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
