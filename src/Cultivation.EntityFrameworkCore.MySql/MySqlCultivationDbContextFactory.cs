using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cultivation.EntityFrameworkCore.MySql;

/// <summary>Used by <c>dotnet ef</c> to add MySQL migrations; no server is contacted (the version is explicit).</summary>
public sealed class MySqlCultivationDbContextFactory : IDesignTimeDbContextFactory<CultivationDbContext>
{
    public CultivationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CultivationDbContext>();
        new MySqlCultivationDbProvider().Configure(options, "Server=127.0.0.1;Database=cultivation_design;User=design");
        return new CultivationDbContext(options.Options);
    }
}
