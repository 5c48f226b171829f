using Cultivation.Data;
using Cultivation.Repositories;

namespace Cultivation.Districts;

public sealed class DistrictDataSeedContributor(IDistrictRepository districts, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        var existing = (await districts.GetAllAsync(cancellationToken)).Select(d => d.Id).ToHashSet();
        var missing = ShanghaiDistricts.All
            .Select((d, index) => (d, index))
            .Where(x => !existing.Contains(x.d.Id))
            .Select(x => new District(x.d.Id, x.d.Code, x.d.Name, x.d.ShortName, x.d.EnglishName, x.index + 1))
            .ToList();
        if (missing.Count > 0)
        {
            await districts.InsertManyAsync(missing, cancellationToken: cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }
}
