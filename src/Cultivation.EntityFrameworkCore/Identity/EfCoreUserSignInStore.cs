using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Identity;

public sealed class EfCoreUserSignInStore(CultivationDbContext dbContext) : IUserSignInStore
{
    public Task RecordSignInAsync(Guid userId, DateTime utcNow, CancellationToken cancellationToken = default) =>
        dbContext.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.AccessFailedCount, 0).SetProperty(x => x.LastSignInTime, utcNow), cancellationToken);
}
