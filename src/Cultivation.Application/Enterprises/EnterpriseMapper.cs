using Riok.Mapperly.Abstractions;

namespace Cultivation.Enterprises;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EnterpriseMapper
{
    [MapperIgnoreTarget(nameof(EnterpriseDto.DistrictName))]
    [MapperIgnoreTarget(nameof(EnterpriseDto.IndustryFieldName))]
    private static partial EnterpriseDto MapEnterprise(Enterprise enterprise);

    public static EnterpriseDto ToDto(Enterprise enterprise, string districtName, string? industryFieldName)
    {
        var dto = MapEnterprise(enterprise);
        dto.DistrictName = districtName;
        dto.IndustryFieldName = industryFieldName;
        dto.Awards = dto.Awards.OrderByDescending(a => a.EditionYear).ToList();
        dto.Figures = dto.Figures.OrderByDescending(f => f.Year).ToList();
        dto.Contacts = dto.Contacts.OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return dto;
    }

    public static partial EnterpriseContactDto ToDto(EnterpriseContact contact);

    public static partial AwardRecordDto ToDto(AwardRecord award);

    public static partial EnterpriseFiguresDto ToDto(EnterpriseFigures figures);

    public static partial AwardSummaryDto ToSummary(AwardRecord award);

    public static partial ContactDetails ToDetails(CreateUpdateEnterpriseContactDto input);

    public static partial FiguresValues ToValues(UpdateEnterpriseFiguresDto input);

    public static AwardDetails ToDetails(CreateUpdateAwardRecordDto input) => new(
        input.Track!.Value, input.StageReached!.Value, input.PrizeLevel, input.ProjectName, input.IndustryFieldId,
        input.NationalAdvancement, input.NationalAdvancementYear, input.NationalPrize);

    public static EnterpriseProfile ToProfile(UpdateEnterpriseDto input) => new(
        input.Name, input.IndustryFieldId, input.FoundedOn, input.RegisteredCapital, input.Address, input.Website,
        input.LeadName, input.LeadGender, input.IndustryFieldText);
}
