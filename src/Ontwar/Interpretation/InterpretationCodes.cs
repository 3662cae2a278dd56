namespace Ontwar.Interpretation;

/// <summary>The stable codes of the diagnostics the interpretation layer adds to a plan document.</summary>
public static class InterpretationCodes
{
    /// <summary>
    /// Warning: two packages would have to perform activities together, so the split between them is probably wrong
    /// and should be re-examined (seed 000:931, 000:325).
    /// </summary>
    public const string ReexamineSplit = "reexamine-split";

    /// <summary>Error: the solve proved that no plan meets the hard constraints, and no single fact of the scenario explains it.</summary>
    public const string Infeasible = "infeasible";

    /// <summary>Warning: no plan was found within the limits and infeasibility was not proven either (status <c>unknown</c>).</summary>
    public const string NoPlanFound = "no-plan-found";
}
