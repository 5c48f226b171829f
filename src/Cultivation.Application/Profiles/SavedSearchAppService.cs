using System.Text.Json;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Profiles;

/// <summary>A user's own saved searches; nobody sees or changes another's (another's id answers 404).</summary>
[Authorize(CultivationPermissions.ProfileSearch.Default)]
public sealed class SavedSearchAppService(
    IRepository<SavedSearch, Guid> savedSearches,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : ISavedSearchAppService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Guid UserId => currentUser.Id ?? throw new Authorization.CultivationAuthorizationException("A saved search belongs to a signed-in user.", isAuthenticated: false);

    public async Task<List<SavedSearchDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        (await executer.ToListAsync((await savedSearches.GetQueryableAsync()).Where(s => s.OwnerUserId == UserId).OrderBy(s => s.Name), cancellationToken))
        .Select(ToDto).ToList();

    public async Task<SavedSearchDto> CreateAsync(CreateUpdateSavedSearchDto input, CancellationToken cancellationToken = default)
    {
        if (await executer.CountAsync((await savedSearches.GetQueryableAsync()).Where(s => s.OwnerUserId == UserId), cancellationToken) >= SavedSearch.MaxPerUser)
        {
            throw new BusinessException(CultivationDomainErrorCodes.TooManySavedSearches, null, SavedSearch.MaxPerUser);
        }
        var saved = new SavedSearch(Guid.CreateVersion7(), UserId, input.Name, Serialize(input.Criteria), input.AlertsEnabled, clock.GetUtcNow().UtcDateTime);
        await savedSearches.InsertAsync(saved, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(saved);
    }

    public async Task<SavedSearchDto> UpdateAsync(Guid id, CreateUpdateSavedSearchDto input, CancellationToken cancellationToken = default)
    {
        var saved = await GetOwnAsync(id, cancellationToken);
        saved.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        saved.Update(input.Name, Serialize(input.Criteria), input.AlertsEnabled);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(saved);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await savedSearches.DeleteAsync(await GetOwnAsync(id, cancellationToken), cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<SavedSearch> GetOwnAsync(Guid id, CancellationToken cancellationToken) =>
        await savedSearches.FindAsync(id, cancellationToken: cancellationToken) is { } saved && saved.OwnerUserId == UserId
            ? saved
            : throw new EntityNotFoundException(typeof(SavedSearch), id);

    /// <summary>The page is not part of a saved search: it always starts from the first.</summary>
    private static string Serialize(ProfileSearchInput criteria)
    {
        criteria.SkipCount = 0;
        return JsonSerializer.Serialize(criteria, Json);
    }

    public static ProfileSearchInput Deserialize(string json) => JsonSerializer.Deserialize<ProfileSearchInput>(json, Json) ?? new ProfileSearchInput();

    private static SavedSearchDto ToDto(SavedSearch s) => new()
    {
        Id = s.Id, Name = s.Name, Criteria = Deserialize(s.CriteriaJson), AlertsEnabled = s.AlertsEnabled,
        LastCheckedTime = s.LastCheckedTime, CreationTime = s.CreationTime, ConcurrencyStamp = s.ConcurrencyStamp
    };
}
