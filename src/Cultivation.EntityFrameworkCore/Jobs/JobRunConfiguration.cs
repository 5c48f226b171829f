using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.Jobs;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.ToTable(ModelBuilderExtensions.TableName("JobRuns"));
        b.Property(x => x.JobName).HasMaxLength(JobRun.MaxNameLength).IsRequired();
        b.Property(x => x.Node).HasMaxLength(128).IsRequired();
        b.Property(x => x.Summary).HasMaxLength(JobRun.MaxSummaryLength);
        b.Property(x => x.Error).HasMaxLength(JobRun.MaxSummaryLength);
        b.HasIndex(x => new { x.JobName, x.StartTime });
    }
}
