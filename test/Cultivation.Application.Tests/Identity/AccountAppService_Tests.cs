using Cultivation.Exceptions;
using Cultivation.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Cultivation.EntityFrameworkCore;

namespace Cultivation.Application.Tests.Identity;

public abstract class AccountAppService_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private Task<TokenResultDto> SignInAsync(string userName, string password) =>
        fixture.CallAsync<IAccountAppService, TokenResultDto>(null, s => s.SignInAsync(new TokenRequestDto { UserName = userName, Password = password }));

    private Task<TokenResultDto> RefreshAsync(string token) =>
        fixture.CallAsync<IAccountAppService, TokenResultDto>(null, s => s.RefreshAsync(new RefreshTokenRequestDto { RefreshToken = token }));

    private async Task<string> NewUserAsync(string userName)
    {
        await fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateUserDto
        {
            UserName = userName, DisplayName = userName, Password = TestData.Password, Roles = [CultivationRoles.MunicipalReviewer]
        }));
        return userName;
    }

    private Task<List<SecurityLogAction>> SecurityActionsAsync(string userName) =>
        fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbContext>().SecurityLogs
            .Where(l => l.UserName == userName).OrderBy(l => l.CreationTime).Select(l => l.Action).ToListAsync());

    [Fact]
    public async Task Should_sign_in_with_the_right_password_and_log_it()
    {
        var user = await NewUserAsync("signin-ok");
        var tokens = await SignInAsync(user, TestData.Password);
        tokens.AccessToken.Split('.').Length.ShouldBe(3);
        tokens.ExpiresIn.ShouldBe(15 * 60);
        tokens.RefreshToken.Length.ShouldBeGreaterThan(40);
        (await SecurityActionsAsync(user)).ShouldBe([SecurityLogAction.SignInSucceeded]);
    }

    [Fact]
    public async Task Should_lock_the_account_after_five_wrong_passwords_even_against_the_right_one()
    {
        var user = await NewUserAsync("lockout");
        for (var i = 0; i < 4; i++)
        {
            (await Should.ThrowAsync<BusinessException>(() => SignInAsync(user, "Wrong@12345"))).Code.ShouldBe(CultivationDomainErrorCodes.InvalidCredentials);
        }
        // Locked, the answer is the one an unknown name gets (its message mentions locking), whatever the password.
        (await Should.ThrowAsync<BusinessException>(() => SignInAsync(user, "Wrong@12345"))).Code.ShouldBe(CultivationDomainErrorCodes.InvalidCredentials);
        (await Should.ThrowAsync<BusinessException>(() => SignInAsync(user, TestData.Password))).Code.ShouldBe(CultivationDomainErrorCodes.InvalidCredentials);
        (await SecurityActionsAsync(user)).ShouldBe([.. Enumerable.Repeat(SecurityLogAction.SignInFailed, 4), SecurityLogAction.LockedOut, SecurityLogAction.LockedOut]);

        var id = (await fixture.CallAsync<IUserAppService, Cultivation.Dtos.PagedResultDto<IdentityUserDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetUserListInput { Filter = user }))).Items.Single().Id;
        await fixture.CallAsync<IUserAppService>(TestPrincipals.Admin, s => s.UnlockAsync(id));
        (await SignInAsync(user, TestData.Password)).AccessToken.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_not_tell_an_unknown_user_from_a_wrong_password()
    {
        (await Should.ThrowAsync<BusinessException>(() => SignInAsync("nobody-here", "Whatever@1"))).Code.ShouldBe(CultivationDomainErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task Should_rotate_refresh_tokens_and_end_the_family_when_an_old_one_comes_back()
    {
        var user = await NewUserAsync("refresh");
        var first = await SignInAsync(user, TestData.Password);
        var second = await RefreshAsync(first.RefreshToken);
        second.RefreshToken.ShouldNotBe(first.RefreshToken);

        (await Should.ThrowAsync<BusinessException>(() => RefreshAsync(first.RefreshToken))).Code.ShouldBe(CultivationDomainErrorCodes.InvalidRefreshToken);
        // The stolen copy was presented: the legitimate newer token no longer works either.
        (await Should.ThrowAsync<BusinessException>(() => RefreshAsync(second.RefreshToken))).Code.ShouldBe(CultivationDomainErrorCodes.InvalidRefreshToken);
        (await SecurityActionsAsync(user)).ShouldContain(SecurityLogAction.RefreshTokenReused);
    }

    [Fact]
    public async Task Should_expire_refresh_tokens_after_their_lifetime()
    {
        var user = await NewUserAsync("refresh-expiry");
        var tokens = await SignInAsync(user, TestData.Password);
        // The clock only moves forward; later tests of this class do not depend on the date.
        fixture.Clock.Advance(TimeSpan.FromDays(8));
        (await Should.ThrowAsync<BusinessException>(() => RefreshAsync(tokens.RefreshToken))).Code.ShouldBe(CultivationDomainErrorCodes.InvalidRefreshToken);
    }

    [Fact]
    public async Task Should_end_sessions_on_sign_out()
    {
        var user = await NewUserAsync("sign-out");
        var tokens = await SignInAsync(user, TestData.Password);
        await fixture.CallAsync<IAccountAppService>(null, s => s.SignOutAsync(new RefreshTokenRequestDto { RefreshToken = tokens.RefreshToken }));
        await Should.ThrowAsync<BusinessException>(() => RefreshAsync(tokens.RefreshToken));
    }

    [Fact]
    public async Task Should_refuse_a_weak_password_with_the_rule_it_breaks()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin,
            s => s.CreateAsync(new CreateUserDto { UserName = "weak", DisplayName = "weak", Password = "abc", Roles = [CultivationRoles.MunicipalReviewer] })));
        error.Code.ShouldBe(CultivationDomainErrorCodes.PasswordRejected);
        error.Field.ShouldBe("password");
        error.Arguments.Single().ToString()!.ShouldContain("8");
    }
}

public sealed class AccountAppService_Sqlite_Tests(SqliteFixture fixture) : AccountAppService_Tests<SqliteFixture>(fixture);

public sealed class AccountAppService_MariaDb_Tests(MariaDbFixture fixture) : AccountAppService_Tests<MariaDbFixture>(fixture);
