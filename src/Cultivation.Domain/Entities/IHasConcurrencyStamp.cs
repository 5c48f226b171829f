using Cultivation.Exceptions;

namespace Cultivation.Entities;

/// <summary>
/// Optimistic concurrency: a client sends back the stamp it read; a save whose stamp no longer matches
/// the stored one fails with a conflict. The persistence layer renews the stamp on every update.
/// </summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}

public static class ConcurrencyStampExtensions
{
    /// <summary>
    /// Puts the stamp the client read on the entity, so that saving checks it against the stored one. An update
    /// without a stamp is refused: it would silently overwrite whatever someone else saved in between.
    /// </summary>
    public static void ExpectConcurrencyStamp(this IHasConcurrencyStamp entity, string? stamp)
    {
        if (string.IsNullOrEmpty(stamp))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ConcurrencyStampRequired, "concurrencyStamp");
        }
        entity.ConcurrencyStamp = stamp;
    }
}
