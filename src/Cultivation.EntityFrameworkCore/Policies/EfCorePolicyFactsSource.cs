using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Policies;

/// <summary>
/// Five queries for any cohort: the enterprises, then their figures, national advancements, titles and financing rounds,
/// each selected by the cohort's own query as a sub-select (no id list sent, no query per enterprise). Projections only.
/// </summary>
public sealed class EfCorePolicyFactsSource(CultivationDbContext dbContext) : IPolicyFactsSource
{
    public async Task<Dictionary<Guid, PolicyFacts>> ReadAsync(IQueryable<Enterprise> cohort, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var ids = cohort.Select(e => e.Id);
        var heads = await cohort.AsNoTracking().Select(e => new { e.Id, e.FoundedOn, e.Listed, e.CreditCode, e.LeadGender }).ToListAsync(cancellationToken);
        if (heads.Count == 0)
        {
            return [];
        }
        var figures = (await dbContext.EnterpriseFigures.AsNoTracking().Where(f => ids.Contains(f.EnterpriseId) && f.Year <= asOf.Year)
                .Select(f => new
                {
                    f.EnterpriseId,
                    Record = new EnterpriseFigureRecord(f.Year, f.OperatingRevenue, f.MainBusinessRevenue, f.RdExpense, f.RdStaff, f.Employees,
                        f.TotalAssets, f.TotalLiabilities, f.NetProfit, f.IpClassI, f.IpClassIHighValue, f.IpClassII, f.NicheMarketYears)
                }).ToListAsync(cancellationToken))
            .ToLookup(f => f.EnterpriseId, f => f.Record);
        var advancements = (await dbContext.AwardRecords.AsNoTracking()
                .Where(a => ids.Contains(a.EnterpriseId) && a.NationalAdvancement != null && a.NationalAdvancementYear != null)
                .Select(a => new { a.EnterpriseId, Advancement = a.NationalAdvancement!.Value, Year = a.NationalAdvancementYear!.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.EnterpriseId, a => (a.Advancement, a.Year));
        var titles = (await dbContext.EnterpriseTitles.AsNoTracking().Where(t => ids.Contains(t.EnterpriseId))
                .Select(t => new { t.EnterpriseId, t.ProgrammeCode, t.GrantedOn, t.ValidUntil, t.Status, t.EndedOn })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.EnterpriseId, t => new PolicyTitleHeld
            {
                ProgrammeCode = t.ProgrammeCode, GrantedOn = t.GrantedOn,
                // A revoked title was held up to the day before its revocation.
                ValidUntil = t.Status == EnterpriseTitleStatus.Revoked && t.EndedOn is { } ended
                    ? (t.ValidUntil is { } until && until < ended.AddDays(-1) ? until : ended.AddDays(-1))
                    : t.ValidUntil
            });
        var rounds = (await dbContext.FinancingRounds.AsNoTracking().Where(r => ids.Contains(r.EnterpriseId))
                .Select(r => new { r.EnterpriseId, r.Date, r.Amount, r.QualifiedInvestor, r.PostMoneyValuation })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.EnterpriseId, r => new PolicyFinancingRound
            {
                Date = r.Date, Amount = r.Amount, QualifiedInvestor = r.QualifiedInvestor, PostMoneyValuation = r.PostMoneyValuation
            });
        return heads.ToDictionary(h => h.Id, h => PolicyFactsBuilder.Build(new EnterpriseFactRecords(
            h.FoundedOn, h.Listed, h.CreditCode, h.LeadGender, figures[h.Id].ToList(), advancements[h.Id].ToList(), titles[h.Id].ToList(), rounds[h.Id].ToList()), asOf));
    }
}
