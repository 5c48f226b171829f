using Cultivation.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Cultivation.Identity;

/// <summary>Identity's messages (password rules, taken names) in the request's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizerFactory factory) : IdentityErrorDescriber
{
    private readonly IStringLocalizer _localizer = factory.Create(typeof(CultivationResource));

    private IdentityError Error(string code, params object[] args) => new() { Code = code, Description = _localizer["Identity:" + code, args] };

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? string.Empty);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? string.Empty);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));
}
