using Cultivation.Enterprises;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Profiles;

/// <summary>
/// The district officer writes an enterprise's profile, records its consent, publishes and withdraws it. Each change
/// reaches the search index through its outbox; on a node that runs background work the sync is asked to run at once.
/// </summary>
[Authorize(CultivationPermissions.Profiles.Default)]
public sealed class ProjectProfileAppService(
    IProjectProfileRepository profiles,
    IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock,
    IProfileIndexTrigger? indexTrigger = null) : IProjectProfileAppService
{
    public async Task<EnterpriseProfileDto> GetOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var profile = await profiles.FindOfEnterpriseAsync(enterpriseId, cancellationToken);
        return new EnterpriseProfileDto { EnterpriseId = enterpriseId, Profile = profile is null ? null : ProfileMapper.ToDto(profile) };
    }

    [Authorize(CultivationPermissions.Profiles.Edit)]
    public async Task<ProjectProfileDto> SaveAsync(Guid enterpriseId, SaveProjectProfileDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var content = ProfileMapper.ToContent(input);
        var profile = await profiles.FindOfEnterpriseAsync(enterpriseId, cancellationToken);
        if (profile is null)
        {
            profile = new ProjectProfile(Guid.CreateVersion7(), enterprise.Id, enterprise.DistrictId, content);
            await profiles.InsertAsync(profile, cancellationToken: cancellationToken);
        }
        else
        {
            profile.ExpectConcurrencyStamp(input.ConcurrencyStamp);
            profile.Update(content);
        }
        await SaveAndIndexAsync(cancellationToken);
        return ProfileMapper.ToDto(profile);
    }

    [Authorize(CultivationPermissions.Profiles.Edit)]
    public Task<ProjectProfileDto> RecordConsentAsync(Guid id, RecordConsentDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (profile, now) => profile.RecordConsent(new PublicationConsent
        {
            ConsentedBy = input.ConsentedBy, ConsentedOn = input.ConsentedOn!.Value, Profile = input.Profile,
            ExactFigures = input.ExactFigures, ContactThroughOfficer = input.ContactThroughOfficer, Note = input.Note,
            RecordedByUserId = currentUser.Id, RecordedTime = now
        }, ShanghaiTime.Today(clock)), cancellationToken);

    [Authorize(CultivationPermissions.Profiles.Edit)]
    public Task<ProjectProfileDto> WithdrawConsentAsync(Guid id, ChangeProfileStatusDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (profile, now) => profile.WithdrawConsent(now), cancellationToken);

    [Authorize(CultivationPermissions.Profiles.Edit)]
    public Task<ProjectProfileDto> PublishAsync(Guid id, ChangeProfileStatusDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (profile, now) => profile.Publish(now), cancellationToken);

    [Authorize(CultivationPermissions.Profiles.Edit)]
    public Task<ProjectProfileDto> WithdrawAsync(Guid id, ChangeProfileStatusDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, (profile, now) => profile.Withdraw(now, input.Reason), cancellationToken);

    private async Task<ProjectProfileDto> ChangeAsync(Guid id, string? concurrencyStamp, Action<ProjectProfile, DateTime> change,
        CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(id, cancellationToken: cancellationToken);
        profile.ExpectConcurrencyStamp(concurrencyStamp);
        change(profile, clock.GetUtcNow().UtcDateTime);
        await SaveAndIndexAsync(cancellationToken);
        return ProfileMapper.ToDto(profile);
    }

    private async Task SaveAndIndexAsync(CancellationToken cancellationToken)
    {
        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (indexTrigger is not null)
        {
            await indexTrigger.SyncNowAsync(cancellationToken);
        }
    }
}
