using System.Globalization;
using Ontwar.Diagnostics;
using Ontwar.Evaluation;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Solving;
using PlanMetrics = Ontwar.Serialization.PlanMetrics;

namespace Ontwar.Interpretation;

/// <summary>
/// Builds the plan document of contract section 2 (what <c>ontwar solve --format json</c> writes) from a solve result:
/// status, engine, objective, bound, gap, time, graph metrics, the packages with their interpretation, the links between
/// packages and the diagnostics.
/// </summary>
/// <remarks>
/// <para>Metrics are those of <see cref="PlanEvaluator"/>: <c>cutWeight</c> the summed cohesion of dependencies whose
/// activities are in different packages, <c>internalWeight</c> of those inside one package, <c>totalWeight</c> of all,
/// and <c>modularity</c> Newman's modularity of the packages (absent when the scenario has no dependencies).</para>
/// <para>Diagnostics: the result's own, then one <see cref="InterpretationCodes.ReexamineSplit"/> warning per link whose
/// split should be re-examined (<see cref="LinkInterpretation.ReexamineSplit"/>). An infeasible result without a reason gets an <see cref="InterpretationCodes.Infeasible"/> error and
/// an unknown result without one a <see cref="InterpretationCodes.NoPlanFound"/> warning, so the document always says
/// why it has no packages. At most <see cref="DiagnosticLists.DefaultMaxPerCode"/> diagnostics of one code are listed,
/// then one that counts the rest (<see cref="DiagnosticLists.Capped"/>), so the document stays proportional to the input.</para>
/// </remarks>
public static class PlanDocumentFactory
{
    /// <summary>Creates the plan document of a solve result.</summary>
    /// <param name="scenario">The scenario that was solved.</param>
    /// <param name="result">The result.</param>
    /// <param name="interpretation">The interpretation of the result's plan, or <see langword="null"/> to interpret it
    /// here (with the scenario's rules; an engine's plan gives every package its scale, so the policy is not needed).
    /// Ignored when the result has no plan.</param>
    /// <param name="metrics">The plan's graph metrics, or <see langword="null"/> to compute them as <see cref="PlanEvaluator"/> does.</param>
    /// <returns>The document; without a plan it has no packages, no links and no metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="interpretation"/> is of another plan than the result's, the
    /// plan does not fit the scenario, or a package has no scale (its fixed-scale rules disagree).</exception>
    public static PlanDocument Create(Scenario scenario, SolveResult result, PlanInterpretation? interpretation = null, PlanMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        long elapsedMs = (long)Math.Round(Math.Max(0, result.Elapsed.TotalMilliseconds));
        var diagnostics = new List<Diagnostic>(result.Diagnostics);
        double? bound = result.Status == SolveStatus.Infeasible ? null : result.Bound;

        if (!result.TryGetPlan(out var plan))
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(result.Status == SolveStatus.Infeasible
                    ? Diagnostic.Error(
                        InterpretationCodes.Infeasible,
                        $"Engine {result.Engine} proved that no plan meets every hard constraint, but no single fact of the scenario explains it: "
                        + "it comes from several packages together (team sizes, capabilities, scales, hours and rules).")
                    : Diagnostic.Warning(
                        InterpretationCodes.NoPlanFound,
                        string.Create(CultureInfo.InvariantCulture, $"Engine {result.Engine} found no plan within the limits ({elapsedMs} ms) and did not prove that none exists; allow more time or use another engine.")));
            }

            return new PlanDocument(scenario.Name, result.Status, result.Engine, [], null, DiagnosticLists.Capped(diagnostics), null, bound, null, elapsedMs, null);
        }

        if (interpretation is null)
        {
            interpretation = PlanInterpreter.Interpret(scenario, plan);
        }
        else if (!interpretation.Plan.Equals(plan))
        {
            throw new ArgumentException("The interpretation is of another plan than the result's.", nameof(interpretation));
        }

        metrics ??= ComputeMetrics(scenario, plan);
        var packages = interpretation.Packages.Select(ToDocument).ToList();
        var links = interpretation.Links.Select(l => new PlanDocumentLink(
            l.First, l.Second, l.Weight, l.Intensity, l.Coordination.ToName(), l.ReexamineSplit, l.Forms.Select(f => f.ToName()), l.StrongestPairCohesion,
            l.DecisionLevels.Select(d => d.ToName()))).ToList();
        diagnostics.AddRange(interpretation.LinksToReexamine.Select(l => ReexamineWarning(scenario, l)));
        return new PlanDocument(
            scenario.Name, result.Status, result.Engine, packages, links, DiagnosticLists.Capped(diagnostics), result.Objective, bound, result.Gap, elapsedMs, metrics);
    }

    /// <summary>
    /// The graph metrics of a plan as the plan document writes them: those of the plan evaluator
    /// (<see cref="Evaluation.PlanMetrics"/>), with no modularity when the scenario has no dependencies.
    /// </summary>
    internal static PlanMetrics ComputeMetrics(Scenario scenario, Plan plan)
    {
        var m = PlanGraphMetrics.Compute(scenario, plan).Metrics;
        return new PlanMetrics(m.CutWeight, m.InternalWeight, m.TotalWeight, m.TotalWeight > 0 ? m.Modularity : null);
    }

    private static PlanDocumentPackage ToDocument(PackageInterpretation p)
        => new(
            p.Id,
            p.Activities,
            p.Members,
            p.Scale ?? throw new ArgumentException($"Package '{p.Id}' has no scale: the plan gives none and its fixed-scale rules disagree."),
            p.Intensity,
            p.Coordination.ToName(),
            p.DecisionLevels.Select(l => l.ToName()),
            p.Partners,
            p.NeededMembers,
            p.FillingMembers,
            p.InternalWeight);

    /// <summary>The warning of a link whose split should be re-examined, with the seed's reason.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="link">The link; <see cref="LinkInterpretation.ReexamineSplit"/> should be true.</param>
    /// <returns>The warning.</returns>
    internal static Diagnostic ReexamineWarning(Scenario scenario, LinkInterpretation link)
    {
        var weights = scenario.IntensityWeights;
        var pairs = string.Join(", ", link.Dependencies.Select(d => d.Intensity is { } i
            ? $"{d.From}–{d.To} {i.ToName()}"
            : string.Create(CultureInfo.InvariantCulture, $"{d.From}–{d.To} {d.CohesionUnder(weights):0.###}")));
        return Diagnostic.Warning(
            InterpretationCodes.ReexamineSplit,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Re-examine the split between packages {link.First} and {link.Second}: {link.ReexamineReason} Cohesion {link.Weight:0.###} between them ({pairs})."));
    }
}
