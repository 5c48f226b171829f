namespace Cultivation.IndustryFields;

public static class IndustryFieldConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 64;
    public const int MaxDescriptionLength = 512;
}
