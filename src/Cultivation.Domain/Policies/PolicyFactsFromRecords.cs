using Cultivation.Contests;
using Cultivation.Enterprises;

namespace Cultivation.Policies;

/// <summary>
/// Reads what the policy rules need from the enterprises' records, for a whole cohort at once: one query per kind of
/// record (enterprises, figures, awards, titles, financing rounds) whatever the cohort's size — never one per enterprise.
/// </summary>
public interface IPolicyFactsSource
{
    /// <summary>The facts of every enterprise of the cohort as of the date, by enterprise id.</summary>
    Task<Dictionary<Guid, PolicyFacts>> ReadAsync(IQueryable<Enterprise> cohort, DateOnly asOf, CancellationToken cancellationToken = default);
}

/// <summary>The records of one enterprise the facts are built from (each list as read, unordered).</summary>
public sealed record EnterpriseFactRecords(
    DateOnly? FoundedOn,
    bool? Listed,
    string? CreditCode,
    Gender LeadGender,
    IReadOnlyList<EnterpriseFigureRecord> Figures,
    IReadOnlyList<(NationalAdvancement Advancement, int Year)> Advancements,
    IReadOnlyList<PolicyTitleHeld> Titles,
    IReadOnlyList<PolicyFinancingRound> Rounds);

public sealed record EnterpriseFigureRecord(
    int Year, decimal? OperatingRevenue, decimal? MainBusinessRevenue, decimal? RdExpense, int? RdStaff, int? Employees,
    decimal? TotalAssets, decimal? TotalLiabilities, decimal? NetProfit, int? IpClassI, int? IpClassIHighValue, int? IpClassII, int? NicheMarketYears);

/// <summary>
/// How records become facts. What the records do not hold stays missing (never 0): confirmations, IP counts and niche
/// years of a year not reported, financing when no round is recorded, honours other than the 创客中国 lists. Titles are
/// the system's own record: none recorded reads as none held.
/// </summary>
public static class PolicyFactsBuilder
{
    /// <summary>The honour kinds the records speak for: the 创客中国 national lists, kept on the award records.</summary>
    public static readonly IReadOnlyList<PolicyHonourKind> RecordedHonourKinds = [PolicyHonourKind.ChuangkeTop500Enterprise, PolicyHonourKind.ChuangkeTop50Enterprise];

    public static PolicyFacts Build(EnterpriseFactRecords records, DateOnly asOf)
    {
        var years = records.Figures.Where(f => f.Year < asOf.Year + 1).OrderBy(f => f.Year).ToList();
        var lastYear = asOf.Year - 1;
        // IP and niche-market years as of the last complete year's figures (the rules read "at the end of last year").
        var latest = years.Where(f => f.Year <= lastYear).MaxBy(f => f.Year);
        var latestNiche = years.Where(f => f.Year <= lastYear && f.NicheMarketYears is not null).MaxBy(f => f.Year);
        return new PolicyFacts
        {
            FoundedOn = records.FoundedOn,
            Listed = records.Listed,
            Years = years.Count == 0 ? null : years.Select(f => new PolicyYearFigures
            {
                Year = f.Year, OperatingRevenue = f.OperatingRevenue, MainBusinessRevenue = f.MainBusinessRevenue, RdExpense = f.RdExpense,
                RdStaff = f.RdStaff, Employees = f.Employees, TotalAssets = f.TotalAssets, TotalLiabilities = f.TotalLiabilities, NetProfit = f.NetProfit
            }).ToList(),
            IpClassI = latest?.IpClassI,
            IpClassIHighValue = latest?.IpClassIHighValue,
            IpClassII = latest?.IpClassII,
            NicheMarketYears = latestNiche is null ? null : latestNiche.NicheMarketYears + (lastYear - latestNiche.Year),
            FinancingRounds = records.Rounds.Count == 0 ? null : records.Rounds.Where(r => r.Date <= asOf).OrderBy(r => r.Date).ToList(),
            Honours = Honours(records.Advancements, asOf),
            HonourKindsKnown = [.. RecordedHonourKinds],
            Titles = records.Titles.Where(t => t.GrantedOn <= asOf).OrderBy(t => t.GrantedOn).ToList(),
            Confirmations = Confirmations(records)
        };
    }

    /// <summary>
    /// The yes/no facts the records answer: registered in Shanghai (an enterprise credit code, 9…, whose registering
    /// authority is in Shanghai, 31…) and led by a woman (the lead's gender, when recorded). The rest stay unconfirmed.
    /// </summary>
    private static Dictionary<string, bool>? Confirmations(EnterpriseFactRecords records)
    {
        var confirmations = new Dictionary<string, bool>();
        if (records.CreditCode is { Length: EnterpriseConsts.CreditCodeLength } code)
        {
            confirmations[PolicyConfirmations.RegisteredInShanghai] = code[0] == '9' && code[2] == '3' && code[3] == '1';
        }
        if (records.LeadGender != Gender.Unknown)
        {
            confirmations[PolicyConfirmations.WomanLed] = records.LeadGender == Gender.Female;
        }
        return confirmations.Count == 0 ? null : confirmations;
    }

    /// <summary>
    /// 500强 and 50强 of the enterprise group, dated the first day of the year the list came out (the records keep the
    /// year). Every 50强 was in the 500强 first, so a 50强 counts as both.
    /// </summary>
    private static List<PolicyHonour> Honours(IReadOnlyList<(NationalAdvancement Advancement, int Year)> advancements, DateOnly asOf)
    {
        var honours = new List<PolicyHonour>();
        foreach (var (advancement, year) in advancements)
        {
            var on = new DateOnly(year, 1, 1);
            if (on > asOf)
            {
                continue;
            }
            if (advancement is NationalAdvancement.EnterpriseTop500 or NationalAdvancement.EnterpriseTop50)
            {
                honours.Add(new PolicyHonour { Kind = PolicyHonourKind.ChuangkeTop500Enterprise, AwardedOn = on });
            }
            if (advancement == NationalAdvancement.EnterpriseTop50)
            {
                honours.Add(new PolicyHonour { Kind = PolicyHonourKind.ChuangkeTop50Enterprise, AwardedOn = on });
            }
        }
        return honours;
    }
}
