using Cultivation.Notifications;
using Cultivation.Repositories;
using Cultivation.Search;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Cultivation.Profiles;

/// <summary>
/// The daily alert of saved searches: for each with alerts on, the published profiles that match it and changed since
/// its last check go to its owner's inbox (and e-mail), once per change. The check only moves up to what the index
/// already holds, so a change still queued for the index is reported the next day rather than never.
/// </summary>
public sealed class SavedSearchAlertRun(
    IRepository<SavedSearch, Guid> savedSearches,
    IProfileSearchEngine engine,
    IProfileIndexQueue indexQueue,
    INotificationRecipients recipients,
    NotificationWriter notifications,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<SavedSearchAlertRun> logger)
{
    private const int PageSize = 200;
    private const int NamedProfiles = 5;

    public async Task<(int Checked, int Alerted)> RunAsync(CancellationToken cancellationToken = default)
    {
        var until = (await indexQueue.GetLagAsync(cancellationToken)).OldestQueuedTime ?? clock.GetUtcNow().UtcDateTime;
        var (checkedCount, alerted) = (0, 0);
        Guid? after = null;
        while (true)
        {
            var query = (await savedSearches.GetQueryableAsync()).Where(s => s.AlertsEnabled);
            if (after is { } last)
            {
                query = query.Where(s => s.Id.CompareTo(last) > 0);
            }
            var page = await executer.ToListAsync(query.OrderBy(s => s.Id).Take(PageSize), cancellationToken);
            if (page.Count == 0)
            {
                break;
            }
            var owners = await recipients.GetUsersAsync(page.Select(s => s.OwnerUserId).Distinct().ToList(), cancellationToken);
            foreach (var saved in page)
            {
                if (await AlertAsync(saved, owners.GetValueOrDefault(saved.OwnerUserId), until, cancellationToken))
                {
                    alerted++;
                }
                saved.Checked(until);
                checkedCount++;
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
            after = page[^1].Id;
        }
        logger.LogInformation("Checked {Checked} saved searches, alerted {Alerted}.", checkedCount, alerted);
        return (checkedCount, alerted);
    }

    private async Task<bool> AlertAsync(SavedSearch saved, Recipient? owner, DateTime until, CancellationToken cancellationToken)
    {
        if (owner is null || until <= saved.LastCheckedTime)
        {
            return false;
        }
        var criteria = SavedSearchAppService.Deserialize(saved.CriteriaJson);
        var result = await engine.SearchAsync(new ProfileSearchQuery
        {
            Text = criteria.Text, Filters = ProfileSearchAppService.Filters(criteria), Scope = SearchScope.PublishedOnly,
            ChangedSince = new DateTimeOffset(DateTime.SpecifyKind(saved.LastCheckedTime, DateTimeKind.Utc)),
            Sort = ProfileSort.Newest, Take = NamedProfiles
        }, cancellationToken);
        if (result.Total == 0)
        {
            return false;
        }
        var message = new NotificationMessage(
            NotificationTexts.Format("Notification:SavedSearch:Title", saved.Name, result.Total),
            NotificationTexts.Format("Notification:SavedSearch:Body", saved.Name, result.Total),
            LinkOf(criteria), $"saved-search:{saved.Id}:{until:O}");
        await notifications.WriteAsync(message, [owner], null, cancellationToken);
        return true;
    }

    /// <summary>The search page with the saved criteria, as its address keeps them (q, one parameter per facet, sort).</summary>
    private static string LinkOf(ProfileSearchInput criteria)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(criteria.Text))
        {
            parameters.Add(new("q", criteria.Text));
        }
        foreach (var (name, values) in ProfileSearchAppService.Filters(criteria))
        {
            parameters.AddRange(values.Select(v => new KeyValuePair<string, string?>(name, v)));
        }
        parameters.Add(new("sort", nameof(ProfileSearchSort.Newest)));
        return QueryHelpers.AddQueryString("/profiles", parameters);
    }
}
