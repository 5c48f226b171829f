namespace Cultivation.Profiles;

/// <summary>Asks for the index sync to run now (after a commit), rather than at its next scheduled run.</summary>
public interface IProfileIndexTrigger
{
    ValueTask SyncNowAsync(CancellationToken cancellationToken = default);
}
