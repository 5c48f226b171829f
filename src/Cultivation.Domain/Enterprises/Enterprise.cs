using Cultivation.Contests;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Validation;

namespace Cultivation.Enterprises;

/// <summary>
/// A company or a maker team that took part in the contest. A maker team may have no credit code yet;
/// when it incorporates it becomes a company and keeps its id, awards and history. Contacts, award
/// records and yearly figures belong to the enterprise and share its district.
/// </summary>
public class Enterprise : FullAuditedAggregateRoot<Guid>, IDistrictScoped
{
    private readonly List<EnterpriseContact> _contacts = [];
    private readonly List<AwardRecord> _awards = [];
    private readonly List<EnterpriseFigures> _figures = [];
    private readonly List<FinancingRound> _financingRounds = [];

    public EnterpriseKind Kind { get; private set; }
    public string Name { get; private set; } = null!;
    /// <summary>统一社会信用代码, upper-case and checked; null only for a maker team.</summary>
    public string? CreditCode { get; private set; }
    public Guid DistrictId { get; private set; }
    public Guid? IndustryFieldId { get; private set; }
    /// <summary>
    /// 行业领域 as the source wrote it when that differs from the catalogue's name: one of Shanghai's names (集成电路), an
    /// alias, or a name the catalogue does not know yet (then <see cref="IndustryFieldId"/> is empty until a person
    /// resolves it).
    /// </summary>
    public string? IndustryFieldText { get; private set; }
    public DateOnly? FoundedOn { get; private set; }
    /// <summary>The day a maker team registered as a company.</summary>
    public DateOnly? IncorporatedOn { get; private set; }
    /// <summary>注册资本 in yuan.</summary>
    public decimal? RegisteredCapital { get; private set; }
    public string? Address { get; private set; }
    public string? Website { get; private set; }
    /// <summary>The founder, legal representative or team lead.</summary>
    public string? LeadName { get; private set; }
    public Gender LeadGender { get; private set; }
    /// <summary>Listed at home or abroad (境内外上市); null while unknown, which is not "no".</summary>
    public bool? Listed { get; private set; }

    public IReadOnlyList<EnterpriseContact> Contacts => _contacts;
    public IReadOnlyList<AwardRecord> Awards => _awards;
    public IReadOnlyList<EnterpriseFigures> Figures => _figures;
    public IReadOnlyList<FinancingRound> FinancingRounds => _financingRounds;

    private Enterprise()
    {
    }

    internal Enterprise(Guid id, EnterpriseKind kind, string name, CreditCode? creditCode, Guid districtId) : base(id)
    {
        Kind = Check.Defined(kind, "kind");
        if (kind == EnterpriseKind.Company && creditCode is null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.CompanyNeedsCreditCode, "creditCode");
        }
        CreditCode = creditCode?.Value;
        DistrictId = districtId;
        Name = Check.NotNullOrWhiteSpace(name, "name", EnterpriseConsts.MaxNameLength);
    }

    public void UpdateProfile(EnterpriseProfile profile, DateOnly today)
    {
        if (profile.FoundedOn > today)
        {
            throw new BusinessException(CultivationDomainErrorCodes.FoundedInTheFuture, "foundedOn");
        }
        EnsurePlausibleFounding(profile.FoundedOn, "foundedOn");
        if (profile.RegisteredCapital < 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.AmountMustNotBeNegative, "registeredCapital");
        }
        Name = Check.NotNullOrWhiteSpace(profile.Name, "name", EnterpriseConsts.MaxNameLength);
        IndustryFieldId = profile.IndustryFieldId;
        IndustryFieldText = Check.Length(string.IsNullOrWhiteSpace(profile.IndustryFieldText) ? null : profile.IndustryFieldText.Trim(), "industryFieldText", EnterpriseConsts.MaxIndustryFieldTextLength);
        FoundedOn = profile.FoundedOn;
        RegisteredCapital = profile.RegisteredCapital;
        Address = Check.Length(profile.Address, "address", EnterpriseConsts.MaxAddressLength);
        Website = Check.Length(profile.Website, "website", EnterpriseConsts.MaxWebsiteLength);
        if (Website is not null && !WebsiteRules.IsValid(Website))
        {
            throw new BusinessException(CultivationDomainErrorCodes.WebsiteNotHttp, "website");
        }
        LeadName = Check.Length(profile.LeadName, "leadName", EnterpriseConsts.MaxLeadNameLength);
        LeadGender = Check.Defined(profile.LeadGender, "leadGender");
    }

    /// <summary>Uniqueness is the manager's to check; this only stores a valid code.</summary>
    internal void SetCreditCode(CreditCode? creditCode)
    {
        if (Kind == EnterpriseKind.Company && creditCode is null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.CompanyNeedsCreditCode, "creditCode");
        }
        CreditCode = creditCode?.Value;
    }

    /// <summary>A maker team registers as a company: it keeps its id, awards and history.</summary>
    internal void Incorporate(CreditCode creditCode, DateOnly incorporatedOn, DateOnly today)
    {
        if (Kind == EnterpriseKind.Company)
        {
            throw new BusinessException(CultivationDomainErrorCodes.AlreadyIncorporated, null, Name);
        }
        if (incorporatedOn > today)
        {
            throw new BusinessException(CultivationDomainErrorCodes.FoundedInTheFuture, "incorporatedOn");
        }
        EnsurePlausibleFounding(incorporatedOn, "incorporatedOn");
        Kind = EnterpriseKind.Company;
        CreditCode = creditCode.Value;
        IncorporatedOn = incorporatedOn;
        FoundedOn ??= incorporatedOn;
    }

    /// <summary>Year 0001 and the like are typing or reading errors, not dates.</summary>
    private static void EnsurePlausibleFounding(DateOnly? date, string field)
    {
        if (date?.Year < EnterpriseConsts.MinFoundedYear)
        {
            throw new BusinessException(CultivationDomainErrorCodes.FoundedOnOutOfRange, field, $"{EnterpriseConsts.MinFoundedYear}-01-01");
        }
    }

    /// <summary>Moves the enterprise and everything it owns to another district.</summary>
    internal void MoveToDistrict(Guid districtId)
    {
        AddDomainEvent(new EnterpriseMovedEvent(Id, DistrictId, districtId));
        DistrictId = districtId;
        _contacts.ForEach(c => c.DistrictId = districtId);
        _awards.ForEach(a => a.DistrictId = districtId);
        _figures.ForEach(f => f.DistrictId = districtId);
        _financingRounds.ForEach(r => r.DistrictId = districtId);
    }

    public EnterpriseContact AddContact(ContactDetails details)
    {
        var contact = new EnterpriseContact(Guid.CreateVersion7(), this, details);
        _contacts.Add(contact);
        KeepOnePrimary(contact);
        return contact;
    }

    public EnterpriseContact UpdateContact(Guid contactId, ContactDetails details)
    {
        var contact = FindChild(_contacts, contactId);
        contact.Update(details);
        KeepOnePrimary(contact);
        return contact;
    }

    public void RemoveContact(Guid contactId) => _contacts.Remove(FindChild(_contacts, contactId));

    public AwardRecord RecordAward(ContestEdition edition, AwardDetails details)
    {
        EnsureNoOtherAwardIn(edition, null);
        var award = new AwardRecord(Guid.CreateVersion7(), this, edition, details);
        _awards.Add(award);
        AddDomainEvent(AwardRecordedEvent.Of(award));
        return award;
    }

    public AwardRecord UpdateAward(Guid awardId, ContestEdition edition, AwardDetails details)
    {
        var award = FindChild(_awards, awardId);
        EnsureNoOtherAwardIn(edition, awardId);
        award.Update(edition, details);
        AddDomainEvent(AwardRecordedEvent.Of(award));
        return award;
    }

    public void RemoveAward(Guid awardId)
    {
        _awards.Remove(FindChild(_awards, awardId));
        AddDomainEvent(new AwardRemovedEvent(Id, awardId));
    }

    /// <summary>The most recent edition's record: what the enterprise is known for now.</summary>
    public AwardRecord? LatestAward => _awards.OrderByDescending(a => a.EditionYear).FirstOrDefault();

    public EnterpriseFigures RecordFigures(int year, FiguresValues values, int currentYear)
    {
        if (_figures.Any(f => f.Year == year))
        {
            throw new BusinessException(CultivationDomainErrorCodes.FiguresYearAlreadyRecorded, "year", year);
        }
        var figures = new EnterpriseFigures(Guid.CreateVersion7(), this, year, values, currentYear);
        _figures.Add(figures);
        return figures;
    }

    public EnterpriseFigures UpdateFigures(int year, FiguresValues values)
    {
        var figures = _figures.FirstOrDefault(f => f.Year == year)
                      ?? throw new EntityNotFoundException(typeof(EnterpriseFigures), year);
        figures.Update(values);
        return figures;
    }

    public void RemoveFigures(int year)
    {
        var figures = _figures.FirstOrDefault(f => f.Year == year)
                      ?? throw new EntityNotFoundException(typeof(EnterpriseFigures), year);
        _figures.Remove(figures);
    }

    /// <summary>Records whether it is listed (境内外上市); null: not known.</summary>
    public void RecordListing(bool? listed) => Listed = listed;

    public FinancingRound AddFinancingRound(FinancingRoundValues values, DateOnly today)
    {
        var round = new FinancingRound(Guid.CreateVersion7(), this, values, today);
        _financingRounds.Add(round);
        return round;
    }

    public FinancingRound UpdateFinancingRound(Guid roundId, FinancingRoundValues values, DateOnly today)
    {
        var round = FindChild(_financingRounds, roundId);
        round.Update(values, today);
        return round;
    }

    public void RemoveFinancingRound(Guid roundId) => _financingRounds.Remove(FindChild(_financingRounds, roundId));

    public EnterpriseFigures? FiguresOf(int year) => _figures.FirstOrDefault(f => f.Year == year);

    private void EnsureNoOtherAwardIn(ContestEdition edition, Guid? exceptId)
    {
        if (_awards.Any(a => a.EditionId == edition.Id && a.Id != exceptId))
        {
            throw new BusinessException(CultivationDomainErrorCodes.AwardAlreadyRecorded, "editionId", Name, edition.Year);
        }
    }

    private void KeepOnePrimary(EnterpriseContact changed)
    {
        if (!changed.IsPrimary)
        {
            return;
        }
        foreach (var other in _contacts.Where(c => c != changed))
        {
            other.IsPrimary = false;
        }
    }

    private static T FindChild<T>(List<T> children, Guid id)
        where T : Entity<Guid> =>
        children.FirstOrDefault(c => c.Id == id) ?? throw new EntityNotFoundException(typeof(T), id);
}

public sealed record EnterpriseProfile(
    string Name,
    Guid? IndustryFieldId,
    DateOnly? FoundedOn,
    decimal? RegisteredCapital,
    string? Address,
    string? Website,
    string? LeadName,
    Gender LeadGender,
    string? IndustryFieldText = null);
