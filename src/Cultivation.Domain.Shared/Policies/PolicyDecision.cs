namespace Cultivation.Policies;

/// <summary>How an application ends at its programme's decision stage.</summary>
public enum PolicyDecision
{
    /// <summary>认定 / 入选 / 立项: the title, the listing or the project support is granted.</summary>
    Granted = 1,
    /// <summary>Not granted, with the reason.</summary>
    Rejected = 2
}
