using Cultivation.Imports;

namespace Cultivation.IndustryFields;

/// <summary>
/// Every name the catalogue knows an industry by (national names, codes, English names, aliases, and the active names of
/// Shanghai's systems), each leading to one national category. Names compare as people write them (see <see cref="ImportText.Key"/>).
/// </summary>
public sealed class IndustryNameIndex
{
    private readonly Dictionary<string, IndustryNameMatch> _byKey = [];

    public IndustryNameIndex(IEnumerable<IndustryField> fields, IEnumerable<LocalIndustry> localIndustries)
    {
        var national = fields.OrderByDescending(f => f.IsActive).ToList();
        var byId = national.ToDictionary(f => f.Id);
        foreach (var field in national)
        {
            foreach (var name in field.Names())
            {
                _byKey.TryAdd(ImportText.Key(name), new IndustryNameMatch(field, null));
            }
        }
        foreach (var local in localIndustries.Where(l => l.IsActive))
        {
            if (byId.TryGetValue(local.IndustryFieldId, out var field))
            {
                _byKey.TryAdd(ImportText.Key(local.Name), new IndustryNameMatch(field, local));
            }
        }
    }

    public IndustryNameMatch? Find(string text) => _byKey.GetValueOrDefault(ImportText.Key(text));
}

/// <summary>The national category a name leads to, and the Shanghai entry when it was one of Shanghai's names.</summary>
public sealed record IndustryNameMatch(IndustryField Field, LocalIndustry? LocalIndustry);
