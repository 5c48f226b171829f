using System.Linq.Expressions;
using Cultivation.Contests;
using Cultivation.Linq;
using Cultivation.Sorting;

namespace Cultivation.Enterprises;

/// <summary>The enterprise list's filters and sorting as one LINQ query, shared by the list and the export.</summary>
public static class EnterpriseListQuery
{
    public static readonly string[] SortableFields = ["name", "creditCode", "foundedOn", "creationTime"];

    /// <param name="titles">The titles, for the "holds an active title" filter.</param>
    public static IQueryable<Enterprise> Filter(IQueryable<Enterprise> query, GetEnterpriseListInput input, IQueryable<Policies.EnterpriseTitle> titles)
    {
        if (!string.IsNullOrWhiteSpace(input.TitleProgrammeCode))
        {
            var code = input.TitleProgrammeCode.Trim();
            query = query.Where(e => titles.Any(t => t.EnterpriseId == e.Id && t.ProgrammeCode == code && t.Status == Policies.EnterpriseTitleStatus.Active));
        }
        if (input.DistrictId is { } districtId)
        {
            query = query.Where(e => e.DistrictId == districtId);
        }
        if (input.IndustryFieldId is { } fieldId)
        {
            query = query.Where(e => e.IndustryFieldId == fieldId);
        }
        if (input.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }
        if (input.IndustryFieldUnresolved is true)
        {
            query = query.Where(e => e.IndustryFieldId == null && e.IndustryFieldText != null);
        }
        if (AwardPredicate(input) is { } award)
        {
            query = query.Where(e => e.Awards.AsQueryable().Any(award));
        }
        if (!string.IsNullOrWhiteSpace(input.Keyword))
        {
            var keyword = input.Keyword.Trim();
            var code = CreditCodeRules.Normalize(keyword);
            query = query.Where(e => e.Name.Contains(keyword)
                                     || (e.CreditCode != null && e.CreditCode.Contains(code))
                                     || e.Awards.Any(a => a.ProjectName.Contains(keyword)));
        }
        return query;
    }

    public static IOrderedQueryable<Enterprise> Sort(IQueryable<Enterprise> query, string? sorting)
    {
        var (field, descending) = SortingParser.Parse(sorting, "name", SortableFields);
        IOrderedQueryable<Enterprise> ordered = field switch
        {
            "creditCode" => descending ? query.OrderByDescending(e => e.CreditCode) : query.OrderBy(e => e.CreditCode),
            "foundedOn" => descending ? query.OrderByDescending(e => e.FoundedOn) : query.OrderBy(e => e.FoundedOn),
            "creationTime" => descending ? query.OrderByDescending(e => e.CreationTime) : query.OrderBy(e => e.CreationTime),
            _ => descending ? query.OrderByDescending(e => e.Name) : query.OrderBy(e => e.Name)
        };
        // A unique tiebreaker keeps pages stable when names repeat.
        return descending ? ordered.ThenByDescending(e => e.Id) : ordered.ThenBy(e => e.Id);
    }

    /// <summary>All award conditions hold for one and the same award record; null when there are none.</summary>
    private static Expression<Func<AwardRecord, bool>>? AwardPredicate(GetEnterpriseListInput input)
    {
        Expression<Func<AwardRecord, bool>>? predicate = null;
        void And(Expression<Func<AwardRecord, bool>> condition) => predicate = predicate is null ? condition : predicate.AndAlso(condition);

        if (input.EditionId is { } editionId)
        {
            And(a => a.EditionId == editionId);
        }
        if (input.Track is { } track)
        {
            And(a => a.Track == track);
        }
        if (input.PrizeLevel is { } level)
        {
            And(a => a.PrizeLevel == level);
        }
        if (input.NationalAdvancement is { } advancement)
        {
            // The record keeps the furthest list reached, and every 50强 was in the 500强 first.
            var reached = advancement switch
            {
                NationalAdvancement.EnterpriseTop500 => new NationalAdvancement?[] { advancement, NationalAdvancement.EnterpriseTop50 },
                NationalAdvancement.MakerTop100 => [advancement, NationalAdvancement.MakerTop10],
                _ => [advancement]
            };
            And(a => reached.Contains(a.NationalAdvancement));
        }
        if (predicate is not null && input.DistrictId is { } districtId)
        {
            // An award carries its enterprise's district, so the district filter also narrows the awards searched:
            // the database then walks the (district, prize, enterprise) index instead of every award.
            predicate = predicate.AndAlso(a => a.DistrictId == districtId);
        }
        return predicate;
    }
}
