using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Policies;

public sealed class PolicyProgrammeConfiguration : IEntityTypeConfiguration<PolicyProgramme>
{
    public void Configure(EntityTypeBuilder<PolicyProgramme> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyProgrammes"));
        b.ConfigureByConvention();
        b.Property(x => x.Code).HasMaxLength(PolicyProgrammeConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(PolicyProgrammeConsts.MaxNameLength).IsRequired();
        b.Property(x => x.EnglishName).HasMaxLength(PolicyProgrammeConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Description).HasMaxLength(PolicyProgrammeConsts.MaxDescriptionLength);
        b.HasMany(x => x.RuleSets).WithOne().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.RuleSets).HasField("_ruleSets").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => x.Code).IsUnique();
    }
}

public sealed class PolicyRuleSetConfiguration : IEntityTypeConfiguration<PolicyRuleSet>
{
    public void Configure(EntityTypeBuilder<PolicyRuleSet> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyRuleSets"));
        b.ConfigureByConvention();
        b.Property(x => x.Version).HasMaxLength(PolicyRuleSetConsts.MaxVersionLength).IsRequired();
        // The criteria document, read whole with its version; never queried in SQL.
        b.Property(x => x.Definition).IsRequired();
        b.HasIndex(x => new { x.ProgrammeId, x.Version }).IsUnique();
    }
}

public sealed class PolicyAssessmentConfiguration : IEntityTypeConfiguration<PolicyAssessment>
{
    public void Configure(EntityTypeBuilder<PolicyAssessment> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyAssessments"));
        b.ConfigureByConvention();
        b.Property(x => x.ProgrammeCode).HasMaxLength(PolicyProgrammeConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.RuleSetVersion).HasMaxLength(PolicyRuleSetConsts.MaxVersionLength).IsRequired();
        b.Property(x => x.Facts).IsRequired();
        b.Property(x => x.Result).IsRequired();
        b.HasOne<Enterprises.Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PolicyProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        // The rule set's id is kept without a key: the assessment carries its version and result, whatever becomes of the rule set.
        b.HasIndex(x => new { x.EnterpriseId, x.AssessmentDate });
        b.HasIndex(x => new { x.DistrictId, x.ProgrammeId });
    }
}

public sealed class EnterpriseTitleConfiguration : IEntityTypeConfiguration<EnterpriseTitle>
{
    public void Configure(EntityTypeBuilder<EnterpriseTitle> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("EnterpriseTitles"));
        b.ConfigureByConvention();
        b.Property(x => x.ProgrammeCode).HasMaxLength(PolicyProgrammeConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.RuleSetVersion).HasMaxLength(PolicyRuleSetConsts.MaxVersionLength);
        b.Property(x => x.DocumentNumber).HasMaxLength(PolicyTitleConsts.MaxDocumentNumberLength);
        b.Property(x => x.EvidenceNote).HasMaxLength(PolicyTitleConsts.MaxEvidenceNoteLength);
        b.Property(x => x.RevocationReason).HasMaxLength(PolicyTitleConsts.MaxReasonLength);
        b.HasOne<Enterprises.Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PolicyProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Districts.District>().WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
        // An enterprise's titles; the facts of a cohort by enterprise id sets; the list filter "holds an active title of P".
        b.HasIndex(x => new { x.EnterpriseId, x.ProgrammeId });
        b.HasIndex(x => new { x.ProgrammeId, x.Status, x.EnterpriseId });
        // The city/district list and the daily scan: by status and due dates.
        b.HasIndex(x => new { x.Status, x.ValidUntil });
        b.HasIndex(x => new { x.Status, x.NextUpdateDueOn });
        b.HasIndex(x => new { x.Status, x.ReviewDueOn });
        b.HasIndex(x => new { x.DistrictId, x.Status, x.ProgrammeId });
    }
}
