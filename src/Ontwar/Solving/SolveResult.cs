using Ontwar.Diagnostics;
using Ontwar.Plans;

namespace Ontwar.Solving;

/// <summary>
/// The outcome of one solve: the status, the plan when there is one, the objective, the proven bound and gap, the time
/// taken and diagnostics (with <see cref="SolveStatus.Infeasible"/>, the reasons in domain words). Immutable.
/// </summary>
public sealed class SolveResult
{
    private readonly Plan? _plan;

    /// <summary>Creates a result. Engines call this; users read results.</summary>
    /// <param name="status">The status.</param>
    /// <param name="engine">The engine's name.</param>
    /// <param name="plan">The plan; required for optimal and feasible, forbidden otherwise.</param>
    /// <param name="objective">The plan's cut weight; required with a plan.</param>
    /// <param name="bound">The best proven lower bound on the cut weight (0 when nothing is proven).</param>
    /// <param name="elapsed">Wall-clock time of the solve.</param>
    /// <param name="diagnostics">Findings; for infeasible results, why.</param>
    /// <exception cref="ArgumentException">The plan, objective and status do not fit together.</exception>
    public SolveResult(
        SolveStatus status,
        string engine,
        Plan? plan,
        double? objective,
        double bound,
        TimeSpan elapsed,
        IEnumerable<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        bool needsPlan = status is SolveStatus.Optimal or SolveStatus.Feasible;
        if (needsPlan != (plan is not null) || needsPlan != objective.HasValue)
        {
            throw new ArgumentException($"A {status} result {(needsPlan ? "needs" : "cannot have")} a plan and an objective.");
        }

        Status = status;
        Engine = engine;
        _plan = plan;
        Objective = objective;
        Bound = bound;
        Elapsed = elapsed;
        Diagnostics = (diagnostics ?? []).ToList().AsReadOnly();
    }

    /// <summary>What the solve proved.</summary>
    public SolveStatus Status { get; }

    /// <summary>The name of the engine that produced the result.</summary>
    public string Engine { get; }

    /// <summary>Whether <see cref="Plan"/> may be read (status optimal or feasible).</summary>
    public bool HasPlan => _plan is not null;

    /// <summary>The plan.</summary>
    /// <exception cref="InvalidOperationException">The result has no plan: the model is infeasible or no plan was found in time.</exception>
    public Plan Plan => _plan ?? throw new InvalidOperationException(
        Status == SolveStatus.Infeasible
            ? "The scenario is infeasible: no plan meets the hard constraints. Read Diagnostics for the reasons."
            : "No plan was found within the limits (status unknown); allow more time or use another engine.");

    /// <summary>Cut weight of the plan, or <see langword="null"/> without a plan.</summary>
    public double? Objective { get; }

    /// <summary>The best proven lower bound on the cut weight.</summary>
    public double Bound { get; }

    /// <summary>
    /// Relative gap <c>(objective - bound) / max(objective, 1e-9)</c> clamped to [0, 1]; 0 when optimal,
    /// <see langword="null"/> without a plan.
    /// </summary>
    public double? Gap => Objective is not { } obj ? null
        : Status == SolveStatus.Optimal ? 0
        : Math.Clamp((obj - Bound) / Math.Max(Math.Abs(obj), 1e-9), 0, 1);

    /// <summary>Wall-clock time of the solve.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Findings; with an infeasible status, the reasons.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Reads the plan when there is one.</summary>
    /// <param name="plan">The plan, or <see langword="null"/>.</param>
    /// <returns>Whether there is a plan.</returns>
    public bool TryGetPlan([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Plan? plan)
    {
        plan = _plan;
        return plan is not null;
    }
}
