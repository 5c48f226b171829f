using Cultivation.Data;
using Cultivation.Repositories;

namespace Cultivation.Profiles;

/// <summary>Seeds the default synonym list once; administrators edit it afterwards and a later run leaves it alone.</summary>
public sealed class SearchSynonymDataSeedContributor(IRepository<SearchSynonymList, Guid> lists, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 30;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (await lists.FindAsync(SearchSynonymList.SingletonId, cancellationToken: cancellationToken) is not null)
        {
            return;
        }
        await lists.InsertAsync(new SearchSynonymList(SearchSynonymList.Defaults), cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
