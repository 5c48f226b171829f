namespace Cultivation.Districts;

/// <summary>
/// Shanghai's 16 districts with their GB/T 2260 codes (the table in reference/contest-2024-facts.md).
/// Ids are fixed so that every installation and every test refers to a district by the same id.
/// </summary>
public static class ShanghaiDistricts
{
    public sealed record Entry(Guid Id, string Code, string Name, string ShortName, string EnglishName);

    public static readonly Entry Huangpu = new(Id(1), "310101", "黄浦区", "黄浦", "Huangpu");
    public static readonly Entry Xuhui = new(Id(4), "310104", "徐汇区", "徐汇", "Xuhui");
    public static readonly Entry Changning = new(Id(5), "310105", "长宁区", "长宁", "Changning");
    public static readonly Entry Jingan = new(Id(6), "310106", "静安区", "静安", "Jing'an");
    public static readonly Entry Putuo = new(Id(7), "310107", "普陀区", "普陀", "Putuo");
    public static readonly Entry Hongkou = new(Id(9), "310109", "虹口区", "虹口", "Hongkou");
    public static readonly Entry Yangpu = new(Id(10), "310110", "杨浦区", "杨浦", "Yangpu");
    public static readonly Entry Minhang = new(Id(12), "310112", "闵行区", "闵行", "Minhang");
    public static readonly Entry Baoshan = new(Id(13), "310113", "宝山区", "宝山", "Baoshan");
    public static readonly Entry Jiading = new(Id(14), "310114", "嘉定区", "嘉定", "Jiading");
    public static readonly Entry Pudong = new(Id(15), "310115", "浦东新区", "浦东", "Pudong New Area");
    public static readonly Entry Jinshan = new(Id(16), "310116", "金山区", "金山", "Jinshan");
    public static readonly Entry Songjiang = new(Id(17), "310117", "松江区", "松江", "Songjiang");
    public static readonly Entry Qingpu = new(Id(18), "310118", "青浦区", "青浦", "Qingpu");
    public static readonly Entry Fengxian = new(Id(20), "310120", "奉贤区", "奉贤", "Fengxian");
    public static readonly Entry Chongming = new(Id(51), "310151", "崇明区", "崇明", "Chongming");

    public static readonly IReadOnlyList<Entry> All =
    [
        Huangpu, Xuhui, Changning, Jingan, Putuo, Hongkou, Yangpu, Minhang,
        Baoshan, Jiading, Pudong, Jinshan, Songjiang, Qingpu, Fengxian, Chongming
    ];

    // 00000000-0000-7000-8000-310100000000 + the county part of the code: readable and stable.
    private static Guid Id(int county) => Guid.Parse($"00000000-0000-7000-8000-3101{county:00}000000");
}
