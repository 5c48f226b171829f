using Cultivation.EntityFrameworkCore;
using Cultivation.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Policies;

public sealed class PolicyBatchConfiguration : IEntityTypeConfiguration<PolicyBatch>
{
    public void Configure(EntityTypeBuilder<PolicyBatch> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyBatches"));
        b.ConfigureByConvention();
        b.Property(x => x.Name).HasMaxLength(PolicyBatchConsts.MaxNameLength).IsRequired();
        b.HasOne<PolicyProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProgrammeId, x.OpensOn });
        b.HasIndex(x => new { x.ClosesOn, x.OpensOn });
    }
}

public sealed class PolicyPipelineTemplateConfiguration : IEntityTypeConfiguration<PolicyPipelineTemplate>
{
    public void Configure(EntityTypeBuilder<PolicyPipelineTemplate> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyPipelineTemplates"));
        b.ConfigureByConvention();
        // The checklist, read whole with its template; never queried in SQL.
        b.Property(x => x.Materials).HasJsonConversion();
        b.HasOne<PolicyProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProgrammeId).IsUnique();
    }
}

public sealed class PolicyApplicationConfiguration : IEntityTypeConfiguration<PolicyApplication>
{
    public void Configure(EntityTypeBuilder<PolicyApplication> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyApplications"));
        b.ConfigureByConvention();
        b.Property(x => x.ProgrammeCode).HasMaxLength(PolicyProgrammeConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.OnSiteCheckNote).HasMaxLength(PolicyApplicationConsts.MaxCommentLength);
        b.Property(x => x.OutcomeReason).HasMaxLength(PolicyApplicationConsts.MaxCommentLength);
        b.Property(x => x.AverageScore).HasPrecision(5, 2);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PolicyProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PolicyBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Materials).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Objections).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Materials).HasField("_materials").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Scores).HasField("_scores").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Objections).HasField("_objections").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        // One open application per enterprise and batch, held by the database (ended ones have no open batch; NULLs repeat).
        b.HasIndex(x => new { x.EnterpriseId, x.OpenBatchId }).IsUnique();
        // The funnel and the board: one batch, grouped by district and stage, read from the index alone.
        b.HasIndex(x => new { x.BatchId, x.IsDeleted, x.DistrictId, x.FurthestStage, x.Stage });
        b.HasIndex(x => new { x.ProgrammeId, x.IsDeleted, x.DistrictId, x.FurthestStage, x.Stage });
        // The list and the home cards: by stage (open ones), district, due date.
        b.HasIndex(x => new { x.IsDeleted, x.Stage, x.DistrictId, x.StageDueOn });
        b.HasIndex(x => new { x.DistrictId, x.IsDeleted, x.Stage, x.StageDueOn });
    }
}

public sealed class PolicyApplicationMaterialConfiguration : IEntityTypeConfiguration<PolicyApplicationMaterial>
{
    public void Configure(EntityTypeBuilder<PolicyApplicationMaterial> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyApplicationMaterials"));
        b.Property(x => x.Code).HasMaxLength(PolicyApplicationConsts.MaxMaterialCodeLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(PolicyApplicationConsts.MaxMaterialNameLength).IsRequired();
        b.Property(x => x.EnglishName).HasMaxLength(PolicyApplicationConsts.MaxMaterialNameLength).IsRequired();
        b.Property(x => x.FileName).HasMaxLength(PolicyDocumentConsts.MaxFileNameLength);
        b.Property(x => x.Note).HasMaxLength(PolicyApplicationConsts.MaxCommentLength);
        b.HasIndex(x => new { x.ApplicationId, x.Code }).IsUnique();
    }
}

public sealed class PolicyApplicationScoreConfiguration : IEntityTypeConfiguration<PolicyApplicationScore>
{
    public void Configure(EntityTypeBuilder<PolicyApplicationScore> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyApplicationScores"));
        b.Property(x => x.ExpertName).HasMaxLength(PolicyApplicationConsts.MaxExpertNameLength).IsRequired();
        b.Property(x => x.Comment).HasMaxLength(PolicyApplicationConsts.MaxCommentLength);
        b.Property(x => x.Score).HasPrecision(5, 2);
    }
}

public sealed class PolicyApplicationObjectionConfiguration : IEntityTypeConfiguration<PolicyApplicationObjection>
{
    public void Configure(EntityTypeBuilder<PolicyApplicationObjection> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyApplicationObjections"));
        b.Property(x => x.Summary).HasMaxLength(PolicyApplicationConsts.MaxCommentLength).IsRequired();
        b.Property(x => x.Resolution).HasMaxLength(PolicyApplicationConsts.MaxCommentLength);
    }
}

public sealed class PolicyApplicationTransitionConfiguration : IEntityTypeConfiguration<PolicyApplicationTransition>
{
    public void Configure(EntityTypeBuilder<PolicyApplicationTransition> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyApplicationTransitions"));
        b.Property(x => x.Comment).HasMaxLength(PolicyApplicationConsts.MaxCommentLength);
        b.Property(x => x.ActorName).HasMaxLength(PolicyApplicationConsts.MaxActorNameLength).IsRequired();
        b.HasIndex(x => new { x.ApplicationId, x.OccurredTime });
    }
}

public sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("PolicyDocuments"));
        b.ConfigureByConvention();
        b.Property(x => x.MaterialCode).HasMaxLength(PolicyApplicationConsts.MaxMaterialCodeLength).IsRequired();
        b.Property(x => x.FileName).HasMaxLength(PolicyDocumentConsts.MaxFileNameLength).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(PolicyDocumentConsts.MaxContentTypeLength).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(PolicyDocumentConsts.Sha256Length).IsFixedLength().IsRequired();
        b.Property(x => x.Content).IsRequired();
        b.HasOne<PolicyApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ApplicationId, x.MaterialCode });
    }
}
