namespace Cultivation.Profiles;

public static class ProfileMapper
{
    public static ProjectProfileDto ToDto(ProjectProfile profile)
    {
        var c = profile.Content;
        return new ProjectProfileDto
        {
            Id = profile.Id, EnterpriseId = profile.EnterpriseId, DistrictId = profile.DistrictId, Status = profile.Status,
            Headline = c.Headline, HeadlineEn = c.HeadlineEn, Summary = c.Summary, SummaryEn = c.SummaryEn,
            ProductAndTechnology = c.ProductAndTechnology, MarketAndCustomers = c.MarketAndCustomers, Team = c.Team,
            FinancingStage = c.FinancingStage, FinancingAmountMin = c.FinancingAmountMin, FinancingAmountMax = c.FinancingAmountMax,
            FinancingAmountBand = c.AmountBand, UseOfFunds = c.UseOfFunds, ChainTags = c.ChainTags.ToList(),
            Consent = profile.Consent is { } consent ? ToDto(consent) : null,
            PublishedTime = profile.PublishedTime, WithdrawnTime = profile.WithdrawnTime, WithdrawReason = profile.WithdrawReason,
            LastModificationTime = profile.LastModificationTime, ConcurrencyStamp = profile.ConcurrencyStamp
        };
    }

    public static ProfileContent ToContent(SaveProjectProfileDto input) => new()
    {
        Headline = input.Headline, HeadlineEn = input.HeadlineEn, Summary = input.Summary, SummaryEn = input.SummaryEn,
        ProductAndTechnology = input.ProductAndTechnology, MarketAndCustomers = input.MarketAndCustomers, Team = input.Team,
        FinancingStage = input.FinancingStage, FinancingAmountMin = input.FinancingAmountMin, FinancingAmountMax = input.FinancingAmountMax,
        UseOfFunds = input.UseOfFunds, ChainTags = input.ChainTags
    };

    private static PublicationConsentDto ToDto(PublicationConsent consent) => new()
    {
        ConsentedBy = consent.ConsentedBy, ConsentedOn = consent.ConsentedOn, Profile = consent.Profile,
        ExactFigures = consent.ExactFigures, ContactThroughOfficer = consent.ContactThroughOfficer, Note = consent.Note,
        RecordedTime = consent.RecordedTime
    };
}
