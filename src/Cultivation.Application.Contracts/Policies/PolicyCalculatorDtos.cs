using System.ComponentModel.DataAnnotations;

namespace Cultivation.Policies;

/// <summary>政策计算器: which programme, on which date, with which facts.</summary>
public class CalculatePolicyInput
{
    [Required]
    [StringLength(PolicyProgrammeConsts.MaxCodeLength)]
    public string ProgrammeCode { get; set; } = null!;

    /// <summary>The assessment date picks the rule version (专精特新: before 2026-04-01 2022-63, from it 2026-2).</summary>
    [Required]
    public DateOnly? AssessmentDate { get; set; }

    /// <summary>
    /// The facts to evaluate. The calculator needs them; a stored assessment left without them reads them from the
    /// enterprise's records (figures, awards, titles, financing rounds) as of the assessment date and stores what it read.
    /// </summary>
    public PolicyFacts? Facts { get; set; }
}

public interface IPolicyCalculatorAppService
{
    /// <summary>Evaluates the facts against the version in force on the date; nothing is saved.</summary>
    Task<PolicyEvaluation> CalculateAsync(CalculatePolicyInput input, CancellationToken cancellationToken = default);
}
