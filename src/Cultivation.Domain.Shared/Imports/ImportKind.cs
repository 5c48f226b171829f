namespace Cultivation.Imports;

/// <summary>What a file holds; each kind has its own template and columns.</summary>
public enum ImportKind
{
    /// <summary>参赛及获奖结果: enterprises and maker teams with their entry in an edition (stage reached, prize, project).</summary>
    ContestResults = 1,

    /// <summary>全国晋级: 500强/50强/100强/10强 and national prizes of entries already recorded.</summary>
    NationalAdvancement = 2,

    /// <summary>年度经营数据: revenue, R&amp;D, staff, IP … by year.</summary>
    YearlyFigures = 3
}
