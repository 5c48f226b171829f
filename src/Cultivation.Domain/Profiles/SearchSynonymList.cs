using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Profiles;

/// <summary>
/// The synonym groups search applies (人工智能, AI), one group a line, kept by municipal administrators. One list for the
/// whole installation; applied at query time, so a change needs no reindex.
/// </summary>
public class SearchSynonymList : AuditedAggregateRoot<Guid>
{
    public static readonly Guid SingletonId = Guid.Parse("00000000-0000-7000-8000-00000000510a");
    public const int MaxLines = 500;
    public const int MaxLineLength = 200;

    private List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    private SearchSynonymList()
    {
    }

    public SearchSynonymList(IEnumerable<string> lines) : base(SingletonId) => Replace(lines);

    public void Replace(IEnumerable<string> lines)
    {
        var kept = lines.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        if (kept.Count > MaxLines)
        {
            throw new BusinessException(CultivationDomainErrorCodes.SynonymListTooLong, "lines", MaxLines);
        }
        _lines = kept.Select(l => Check.NotNullOrWhiteSpace(l, "lines", MaxLineLength)).ToList();
    }

    /// <summary>Shanghai's industry names and what people type for them (a starting point administrators edit).</summary>
    public static readonly IReadOnlyList<string> Defaults =
    [
        "人工智能, AI",
        "集成电路, 芯片, 半导体, IC",
        "生物医药, 医药, 创新药",
        "新能源汽车, 电动汽车, 智能网联汽车",
        "元宇宙, XR, 虚拟现实",
        "先进材料, 新材料",
        "高端装备, 智能装备"
    ];
}
