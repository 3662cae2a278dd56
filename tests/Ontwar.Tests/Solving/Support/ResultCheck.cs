using Ontwar.Evaluation;
using Ontwar.Solving;
using Xunit.Sdk;

namespace Ontwar.Tests.Solving.Support;

/// <summary>
/// Checks every result an engine returns: the plan passes two independent checkers (this folder's and the library's
/// plan evaluator), the objective is its cut, the bound is below it, and the status fits.
/// </summary>
public static class ResultCheck
{
    private const double Tolerance = 1e-9;

    /// <summary>Fails when the result is unsound for the scenario.</summary>
    /// <param name="scenario">The scenario solved.</param>
    /// <param name="result">The result.</param>
    /// <param name="ignoreRules">Whether rules were ignored.</param>
    public static void AssertSound(Scenario scenario, SolveResult result, bool ignoreRules = false)
    {
        string Context() => $"\nengine {result.Engine}, status {result.Status}, objective {result.Objective}, bound {result.Bound}\nScenario:\n"
                            + IndependentPlanCheck.Describe(scenario);
        if (!double.IsFinite(result.Bound) || result.Bound < -Tolerance)
        {
            throw new XunitException("The bound must be a finite, non-negative number." + Context());
        }

        if (result.TryGetPlan(out var plan))
        {
            if (result.Status is not (SolveStatus.Optimal or SolveStatus.Feasible))
            {
                throw new XunitException("Only optimal and feasible results carry a plan." + Context());
            }

            IndependentPlanCheck.AssertFeasible(scenario, plan, ignoreRules);
            var evaluation = PlanEvaluator.Evaluate(scenario, plan, ignoreRules);
            if (!evaluation.IsFeasible)
            {
                throw new XunitException("The plan evaluator finds violations the independent check does not: "
                                         + string.Join(" | ", evaluation.Violations.Select(v => v.Code + ": " + v.Message)) + Context());
            }

            double cut = IndependentPlanCheck.CutWeight(scenario, plan);
            double objective = result.Objective ?? double.NaN;
            if (Math.Abs(cut - objective) > 1e-6 * Math.Max(1, cut) || Math.Abs(evaluation.Metrics.CutWeight - cut) > 1e-6 * Math.Max(1, cut))
            {
                throw new XunitException($"The reported objective {objective} is not the plan's cut {cut} (evaluator: {evaluation.Metrics.CutWeight})." + Context());
            }

            if (result.Bound > objective + 1e-6 * Math.Max(1, objective))
            {
                throw new XunitException($"The bound {result.Bound} exceeds the objective {objective}." + Context());
            }

            if (result.Status == SolveStatus.Optimal && Math.Abs(result.Bound - objective) > 1e-6 * Math.Max(1, objective))
            {
                throw new XunitException("An optimal result's bound must equal its objective." + Context());
            }

            if (result.Gap is not { } gap || gap < 0 || gap > 1)
            {
                throw new XunitException($"The gap {result.Gap} of a result with a plan must be in [0, 1]." + Context());
            }
        }
        else
        {
            if (result.Status is SolveStatus.Optimal or SolveStatus.Feasible || result.Objective is not null || result.Gap is not null)
            {
                throw new XunitException("A result without a plan must be infeasible or unknown, with no objective or gap." + Context());
            }

            if (result.Status == SolveStatus.Infeasible && result.Diagnostics.Count == 0)
            {
                throw new XunitException("An infeasible result must say why." + Context());
            }
        }
    }
}
