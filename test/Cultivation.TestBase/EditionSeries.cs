using Cultivation.Contests;
using Cultivation.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation;

/// <summary>Past editions shaped like the seeded 2024 one (same quotas, stages a year earlier each), for volume data.</summary>
public static class EditionSeries
{
    /// <summary>The seeded 2024 edition and one per year from <paramref name="firstYear"/> to 2023.</summary>
    public static async Task<List<ContestEdition>> CreateAsync(IServiceProvider sp, int firstYear)
    {
        var repository = sp.GetRequiredService<IContestEditionRepository>();
        var manager = sp.GetRequiredService<ContestEditionManager>();
        var seeded = (await repository.FindByYearAsync(2024))!;
        var editions = new List<ContestEdition> { seeded };
        for (var year = firstYear; year < 2024; year++)
        {
            var edition = await manager.CreateAsync(year, $"{year}年\"创客中国\"上海市中小企业创新创业大赛");
            edition.SetPrizeQuotas(seeded.PrizeQuotas);
            edition.SetStages(seeded.Stages.Select(s => s with { StartDate = s.StartDate.AddYears(year - 2024), EndDate = s.EndDate.AddYears(year - 2024) }));
            await repository.InsertAsync(edition);
            editions.Add(edition);
        }
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return editions;
    }
}
