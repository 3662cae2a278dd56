using Ontwar.Diagnostics;

namespace Ontwar.Evaluation;

/// <summary>
/// The result of <see cref="PlanEvaluator.Evaluate"/>: the plan's metrics, one evaluation per package and every
/// violated constraint as a diagnostic. Immutable.
/// </summary>
public sealed class PlanEvaluation
{
    internal PlanEvaluation(
        PlanMetrics metrics,
        IReadOnlyList<PackageEvaluation> packages,
        IReadOnlyList<Diagnostic> violations,
        bool hasTeams,
        bool rulesIgnored)
    {
        Metrics = metrics;
        Packages = packages;
        Violations = violations;
        HasTeams = hasTeams;
        RulesIgnored = rulesIgnored;
        IsFeasible = !violations.Any(v => v.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>The plan's graph metrics.</summary>
    public PlanMetrics Metrics { get; }

    /// <summary>One evaluation per package, in the plan's order.</summary>
    public IReadOnlyList<PackageEvaluation> Packages { get; }

    /// <summary>
    /// Every finding, in a fixed order (structure; scale; teams: size, capabilities, teams per member, working scales,
    /// hours; rules; then unneeded-member warnings): errors are violated hard constraints; warnings and information do
    /// not make the plan infeasible. <see cref="ViolationCodes"/> lists the codes.
    /// </summary>
    public IReadOnlyList<Diagnostic> Violations { get; }

    /// <summary>Whether no violation has <see cref="DiagnosticSeverity.Error"/> severity: the plan meets every hard constraint checked.</summary>
    public bool IsFeasible { get; }

    /// <summary>
    /// Whether some package lists team members. When none does, the plan only groups activities and the team
    /// constraints were not checked (one <see cref="ViolationCodes.NoTeams"/> information says so).
    /// </summary>
    public bool HasTeams { get; }

    /// <summary>Whether the plan was evaluated as the ideal plan, without the scenario's rules.</summary>
    public bool RulesIgnored { get; }
}
