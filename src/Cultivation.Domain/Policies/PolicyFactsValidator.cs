using Cultivation.Exceptions;

namespace Cultivation.Policies;

/// <summary>
/// Refuses facts that would be read wrongly rather than missing: a confirmation under a name no rule knows (a typo would
/// otherwise stay "unconfirmed" for ever) and two entries for one year.
/// </summary>
public static class PolicyFactsValidator
{
    public static void Validate(PolicyFacts facts, string path = "facts")
    {
        if (facts.Confirmations?.Keys.FirstOrDefault(k => !PolicyConfirmations.All.Contains(k)) is { } unknown)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyUnknownConfirmation, $"{path}.confirmations", unknown);
        }
        if (facts.Years?.GroupBy(y => y.Year).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyDuplicateYear, $"{path}.years", twice.Key);
        }
    }
}
