using System.Diagnostics;
using Ontwar.Modeling;

namespace Ontwar.Solving.Heuristic;

/// <summary>
/// Ontwar's heuristic engine: builds a complete staffed plan quickly and improves it for as long as its budget allows.
/// It scales to 100 000 activities, is deterministic for a given seed, and never returns a plan that breaks a hard
/// constraint.
/// </summary>
/// <remarks>
/// <para>Construction merges packages along the heaviest links first (as Kruskal's algorithm joins trees), as long as
/// the merged package could still be covered by one team, then staffs every package from the members with capacity
/// left, rarest capability first; packages that cannot be staffed are dissolved into their neighbours.</para>
/// <para>Improvement is local search with team repair: moving an activity group to the package it is most tied to,
/// swapping two, and merging two packages, each accepted only when both teams can be repaired. Splits perturb a local
/// optimum (iterated local search) for a number of rounds that depends only on the size of the scenario, so the same
/// seed gives the same plan; the time limit only cuts the rounds short.</para>
/// <para>Status: feasible; optimal only when the plan's cut equals a trivial lower bound (for example zero).
/// Stateless; safe to use from several threads at once.</para>
/// </remarks>
public sealed class HeuristicEngine : IPackagingEngine
{
    private readonly IPackagingEngine _neighbourhoodSolver;

    /// <summary>Creates the engine with CP-SAT as the solver of its neighbourhoods (started from the current plan, no warm start of its own).</summary>
    public HeuristicEngine()
        : this(new CpSat.CpSatEngine(warmStart: false))
    {
    }

    /// <summary>Creates the engine with a given solver for its large-neighbourhood search.</summary>
    /// <param name="neighbourhoodSolver">
    /// Solves the sub-scenarios of a few packages (up to 16 activities) under a short limit; it should prove such
    /// scenarios optimal in well under a second.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="neighbourhoodSolver"/> is null.</exception>
    public HeuristicEngine(IPackagingEngine neighbourhoodSolver)
    {
        ArgumentNullException.ThrowIfNull(neighbourhoodSolver);
        _neighbourhoodSolver = neighbourhoodSolver;
    }

    /// <inheritdoc/>
    public string Name => "ontwar-heuristic";

    /// <inheritdoc/>
    public SolveResult Solve(PackagingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var logger = SolverLog.For(options);
        SolverLog.Started(logger, Name, model, options);
        var deadline = options.TimeLimit is { } limit ? limit : TimeSpan.MaxValue;

        // The analysis takes seconds on 100 000 activities. It gets a tenth of the time limit: the facts it finds in that
        // time are proofs, and a scenario whose facts it misses still gets no plan (unknown), only later.
        using var analysis = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.TimeLimit is { } analysisLimit && analysisLimit.TotalMilliseconds < int.MaxValue)
        {
            analysis.CancelAfter(analysisLimit / 10);
        }

        var facts = Infeasibility.InfeasibilityAnalyzer.Explain(model, analysis.Token);
        if (facts.Count > 0)
        {
            return SolverLog.Finished(logger, new SolveResult(SolveStatus.Infeasible, Name, null, null, 0, clock.Elapsed, facts));
        }

        var search = new LocalSearch(model, options, clock, deadline, cancellationToken, _neighbourhoodSolver);
        return SolverLog.Finished(logger, search.Run(Name));
    }
}
