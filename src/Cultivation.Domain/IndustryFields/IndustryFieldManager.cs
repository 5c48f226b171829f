using Cultivation.Enterprises;
using Cultivation.Exceptions;

namespace Cultivation.IndustryFields;

/// <summary>Rules of the catalogue that need the database: unique codes, and no deletion of a field in use.</summary>
public sealed class IndustryFieldManager(IIndustryFieldRepository industryFields, IEnterpriseRepository enterprises)
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

    public async Task EnsureCanDeleteAsync(IndustryField field, CancellationToken cancellationToken = default)
    {
        if (await enterprises.AnyUsingIndustryFieldAsync(field.Id, cancellationToken))
        {
            throw new BusinessException(CultivationDomainErrorCodes.IndustryFieldInUse, null, field.Name);
        }
    }
}
