namespace Cultivation.Districts;

public static class DistrictConsts
{
    public const int CodeLength = 6;
    public const int MaxNameLength = 32;
}
