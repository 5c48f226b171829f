using Riok.Mapperly.Abstractions;

namespace Cultivation.Policies;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PolicyMapper
{
    public static PolicyProgrammeDto ToDto(PolicyProgramme programme)
    {
        var dto = ToProgrammeDto(programme);
        dto.RuleSets = programme.RuleSets.OrderBy(r => r.EffectiveFrom).Select(r => ToSummary(r, r.ReadDefinition())).ToList();
        return dto;
    }

    public static PolicyRuleSetDto ToDto(PolicyProgramme programme, PolicyRuleSet ruleSet)
    {
        var definition = ruleSet.ReadDefinition();
        return new PolicyRuleSetDto
        {
            Id = ruleSet.Id, Version = ruleSet.Version, EffectiveFrom = ruleSet.EffectiveFrom, EffectiveTo = ruleSet.EffectiveTo,
            UnverifiedCount = PolicyDefinitionWalk.CountUnverified(definition), ProgrammeId = programme.Id, ProgrammeCode = programme.Code,
            Definition = definition, ConcurrencyStamp = ruleSet.ConcurrencyStamp
        };
    }

    [MapperIgnoreTarget(nameof(PolicyProgrammeDto.RuleSets))]
    private static partial PolicyProgrammeDto ToProgrammeDto(PolicyProgramme programme);

    private static PolicyRuleSetSummaryDto ToSummary(PolicyRuleSet ruleSet, PolicyRuleDefinition definition) => new()
    {
        Id = ruleSet.Id, Version = ruleSet.Version, EffectiveFrom = ruleSet.EffectiveFrom, EffectiveTo = ruleSet.EffectiveTo,
        UnverifiedCount = PolicyDefinitionWalk.CountUnverified(definition)
    };
}
