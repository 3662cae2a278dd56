using System.Diagnostics;
using Ontwar.Modeling;
using Ontwar.Solving.Heuristic;

namespace Ontwar.Solving.Exact;

/// <summary>
/// Ontwar's exact engine: a branch and bound over the grouping of activities that proves the smallest cut weight,
/// or stops at the time limit with the best plan and a proven bound.
/// </summary>
/// <remarks>
/// <para>Activities bound by together rules form one unit. Units are placed in maximum-adjacency order, each into an
/// existing package or a new one (a new package is always the next label, which removes the symmetry between
/// packages). The bound adds to the cut so far, for every unplaced unit, the weight to placed units it must lose even
/// in its best package, plus the weight between unplaced units that can never share a package.</para>
/// <para>A package is dropped as soon as it could not be staffed even alone at the smallest scale it may still reach,
/// and a grouping as soon as its packages could not all get enough members together. Complete groupings are staffed
/// exactly. The heuristic engine supplies the first incumbent (warm start).</para>
/// <para>Stateless; safe to use from several threads at once (each call has its own search).</para>
/// </remarks>
public sealed class ExactEngine : IPackagingEngine
{
    private readonly bool _warmStart;

    /// <summary>Creates the engine with a heuristic warm start.</summary>
    public ExactEngine()
        : this(warmStart: true)
    {
    }

    /// <summary>Creates the engine.</summary>
    /// <param name="warmStart">Whether to run the heuristic engine briefly first for an initial plan.</param>
    public ExactEngine(bool warmStart) => _warmStart = warmStart;

    /// <inheritdoc/>
    public string Name => "ontwar-exact";

    /// <inheritdoc/>
    public SolveResult Solve(PackagingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var logger = SolverLog.For(options);
        SolverLog.Started(logger, Name, model, options);
        var deadline = options.TimeLimit is { } limit ? clock.Elapsed + limit : TimeSpan.MaxValue;

        Incumbent? start = null;
        if (_warmStart)
        {
            var share = options.TimeLimit is { } t ? TimeSpan.FromTicks(Math.Min(t.Ticks / 10, TimeSpan.FromSeconds(1).Ticks)) : TimeSpan.FromSeconds(1);
            var warm = new HeuristicEngine().Solve(model, new SolverOptions { TimeLimit = share, Seed = options.Seed, Engine = EngineKind.Heuristic, Progress = null }, cancellationToken);
            if (warm.HasPlan)
            {
                start = Incumbent.FromPlan(model, warm.Plan, warm.Objective!.Value);
            }
        }

        var search = new BranchAndBound(model, options, deadline, clock, cancellationToken, start);
        return SolverLog.Finished(logger, search.Run(Name));
    }
}
