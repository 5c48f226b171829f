using Cultivation.Enterprises;
using Cultivation.Exceptions;

namespace Cultivation.IndustryFields;

/// <summary>
/// Rules of the catalogue that need the database: unique codes, one meaning per name (a name or alias leads to one
/// national category, whichever system it comes from), and no deletion of a field in use.
/// </summary>
public sealed class IndustryFieldManager(
    IIndustryFieldRepository industryFields,
    ILocalIndustryRepository localIndustries,
    IEnterpriseRepository enterprises)
{
    public async Task<IndustryField> CreateAsync(string code, string name, CancellationToken cancellationToken = default)
    {
        code = code.Trim();
        if (await industryFields.FindByCodeAsync(code, cancellationToken) is not null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.IndustryFieldCodeAlreadyExists, "code", code);
        }
        return new IndustryField(Guid.CreateVersion7(), code, name);
    }

    /// <summary>A Shanghai name with an unused code, mapped to a national category (which must exist).</summary>
    public async Task<LocalIndustry> CreateLocalAsync(string code, string name, string system, Guid industryFieldId, bool confirmed,
        CancellationToken cancellationToken = default)
    {
        code = code.Trim();
        if (await localIndustries.FindByCodeAsync(code, cancellationToken) is not null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.LocalIndustryCodeAlreadyExists, "code", code);
        }
        var local = new LocalIndustry(Guid.CreateVersion7(), code, name, system, industryFieldId);
        await MapAsync(local, industryFieldId, confirmed, cancellationToken);
        return local;
    }

    /// <summary>Maps a Shanghai name to a national category (which must exist).</summary>
    public async Task MapAsync(LocalIndustry local, Guid industryFieldId, bool confirmed, CancellationToken cancellationToken = default)
    {
        var field = await industryFields.FindAsync(industryFieldId, includeDetails: false, cancellationToken)
            ?? throw new BusinessException(CultivationDomainErrorCodes.IndustryFieldNotFound, "industryFieldId");
        local.MapTo(field, confirmed);
    }

    /// <summary>Each of the field's names and aliases must not already name another category or a Shanghai entry mapped elsewhere.</summary>
    public async Task EnsureNamesFreeAsync(IndustryField field, CancellationToken cancellationToken = default)
    {
        var others = await OtherNamesAsync(f => f.Id != field.Id, l => l.IndustryFieldId != field.Id, cancellationToken);
        foreach (var name in field.Names())
        {
            if (others.Find(name) is { } taken)
            {
                throw new BusinessException(CultivationDomainErrorCodes.IndustryNameTaken, "aliases", name, taken.LocalIndustry?.Name ?? taken.Field.Name);
            }
        }
    }

    /// <summary>A Shanghai name must not already name another category, nor another Shanghai entry.</summary>
    public async Task EnsureNameFreeAsync(LocalIndustry local, CancellationToken cancellationToken = default)
    {
        var others = await OtherNamesAsync(f => f.Id != local.IndustryFieldId, l => l.Id != local.Id, cancellationToken);
        if (others.Find(local.Name) is { } taken)
        {
            throw new BusinessException(CultivationDomainErrorCodes.IndustryNameTaken, "name", local.Name, taken.LocalIndustry?.Name ?? taken.Field.Name);
        }
    }

    public async Task EnsureCanDeleteAsync(IndustryField field, CancellationToken cancellationToken = default)
    {
        if (await enterprises.AnyUsingIndustryFieldAsync(field.Id, cancellationToken))
        {
            throw new BusinessException(CultivationDomainErrorCodes.IndustryFieldInUse, null, field.Name);
        }
    }

    /// <summary>The names of the other categories and Shanghai entries (the catalogue is small: read whole).</summary>
    private async Task<IndustryNameIndex> OtherNamesAsync(Func<IndustryField, bool> otherField, Func<LocalIndustry, bool> otherLocal, CancellationToken cancellationToken)
    {
        var fields = await industryFields.GetAllAsync(cancellationToken);
        var locals = await localIndustries.GetAllAsync(cancellationToken);
        return new IndustryNameIndex(fields.Where(otherField), locals.Where(otherLocal));
    }
}
