using Cultivation.Authorization;
using Cultivation.Data;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.IndustryFields;
using Cultivation.Matchmaking;
using Cultivation.Notifications;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Profiles;

/// <summary>
/// Published profiles as investors read them, and "express interest", which asks the district officer for an
/// introduction. Staff also read the unpublished profiles of their own scope here.
/// </summary>
[Authorize(CultivationPermissions.ProfileSearch.Default)]
public sealed class PublishedProfileAppService(
    IProjectProfileRepository profiles,
    IEnterpriseRepository enterprises,
    IDistrictRepository districts,
    IIndustryFieldRepository industryFields,
    IIntroductionRepository introductions,
    IInvestorRepository institutions,
    INotificationRecipients recipients,
    NotificationWriter notifications,
    IDataFilter dataFilter,
    IPermissionChecker permissions,
    ICurrentPrincipalAccessor principal,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IPublishedProfileAppService
{
    public async Task<PublishedProfileDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var profile = await GetVisibleAsync(id, cancellationToken);
        Enterprise enterprise;
        using (dataFilter.Disable<IDistrictScoped>())
        {
            enterprise = await enterprises.GetAsync(profile.EnterpriseId, cancellationToken: cancellationToken);
        }
        var district = await districts.GetAsync(profile.DistrictId, includeDetails: false, cancellationToken);
        var field = enterprise.IndustryFieldId is { } fieldId ? await industryFields.FindAsync(fieldId, includeDetails: false, cancellationToken) : null;
        var dto = PublishedProfileMapper.ToDto(profile, enterprise, district.Name, field?.Name);
        dto.InterestExpressed = currentUser.InstitutionId is { } institutionId && await executer.AnyAsync(
            (await introductions.GetQueryableAsync()).Where(i => i.ProfileId == id && i.InstitutionId == institutionId), cancellationToken);
        return dto;
    }

    [Authorize(CultivationPermissions.ProfileSearch.ExpressInterest)]
    public async Task<ExpressInterestResultDto> ExpressInterestAsync(Guid id, ExpressInterestDto input, CancellationToken cancellationToken = default)
    {
        var institutionId = currentUser.InstitutionId
            ?? throw new BusinessException(CultivationDomainErrorCodes.InterestNeedsInstitution, null);
        var profile = await GetVisibleAsync(id, cancellationToken);
        if (!profile.IsPublished || profile.Consent is not { ContactThroughOfficer: true })
        {
            throw new BusinessException(CultivationDomainErrorCodes.ProfileNeedsConsent, "contactThroughOfficer");
        }
        using var _ = dataFilter.Disable<IDistrictScoped>();
        if (await executer.AnyAsync((await introductions.GetQueryableAsync())
                .Where(i => i.ProfileId == id && i.InstitutionId == institutionId && i.Status != IntroductionStatus.Closed), cancellationToken))
        {
            throw new BusinessException(CultivationDomainErrorCodes.InterestAlreadyExpressed, null);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var introduction = new Introduction(Guid.CreateVersion7(), profile.EnterpriseId, profile.DistrictId, profile.Id, institutionId,
            currentUser.Id!.Value, IntroductionOrigin.InvestorInterest, input.Message, now);
        await introductions.InsertAsync(introduction, cancellationToken: cancellationToken);
        await NotifyOfficersAsync(profile, institutionId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new ExpressInterestResultDto { IntroductionId = introduction.Id };
    }

    /// <summary>A published profile, or one of the caller's own scope for staff who may see drafts; anything else is not found.</summary>
    private async Task<ProjectProfile> GetVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        ProjectProfile? profile;
        using (dataFilter.Disable<IDistrictScoped>())
        {
            profile = await profiles.FindAsync(id, cancellationToken: cancellationToken);
        }
        var mayReadDrafts = principal.Principal is { } user && await permissions.IsGrantedAsync(user, CultivationPermissions.Profiles.Default)
                            && (currentUser.DistrictId is null || currentUser.DistrictId == profile?.DistrictId);
        return profile is not null && (profile.IsPublished || mayReadDrafts)
            ? profile
            : throw new EntityNotFoundException(typeof(ProjectProfile), id);
    }

    private async Task NotifyOfficersAsync(ProjectProfile profile, Guid institutionId, CancellationToken cancellationToken)
    {
        var institution = await institutions.GetAsync(institutionId, includeDetails: false, cancellationToken);
        var enterprise = await enterprises.GetAsync(profile.EnterpriseId, includeDetails: false, cancellationToken);
        var district = await districts.GetAsync(profile.DistrictId, includeDetails: false, cancellationToken);
        var officers = await recipients.GetDistrictOfficersAsync([profile.DistrictId], cancellationToken);
        var message = new NotificationMessage(
            NotificationTexts.Format("Notification:InterestExpressed:Title", institution.Name, enterprise.Name),
            NotificationTexts.Format("Notification:InterestExpressed:Body", institution.Name, enterprise.Name, profile.Content.Headline),
            $"/enterprises/{profile.EnterpriseId}", $"interest:{profile.Id}:{institutionId}");
        await notifications.WriteAsync(message, officers.GetValueOrDefault(profile.DistrictId) ?? [], district.Code, cancellationToken);
    }
}
