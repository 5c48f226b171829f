namespace Cultivation.Identity;

/// <summary>Records a successful sign-in on the user's row.</summary>
public interface IUserSignInStore
{
    /// <summary>
    /// Clears the failed-attempt count and sets the last sign-in time in one statement, without the user's concurrency
    /// stamp: one person signing in from two tabs at once is not an edit conflict.
    /// </summary>
    Task RecordSignInAsync(Guid userId, DateTime utcNow, CancellationToken cancellationToken = default);
}
