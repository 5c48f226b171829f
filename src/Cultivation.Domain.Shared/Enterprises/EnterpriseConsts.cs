namespace Cultivation.Enterprises;

public static class EnterpriseConsts
{
    public const int MaxNameLength = 128;
    public const int CreditCodeLength = 18;
    public const int MaxAddressLength = 256;
    public const int MaxWebsiteLength = 256;
    public const int MaxLeadNameLength = 64;
    public const int MaxIndustryFieldTextLength = 64;
    public const int MaxKeywordLength = 64;
    /// <summary>The earliest founding or incorporation year taken as real (registrations of the People's Republic).</summary>
    public const int MinFoundedYear = 1949;
}

public static class EnterpriseContactConsts
{
    public const int MaxNameLength = 64;
    public const int MaxRoleLength = 64;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 128;
}

public static class AwardRecordConsts
{
    public const int MaxProjectNameLength = 256;
}

public static class EnterpriseFiguresConsts
{
    public const int MinYear = 1990;
    /// <summary>Amounts are yuan with two decimals; 10^16 yuan is far beyond any SME.</summary>
    public const int AmountPrecision = 18;
    public const int AmountScale = 2;
    public const double MaxAmount = 9_999_999_999_999_999.99;
}
