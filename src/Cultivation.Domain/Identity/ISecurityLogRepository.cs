namespace Cultivation.Identity;

public interface ISecurityLogRepository
{
    /// <summary>Saves at once, outside any surrounding change: a failed sign-in is recorded even though nothing else is.</summary>
    Task InsertAsync(SecurityLog log, CancellationToken cancellationToken = default);

    Task<(int TotalCount, List<SecurityLog> Items)> GetPagedListAsync(
        string? userName, DateTime? from, DateTime? to, int skip, int take, CancellationToken cancellationToken = default);
}
