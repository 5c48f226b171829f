using System.Globalization;
using Cultivation.AuditLogging;
using Cultivation.EntityFrameworkCore;
using Cultivation.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cultivation.Application.Tests.AuditLogging;

/// <summary>Every entity and every property a history can show has a name in both languages: no English property name reaches a reader.</summary>
public sealed class AuditTexts_Tests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public async Task Should_name_every_audited_entity_and_shown_property(string culture)
    {
        var missing = await fixture.RunAsync(null, sp =>
        {
            var model = sp.GetRequiredService<IAuditModel>();
            var db = sp.GetRequiredService<CultivationDbContext>();
            var localizer = sp.GetRequiredService<IStringLocalizer<CultivationResource>>();
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            try
            {
                var keys = new List<string>();
                foreach (var type in model.EntityTypes)
                {
                    keys.Add($"Entity:{type}");
                    var entityType = db.Model.GetEntityTypes().First(t => t.ClrType.Name == type);
                    keys.AddRange(entityType.GetProperties()
                        .Where(p => model.FindProperty(type, p.Name) is { IsInternal: false })
                        .Select(p => AuditLogRenderer.PropertyLabelKey(p.Name)));
                }
                return Task.FromResult(keys.Distinct().Where(k => localizer[k].ResourceNotFound).Order().ToList());
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        });
        missing.ShouldBeEmpty();
    }
}
