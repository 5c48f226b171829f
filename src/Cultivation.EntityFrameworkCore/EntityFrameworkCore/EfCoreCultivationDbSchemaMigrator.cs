using Cultivation.Data;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.EntityFrameworkCore;

public sealed class EfCoreCultivationDbSchemaMigrator(CultivationDbContext dbContext) : ICultivationDbSchemaMigrator
{
    public Task MigrateAsync(CancellationToken cancellationToken = default) => dbContext.Database.MigrateAsync(cancellationToken);
}
