namespace Cultivation.Contests;

/// <summary>When a stage (预赛, 复赛, 决赛) of an edition takes place, in Shanghai dates.</summary>
public sealed record ContestStageSchedule(ContestStage Stage, DateOnly StartDate, DateOnly EndDate);
