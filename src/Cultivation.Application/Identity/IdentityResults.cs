using Cultivation.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace Cultivation.Identity;

internal static class IdentityResults
{
    /// <summary>A refused password or name becomes a field error whose text is the (localized) Identity message.</summary>
    public static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PasswordRejected, field,
                string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
