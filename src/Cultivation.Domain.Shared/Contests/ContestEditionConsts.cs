namespace Cultivation.Contests;

public static class ContestEditionConsts
{
    public const int MaxNameLength = 128;
    public const int MaxNationalEditionNameLength = 128;
    public const int MaxNoticeNumberLength = 64;
    public const int MaxOrganiserLength = 64;
    public const int MaxOrganisers = 16;
    public const int MinYear = 2012;
    public const int MaxYear = 2100;
}
