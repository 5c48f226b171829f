using Cultivation.Districts;
using Cultivation.EntityFrameworkCore;
using Cultivation.Matchmaking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Identity;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(64).IsRequired();
        b.HasOne<District>().WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Investor>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.DistrictId);
    }
}

public sealed class AppRoleConfiguration : IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppRole> b) => b.Property(x => x.DisplayName).HasMaxLength(64).IsRequired();
}

public sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PermissionGrants"));
        b.Property(x => x.Name).HasMaxLength(128).IsRequired();
        b.Property(x => x.ProviderName).HasMaxLength(8).IsRequired();
        b.Property(x => x.ProviderKey).HasMaxLength(64).IsRequired();
        b.HasIndex(x => new { x.ProviderName, x.ProviderKey, x.Name }).IsUnique();
    }
}

public sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("RefreshTokens"));
        b.Property(x => x.TokenHash).HasMaxLength(64).IsRequired();
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.FamilyId);
        b.HasIndex(x => x.UserId);
    }
}

public sealed class SecurityLogConfiguration : IEntityTypeConfiguration<SecurityLog>
{
    public void Configure(EntityTypeBuilder<SecurityLog> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("SecurityLogs"));
        b.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        b.Property(x => x.ClientIp).HasMaxLength(64);
        b.Property(x => x.UserAgent).HasMaxLength(512);
        b.HasIndex(x => new { x.UserId, x.CreationTime });
        b.HasIndex(x => x.CreationTime);
    }
}
