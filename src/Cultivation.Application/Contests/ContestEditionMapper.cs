using Riok.Mapperly.Abstractions;

namespace Cultivation.Contests;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ContestEditionMapper
{
    [MapperIgnoreTarget(nameof(ContestEditionDto.Tracks))]
    [MapperIgnoreTarget(nameof(ContestEditionDto.Stages))]
    private static partial ContestEditionDto MapScalars(ContestEdition edition);

    public static ContestEditionDto ToDto(ContestEdition edition)
    {
        var dto = MapScalars(edition);
        dto.Tracks = edition.PrizeQuotas
            .GroupBy(q => q.Track)
            .OrderBy(g => g.Key)
            .Select(g => new ContestTrackDto
            {
                Track = g.Key,
                PrizeQuotas = g.OrderBy(q => q.Level).Select(q => new PrizeQuotaDto { Level = q.Level, Quota = q.Quota }).ToList()
            })
            .ToList();
        dto.Stages = edition.Stages
            .Select(s => new ContestStageDto { Stage = s.Stage, StartDate = s.StartDate, EndDate = s.EndDate })
            .ToList();
        return dto;
    }

    public static List<PrizeQuota> ToQuotas(IEnumerable<ContestTrackDto> tracks) =>
        tracks.SelectMany(t => t.PrizeQuotas.Select(q => new PrizeQuota(t.Track!.Value, q.Level!.Value, q.Quota))).ToList();
}
