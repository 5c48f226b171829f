using Cultivation.Enterprises;
using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Profiles;

public sealed class ProjectProfileConfiguration : IEntityTypeConfiguration<ProjectProfile>
{
    public void Configure(EntityTypeBuilder<ProjectProfile> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("ProjectProfiles"));
        b.ConfigureByConvention();
        // Read whole and never queried inside: JSON keeps the profile one row the index reads at once.
        b.Property(x => (ProfileContent?)x.Content).HasJsonValue().IsRequired();
        b.Property(x => x.Consent).HasJsonValue();
        b.Property(x => x.WithdrawReason).HasMaxLength(ProfileConsts.MaxWithdrawReasonLength);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.EnterpriseId).IsUnique();
        b.HasIndex(x => new { x.DistrictId, x.Status });
    }
}

public sealed class ProfileIndexChangeConfiguration : IEntityTypeConfiguration<ProfileIndexChange>
{
    public void Configure(EntityTypeBuilder<ProfileIndexChange> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("ProfileIndexChanges"));
        b.Property(x => x.LastError).HasMaxLength(ProfileIndexChange.MaxErrorLength);
        b.HasIndex(x => x.NextAttemptTime);
    }
}

public sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("SavedSearches"));
        b.ConfigureByConvention();
        b.Property(x => x.Name).HasMaxLength(SavedSearch.MaxNameLength).IsRequired();
        b.Property(x => x.CriteriaJson).HasMaxLength(SavedSearch.MaxCriteriaLength).IsRequired();
        b.HasIndex(x => x.OwnerUserId);
    }
}

public sealed class SearchSynonymListConfiguration : IEntityTypeConfiguration<SearchSynonymList>
{
    public void Configure(EntityTypeBuilder<SearchSynonymList> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("SearchSynonymLists"));
        b.ConfigureByConvention();
        b.Property<List<string>>("_lines").HasColumnName("Lines").HasJsonConversion();
        b.Ignore(x => x.Lines);
    }
}
