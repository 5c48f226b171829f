using System.Globalization;
using System.Text;
using Cultivation.Districts;
using Cultivation.Exceptions;
using Cultivation.Exporting;
using Cultivation.IndustryFields;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;
using MiniExcelLibs;

namespace Cultivation.Enterprises;

[Authorize(CultivationPermissions.Enterprises.Export)]
public sealed class EnterpriseExportAppService(
    IEnterpriseRepository enterprises,
    IDistrictRepository districts,
    IIndustryFieldRepository industryFields,
    IAsyncQueryableExecuter executer,
    Policies.IEnterpriseTitleRepository titles,
    Policies.IPolicyProgrammeRepository programmes,
    TimeProvider clock) : IEnterpriseExportAppService
{
    public const int MaxRows = 100_000;
    private static readonly CultureInfo Chinese = new(CultivationResource.DefaultCulture);

    public async Task<FileDto> ExportAsync(ExportEnterprisesInput input, CancellationToken cancellationToken = default)
    {
        var titleQuery = await titles.GetQueryableAsync();
        var filtered = EnterpriseListQuery.Filter(await enterprises.GetQueryableAsync(), input, titleQuery);
        var total = await executer.CountAsync(filtered, cancellationToken);
        if (total > MaxRows)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ExportTooLarge, null, total, MaxRows);
        }
        var districtNames = (await districts.GetAllAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        var fieldNames = (await executer.ToListAsync(await industryFields.GetQueryableAsync(), cancellationToken)).ToDictionary(f => f.Id, f => f.Name);
        var sorted = EnterpriseListQuery.Sort(filtered, input.Sorting);
        // One statement in sort order: paging through it with OFFSET would make the database read the skipped rows again each time.
        var found = await executer.ToListAsync(
            from x in enterprises.WithLatestAward(sorted)
            let e = x.Enterprise
            let a = x.LatestAward
            select new
            {
                e.Id, e.Name, e.CreditCode, e.Kind, e.DistrictId, e.IndustryFieldId, e.FoundedOn, e.RegisteredCapital,
                e.Address, e.Website, e.LeadName, e.LeadGender,
                LatestAward = a == null ? null : new
                {
                    a.EditionYear, a.Track, a.StageReached, a.PrizeLevel, a.ProjectName, a.NationalAdvancement, a.NationalAdvancementYear, a.NationalPrize
                }
            }, cancellationToken);
        // The titles held now, for the whole filtered list in one statement.
        var programmeNames = (await programmes.GetListWithRuleSetsAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        var held = (await executer.ToListAsync(
                from t in titleQuery
                where t.Status == Policies.EnterpriseTitleStatus.Active && filtered.Select(e => e.Id).Contains(t.EnterpriseId)
                select new { t.EnterpriseId, t.ProgrammeId }, cancellationToken))
            .ToLookup(t => t.EnterpriseId, t => programmeNames.GetValueOrDefault(t.ProgrammeId));
        var rows = found.Select(e => new Dictionary<string, object?>
        {
            [EnterpriseSheetColumns.Name.Header] = e.Name,
            [EnterpriseSheetColumns.CreditCode.Header] = e.CreditCode,
            [EnterpriseSheetColumns.Kind.Header] = Text(e.Kind),
            [EnterpriseSheetColumns.District.Header] = districtNames.GetValueOrDefault(e.DistrictId),
            [EnterpriseSheetColumns.IndustryField.Header] = e.IndustryFieldId is { } f ? fieldNames.GetValueOrDefault(f) : null,
            [EnterpriseSheetColumns.FoundedOn.Header] = e.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [EnterpriseSheetColumns.RegisteredCapital.Header] = e.RegisteredCapital,
            [EnterpriseSheetColumns.Address.Header] = e.Address,
            [EnterpriseSheetColumns.Website.Header] = e.Website,
            [EnterpriseSheetColumns.LeadName.Header] = e.LeadName,
            [EnterpriseSheetColumns.LeadGender.Header] = Text(e.LeadGender),
            [EnterpriseSheetColumns.EditionYear.Header] = e.LatestAward?.EditionYear,
            [EnterpriseSheetColumns.Track.Header] = Text(e.LatestAward?.Track),
            [EnterpriseSheetColumns.StageReached.Header] = Text(e.LatestAward?.StageReached),
            [EnterpriseSheetColumns.Prize.Header] = Text(e.LatestAward?.PrizeLevel),
            [EnterpriseSheetColumns.ProjectName.Header] = e.LatestAward?.ProjectName,
            [EnterpriseSheetColumns.NationalAdvancement.Header] = Text(e.LatestAward?.NationalAdvancement),
            [EnterpriseSheetColumns.NationalAdvancementYear.Header] = e.LatestAward?.NationalAdvancementYear,
            [EnterpriseSheetColumns.NationalPrize.Header] = Text(e.LatestAward?.NationalPrize),
            [EnterpriseSheetColumns.Titles.Header] = held[e.Id].Any() ? string.Join("；", held[e.Id].Order(StringComparer.Ordinal)) : null
        }).ToList();
        var stamp = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Timing.ShanghaiTime.Zone).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return input.Format == ExportFormat.Csv
            ? new FileDto($"enterprises-{stamp}.csv", "text/csv; charset=utf-8", WriteCsv(rows))
            : new FileDto($"enterprises-{stamp}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", WriteXlsx(rows));
    }

    private static byte[] WriteCsv(List<Dictionary<string, object?>> rows) =>
        CsvFile.Write(EnterpriseSheetColumns.ListExport.Select(c => c.Header).ToList(),
            rows.Select(row => EnterpriseSheetColumns.ListExport.Select(column => row[column.Header])));

    private static byte[] WriteXlsx(List<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        if (rows.Count == 0)
        {
            rows.Add(EnterpriseSheetColumns.ListExport.ToDictionary(c => c.Header, _ => (object?)null));
            stream.SaveAs(rows, sheetName: "企业");
            return stream.ToArray();
        }
        stream.SaveAs(rows, sheetName: "企业");
        return stream.ToArray();
    }

    private static string? Text(Enum? value) =>
        value is null ? null : JsonLocalizationStore.Instance.Find($"Enum:{value.GetType().Name}.{value}", Chinese) ?? value.ToString();
}
