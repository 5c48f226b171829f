using System.Data;
using System.Globalization;
using System.Text;
using Cultivation.Enterprises;
using Cultivation.Localization;
using MiniExcelLibs;
using static Cultivation.Enterprises.EnterpriseSheetColumns;

namespace Cultivation.Imports;

/// <summary>
/// The empty file of each kind, generated from <see cref="EnterpriseSheetColumns"/>: the kind's columns with their
/// Chinese headers (amounts in 万元), and in the workbook a second sheet that says what each column takes.
/// </summary>
public static class ImportTemplateWriter
{
    private static readonly Dictionary<string, string> Notes = new()
    {
        [Name.Key] = "企业或创客团队的名称。",
        [EnterpriseSheetColumns.CreditCode.Key] = "18位统一社会信用代码，全角、小写均可。创客团队可不填：按届次、团队名称和负责人匹配已有团队，并标记人工复核。",
        [Kind.Key] = "企业 / 创客团队。不填时：有统一社会信用代码视为企业，否则视为创客团队。",
        [District.Key] = "区名、简称或行政区划代码，如 浦东新区、浦东、310115。区中小企业主管部门只能导入本区企业，可不填。",
        [IndustryField.Key] = "行业领域的名称或代码。",
        [FoundedOn.Key] = "日期：2024-09-30、2024/9/30、2024年9月30日、20240930 均可。",
        [RegisteredCapital.Key] = "金额，单位以列名为准（元或万元），也可在数字后写“万”或“元”。",
        [Address.Key] = "注册或办公地址。",
        [Website.Key] = "网址。",
        [LeadName.Key] = "创始人、法定代表人或团队负责人。",
        [LeadGender.Key] = "男 / 女。",
        [EditionYear.Key] = "届次年份，如 2024。不填时使用上传时选择的届次。",
        [Track.Key] = "企业组 / 创客组。不填时按类型推定。",
        [StageReached.Key] = "预赛 / 复赛 / 决赛。不填时：有奖项或全国晋级视为决赛，否则为预赛。",
        [Prize.Key] = "一等奖 / 二等奖 / 三等奖 / 优胜奖（也可写 1、2、3、4 或 First、Second…）；写“无”表示未获奖。各奖项不得超过届次名额。",
        [ProjectName.Key] = "参赛项目名称（新增参赛记录时必填）。",
        [NationalAdvancement.Key] = "全国企业组500强 / 50强、全国创客组100强 / 10强（可简写 500强、50强、100强、10强）；写“无”表示未晋级。",
        [NationalAdvancementYear.Key] = "晋级全国赛的年份（届次当年或次年）。",
        [NationalPrize.Key] = "全国总决赛奖项（仅50强、10强）。",
        [FiguresYear.Key] = "数据所属年度，如 2024。"
    };

    public static FileDto Write(ImportKind kind, ExportFormat format)
    {
        var columns = ImportColumnMap.ColumnsOf(kind);
        var headers = columns.Select(c => c.HeaderIn(AmountUnit.TenThousandYuan)).ToList();
        var kindName = JsonLocalizationStore.Instance.Find($"Enum:ImportKind.{kind}", new CultureInfo(CultivationResource.DefaultCulture)) ?? kind.ToString();
        if (format == ExportFormat.Csv)
        {
            var csv = new StringBuilder();
            csv.AppendJoin(',', headers).Append("\r\n");
            return new FileDto($"导入模板-{kindName}.csv", "text/csv; charset=utf-8", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv.ToString())]);
        }
        var sheet = new DataTable("导入");
        foreach (var header in headers)
        {
            sheet.Columns.Add(header, typeof(string));
        }
        var required = ImportColumnMap.RequiredOf(kind).SelectMany(any => any).ToHashSet();
        var notes = columns.Select(c => new Dictionary<string, object?>
        {
            ["列名"] = c.HeaderIn(AmountUnit.TenThousandYuan),
            ["英文列名"] = c.Key,
            ["也可写作"] = string.Join("、", c.Aliases),
            ["说明"] = c.IsAmount ? "金额，列名写（万元）按万元读，写（元）或不写单位按元读；数字后也可写“万”或“元”。" : Notes.GetValueOrDefault(c.Key, "整数或数字。"),
            ["必填"] = required.Contains(c) ? "是" : string.Empty
        }).ToList();
        notes.Add(new Dictionary<string, object?>
        {
            ["列名"] = "（通用）",
            ["英文列名"] = string.Empty,
            ["也可写作"] = string.Empty,
            ["说明"] = "列的顺序不限，多余的列会被忽略并提示；空白单元格表示不修改该项；同一企业在同一届次（或年度）出现两次会合并为一行并提示。",
            ["必填"] = string.Empty
        });
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["导入"] = sheet, ["填写说明"] = notes });
        return new FileDto($"导入模板-{kindName}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stream.ToArray());
    }
}
