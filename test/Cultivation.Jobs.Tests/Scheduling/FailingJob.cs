using Quartz;

namespace Cultivation.Jobs.Tests.Scheduling;

/// <summary>A job that always throws, as a job meeting a broken database or a bug would.</summary>
public sealed class FailingJob : IJob
{
    public const string Name = "test-failing";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        throw new JobExecutionException(new InvalidOperationException("数据库连接中断 (simulated)"));
}
