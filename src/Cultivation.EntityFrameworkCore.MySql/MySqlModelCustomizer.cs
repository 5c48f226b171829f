using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Cultivation.EntityFrameworkCore.MySql;

/// <summary>Every table and column in utf8mb4 with a Unicode collation, whoever created the database.</summary>
public sealed class MySqlModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public const string CharSet = "utf8mb4";
    public const string Collation = "utf8mb4_unicode_ci";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.HasCharSet(CharSet).UseCollation(Collation);
    }
}
