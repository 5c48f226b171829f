namespace Cultivation.IndustryFields;

public static class IndustryFieldConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 64;
    public const int MaxDescriptionLength = 512;
    /// <summary>How many other names one field may carry.</summary>
    public const int MaxAliases = 20;
    public const int MaxSystemLength = 64;
    public const int MaxGroupLength = 32;
    public const int MaxSourceLength = 256;
}
