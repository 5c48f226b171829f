using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Policies;

/// <summary>Programmes and their versioned rule sets; municipal administrators add and edit versions.</summary>
[Authorize(CultivationPermissions.Policies.Default)]
public sealed class PolicyProgrammeAppService(
    IPolicyProgrammeRepository programmes,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IPolicyProgrammeAppService
{
    public async Task<ListResultDto<PolicyProgrammeDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var list = await programmes.GetListWithRuleSetsAsync(cancellationToken);
        return new ListResultDto<PolicyProgrammeDto>(list.Select(PolicyMapper.ToDto).ToList());
    }

    public async Task<PolicyRuleSetDto> GetRuleSetAsync(Guid programmeId, Guid ruleSetId, CancellationToken cancellationToken = default)
    {
        var programme = await programmes.GetAsync(programmeId, cancellationToken: cancellationToken);
        return PolicyMapper.ToDto(programme, programme.GetRuleSet(ruleSetId));
    }

    [Authorize(CultivationPermissions.Policies.ManageRules)]
    public async Task<PolicyRuleSetDto> CreateRuleSetAsync(Guid programmeId, CreatePolicyRuleSetDto input, CancellationToken cancellationToken = default)
    {
        var programme = await programmes.GetAsync(programmeId, cancellationToken: cancellationToken);
        var ruleSet = programme.AddRuleSet(Guid.CreateVersion7(), input.Version, input.EffectiveFrom!.Value, input.EffectiveTo, input.Definition!);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return PolicyMapper.ToDto(programme, ruleSet);
    }

    [Authorize(CultivationPermissions.Policies.ManageRules)]
    public async Task<PolicyRuleSetDto> UpdateRuleSetAsync(Guid programmeId, Guid ruleSetId, UpdatePolicyRuleSetDto input,
        CancellationToken cancellationToken = default)
    {
        var programme = await programmes.GetAsync(programmeId, cancellationToken: cancellationToken);
        var ruleSet = programme.GetRuleSet(ruleSetId);
        ruleSet.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        programme.ReviseRuleSet(ruleSet, input.EffectiveFrom!.Value, input.EffectiveTo, input.Definition!);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return PolicyMapper.ToDto(programme, ruleSet);
    }

    [Authorize(CultivationPermissions.Policies.ManageRules)]
    public async Task<PolicyRuleSetDto> ConfirmCriterionAsync(Guid programmeId, Guid ruleSetId, string code, ConfirmPolicyCriterionDto input,
        CancellationToken cancellationToken = default)
    {
        var programme = await programmes.GetAsync(programmeId, cancellationToken: cancellationToken);
        var ruleSet = programme.GetRuleSet(ruleSetId);
        ruleSet.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        programme.ConfirmCriterion(ruleSet, code, ShanghaiTime.Today(clock));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return PolicyMapper.ToDto(programme, ruleSet);
    }
}
