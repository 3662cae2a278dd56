using Ontwar.Plans;

namespace Ontwar.Evaluation;

/// <summary>
/// Scores any plan against a scenario, whether it comes from an engine, a file, code or the scenario's current
/// organisation: the graph metrics (cut, internal and total weight, modularity, per-package cohesion and conductance)
/// and every hard constraint of the method, each violation a diagnostic in domain words (docs/model.md).
/// </summary>
/// <remarks>
/// The constraint check is written from the domain objects alone and shares no code with the engines, so that it can
/// serve as the independent judge of their plans. Paths in the diagnostics are JSON paths in the plan document
/// (<c>$.packages[2].members[0]</c>, contract section 2).
/// </remarks>
public static class PlanEvaluator
{
    /// <summary>Evaluates a plan.</summary>
    /// <param name="scenario">The scenario the plan is for.</param>
    /// <param name="plan">The plan; it may be incomplete or wrong, which the evaluation reports.</param>
    /// <param name="ignoreRules">
    /// <see langword="true"/> to evaluate it as the ideal plan: the scenario's rules are not checked and fixed-scale rules
    /// do not change the scale policy (seed 000:327-333).
    /// </param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="plan"/> is null.</exception>
    public static PlanEvaluation Evaluate(Scenario scenario, Plan plan, bool ignoreRules = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);

        var check = PlanChecker.Check(scenario, plan, ignoreRules);
        var graph = PlanGraphMetrics.Compute(scenario, plan);
        var packages = new PackageEvaluation[plan.Packages.Count];
        for (int p = 0; p < packages.Length; p++)
        {
            var package = plan.Packages[p];
            packages[p] = new PackageEvaluation(
                p,
                package.Id,
                package.Activities,
                package.Members,
                check.EffectiveScale[p],
                check.PolicyScale[p],
                graph.InternalWeight[p],
                graph.BoundaryWeight[p],
                graph.Volume[p],
                graph.Cohesion[p],
                graph.Conductance[p],
                check.Workload[p],
                check.MissingCapabilities[p],
                check.UnneededMembers[p]);
        }

        return new PlanEvaluation(graph.Metrics, Array.AsReadOnly(packages), check.Violations, check.HasTeams, ignoreRules);
    }
}
