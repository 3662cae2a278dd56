using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Ontwar.Diagnostics;
using Ontwar.Modeling;
using Ontwar.Plans;
using Ontwar.Solving.Heuristic;
using Ontwar.Solving.Infeasibility;

namespace Ontwar.Solving.CpSat;

/// <summary>
/// The exact engine on Google OR-Tools CP-SAT (the design card's solver): builds the complete model of
/// <see cref="CpSatFormulation"/>, hints it with a plan of the heuristic engine, solves it, and reads the status,
/// plan and proven bound from CP-SAT.
/// </summary>
/// <remarks>
/// <para>Options map onto CP-SAT parameters: <see cref="SolverOptions.TimeLimit"/> → <c>max_time_in_seconds</c> (what
/// is left after building), <see cref="SolverOptions.Threads"/> → <c>num_workers</c> (with several workers the search
/// is interleaved, so the same seed still gives the same plan), <see cref="SolverOptions.Seed"/> →
/// <c>random_seed</c>, <see cref="SolverOptions.RelativeGap"/> → <c>relative_gap_limit</c>. The cancellation token
/// calls <c>StopSearch</c>; every improving solution reaches <see cref="SolverOptions.Progress"/> from a
/// <see cref="CpSolverSolutionCallback"/>.</para>
/// <para>Status: CP-SAT's <c>OPTIMAL</c>, <c>FEASIBLE</c>, <c>INFEASIBLE</c> and <c>UNKNOWN</c>. Infeasible results carry
/// the reasons of <see cref="InfeasibilityAnalyzer"/> in domain words, or a summary when only the search proves it.</para>
/// <para>A model whose assignment variables would exceed <see cref="MaxAssignmentVariables"/> (about 900 activity
/// groups) is too large to state whole; such scenarios belong to the heuristic engine (its large-neighbourhood search
/// solves pieces of the model exactly), which this engine then runs and says so in a diagnostic.</para>
/// <para>Stateless; safe to use from several threads at once.</para>
/// </remarks>
public sealed class CpSatEngine : IPackagingEngine
{
    /// <summary>The largest number of assignment variables the engine states in one model.</summary>
    public const long MaxAssignmentVariables = 400_000;

    private readonly bool _warmStart;
    private readonly IReadOnlyDictionary<string, string> _parameters;

    /// <summary>Creates the engine with a heuristic warm start.</summary>
    public CpSatEngine()
        : this(warmStart: true)
    {
    }

    /// <summary>Creates the engine.</summary>
    /// <param name="warmStart">Whether to run the heuristic engine briefly first for a solution hint.</param>
    public CpSatEngine(bool warmStart)
        : this(warmStart, new Dictionary<string, string>())
    {
    }

    /// <summary>
    /// Creates the engine with further CP-SAT parameters (name → value in CP-SAT's text format) that override the ones
    /// the options set. Internal: CP-SAT ends the process on a parameter it cannot parse, so only the benchmarks and
    /// tests, which pass known names, use this.
    /// </summary>
    internal CpSatEngine(bool warmStart, IReadOnlyDictionary<string, string> parameters)
    {
        _warmStart = warmStart;
        _parameters = parameters;
    }

    /// <inheritdoc/>
    public string Name => "cp-sat";

    /// <inheritdoc/>
    public SolveResult Solve(PackagingModel model, SolverOptions options, CancellationToken cancellationToken = default)
        => Solve(model, options, hint: null, cancellationToken);

    /// <summary>Solves the model, starting from a known plan.</summary>
    /// <param name="model">The built model.</param>
    /// <param name="options">Limits and seed; validated here.</param>
    /// <param name="hint">A plan of this model to start from (it need not be valid), or <see langword="null"/> to let the heuristic engine find one.</param>
    /// <param name="cancellationToken">Stops the solve; the best plan so far is returned with status feasible or unknown.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid, or <paramref name="hint"/> names activities or members the model lacks.</exception>
    public SolveResult Solve(PackagingModel model, SolverOptions options, Plan? hint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var logger = SolverLog.For(options);
        SolverLog.Started(logger, Name, model, options);
        (int[] PackageOf, Dictionary<int, int[]> Teams)? indexedHint = hint is null ? null : Indexed(model, hint);
        return SolverLog.Finished(logger, Run(model, options, indexedHint, clock, cancellationToken));
    }

    private SolveResult Run(PackagingModel model, SolverOptions options, (int[] PackageOf, Dictionary<int, int[]> Teams)? hint, Stopwatch clock, CancellationToken cancellationToken)
    {
        var facts = InfeasibilityAnalyzer.Explain(model);
        if (facts.Count > 0)
        {
            return new SolveResult(SolveStatus.Infeasible, Name, null, null, 0, clock.Elapsed, facts);
        }

        if (model.ActivityCount == 0)
        {
            return new SolveResult(SolveStatus.Optimal, Name, new Plan([]), 0, 0, clock.Elapsed);
        }

        if (CpSatFormulation.EstimatedAssignmentVariables(model) > MaxAssignmentVariables)
        {
            var large = new HeuristicEngine().Solve(model, Remaining(options, clock), cancellationToken);
            return new SolveResult(
                large.Status,
                large.Engine,
                large.HasPlan ? large.Plan : null,
                large.Objective,
                large.Bound,
                clock.Elapsed,
                large.Diagnostics.Append(Diagnostic.Info(
                    "model-too-large-for-cp-sat",
                    string.Create(CultureInfo.InvariantCulture, $"The scenario needs more than {MaxAssignmentVariables} assignment variables for one CP-SAT model; it was solved by the {large.Engine} engine instead."),
                    "$.activities")));
        }

        SolveResult? warm = null;
        if (hint is null && _warmStart && !cancellationToken.IsCancellationRequested)
        {
            var share = options.TimeLimit is { } t ? TimeSpan.FromTicks(Math.Min(t.Ticks / 10, TimeSpan.FromSeconds(1).Ticks)) : TimeSpan.FromSeconds(1);
            warm = new HeuristicEngine().Solve(model, new SolverOptions { TimeLimit = share, Seed = options.Seed, Engine = EngineKind.Heuristic }, cancellationToken);
            if (warm.Status == SolveStatus.Optimal)
            {
                // The heuristic's plan already meets a proven bound (for example a cut of 0): nothing is left to prove.
                return new SolveResult(SolveStatus.Optimal, Name, warm.Plan, warm.Objective, warm.Bound, clock.Elapsed, warm.Diagnostics);
            }

            if (warm.HasPlan)
            {
                hint = Indexed(model, warm.Plan);
            }
        }

        CpSatFormulation formulation;
        using (var building = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            // Building a large model takes time of its own: it stops at the deadline like the search.
            if (options.TimeLimit is { } limit)
            {
                building.CancelAfter(TimeSpan.FromTicks(Math.Max(1, (limit - clock.Elapsed).Ticks)));
            }

            try
            {
                formulation = CpSatFormulation.Build(model, building.Token);
            }
            catch (OperationCanceledException)
            {
                return Interrupted(warm, clock);
            }
        }

        if (hint is { } h)
        {
            formulation.Hint(h.PackageOf, h.Teams);
        }

        var remaining = Remaining(options, clock).TimeLimit;
        if (cancellationToken.IsCancellationRequested || remaining <= TimeSpan.Zero)
        {
            return Interrupted(warm, clock);
        }

        using var solver = new CpSolver { StringParameters = Parameters(options, remaining, _parameters) };
        var callback = new ProgressCallback(formulation, options, clock, Name);
        CpSolverStatus status;
        using (cancellationToken.Register(solver.StopSearch))
        {
            status = solver.Solve(formulation.Cp, callback);
        }

        if (callback.Failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return Read(model, options, formulation, solver, status, clock, cancellationToken);
    }

    private SolveResult Read(PackagingModel model, SolverOptions options, CpSatFormulation formulation, CpSolver solver, CpSolverStatus status, Stopwatch clock, CancellationToken cancellationToken)
    {
        switch (status)
        {
            case CpSolverStatus.Optimal or CpSolverStatus.Feasible:
                var (packageOf, teams) = formulation.Decode(solver.BooleanValue);
                double cut = CutWeight(model, packageOf);
                double bound = Bound(formulation, solver.BestObjectiveBound, cut);
                // CP-SAT's bound is a proof whatever its status says: a plan that meets it is optimal (a cut of 0 always is).
                bool proven = cut - bound <= 1e-9 * Math.Max(1, cut);
                if (FillingPlaces(model, packageOf, teams) > 0)
                {
                    (packageOf, teams) = FewerFillers(formulation, solver, options, clock, cancellationToken) ?? (packageOf, teams);
                }

                var elapsed = clock.Elapsed;
                var plan = model.ToPlan(packageOf, teams);
                return new SolveResult(proven ? SolveStatus.Optimal : SolveStatus.Feasible, Name, plan, cut, proven ? cut : bound, elapsed);
            case CpSolverStatus.Infeasible:
                return new SolveResult(SolveStatus.Infeasible, Name, null, null, 0, clock.Elapsed, [NoStaffablePlan(model)]);
            case CpSolverStatus.ModelInvalid:
                throw new InvalidOperationException("CP-SAT rejected the model as invalid: " + formulation.Cp.Validate());
            default:
                double unknownBound = Bound(formulation, solver.BestObjectiveBound, double.PositiveInfinity);
                return new SolveResult(SolveStatus.Unknown, Name, null, null, unknownBound, clock.Elapsed);
        }
    }

    /// <summary>
    /// The second step of the objective (docs/engines.md): with the cut held at the value found, as few filling members
    /// as a short solve finds (a twentieth of the limit, between 0.1 and 0.5 s). Returns null when it finds nothing to
    /// read, so the first step's plan stands.
    /// </summary>
    private static (int[] PackageOf, Dictionary<int, int[]> Teams)? FewerFillers(CpSatFormulation formulation, CpSolver first, SolverOptions options, Stopwatch clock, CancellationToken cancellationToken)
    {
        var budget = TimeSpan.FromMilliseconds(500);
        if (options.TimeLimit is { } limit)
        {
            budget = TimeSpan.FromTicks(Math.Clamp(limit.Ticks / 20, TimeSpan.FromMilliseconds(100).Ticks, budget.Ticks));
            budget = TimeSpan.FromTicks(Math.Min(budget.Ticks, (limit - clock.Elapsed).Ticks));
        }

        if (budget < TimeSpan.FromMilliseconds(20) || cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        formulation.MinimiseFillingPlaces((long)Math.Round(first.ObjectiveValue), first.Value);
        var second = new SolverOptions { Threads = options.Threads, Seed = options.Seed, TimeLimit = budget };
        using var solver = new CpSolver { StringParameters = Parameters(second, budget, new Dictionary<string, string>()) };
        CpSolverStatus status;
        using (cancellationToken.Register(solver.StopSearch))
        {
            status = solver.Solve(formulation.Cp);
        }

        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? formulation.Decode(solver.BooleanValue) : null;
    }

    /// <summary>Team places taken by members who hold none of their package's capabilities.</summary>
    private static int FillingPlaces(PackagingModel model, int[] packageOf, Dictionary<int, int[]> teams)
    {
        var needs = new Dictionary<int, HashSet<int>>();
        for (int a = 0; a < packageOf.Length; a++)
        {
            if (!needs.TryGetValue(packageOf[a], out var caps))
            {
                needs[packageOf[a]] = caps = [];
            }

            caps.UnionWith(model.RequiredCapabilities(a).ToArray());
        }

        int filling = 0;
        foreach (var (p, team) in teams)
        {
            foreach (int m in team)
            {
                if (!model.HeldCapabilities(m).ToArray().Any(needs[p].Contains))
                {
                    filling++;
                }
            }
        }

        return filling;
    }

    /// <summary>The proven lower bound on the cut in input units (rounding of weights widens it by their error).</summary>
    private static double Bound(CpSatFormulation formulation, double scaledBound, double cut)
    {
        if (double.IsNaN(scaledBound) || double.IsInfinity(scaledBound))
        {
            return 0;
        }

        double bound = formulation.Weights.ToOriginal(Math.Ceiling(scaledBound - 1e-6)) - formulation.Weights.MaxError;
        return Math.Clamp(bound, 0, double.IsFinite(cut) ? cut : double.MaxValue);
    }

    private static double CutWeight(PackagingModel model, int[] packageOf)
    {
        double cut = 0;
        foreach (var e in model.Graph.Edges())
        {
            if (packageOf[e.Source] != packageOf[e.Target])
            {
                cut += e.Weight;
            }
        }

        return cut;
    }

    private SolveResult Interrupted(SolveResult? warm, Stopwatch clock)
    {
        return warm is { HasPlan: true }
            ? new SolveResult(SolveStatus.Feasible, Name, warm.Plan, warm.Objective, warm.Bound, clock.Elapsed)
            : new SolveResult(SolveStatus.Unknown, Name, null, null, 0, clock.Elapsed);
    }

    private static Diagnostic NoStaffablePlan(PackagingModel model) => Diagnostic.Error(
        "no-staffable-plan",
        string.Create(CultureInfo.InvariantCulture, $"Every way of grouping the activities into packages fails: no grouping lets every package get its own team of {model.TeamSize.Min} to {model.TeamSize.Max} members who cover its capabilities at its scale, within their hours and the number of teams each may join, under the rules (proven by CP-SAT). Add members, allow members in more teams or more hours, or relax the team size or the rules."),
        "$");

    private static SolverOptions Remaining(SolverOptions options, Stopwatch clock)
    {
        if (options.TimeLimit is not { } limit)
        {
            return options;
        }

        var left = limit - clock.Elapsed;
        return new SolverOptions
        {
            TimeLimit = left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1),
            Seed = options.Seed,
            Threads = options.Threads,
            Engine = options.Engine,
            RelativeGap = options.RelativeGap,
            Progress = options.Progress,
            Logger = options.Logger,
        };
    }

    private static string Parameters(SolverOptions options, TimeSpan? remaining, IReadOnlyDictionary<string, string> overrides)
    {
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["log_search_progress"] = "false",

            // The cut rows (z ≤ x) and the capacity rows only lift the bound when they are in the LP.
            ["linearization_level"] = "2",
            ["num_workers"] = options.Threads.ToString(CultureInfo.InvariantCulture),
            ["random_seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
        };
        if (remaining is { } r)
        {
            p["max_time_in_seconds"] = Math.Max(r.TotalSeconds, 0.001).ToString("R", CultureInfo.InvariantCulture);
        }

        if (options.Threads > 1)
        {
            // Several workers in lock step: the same seed gives the same plan whatever the machine's load.
            p["interleave_search"] = "true";
        }

        if (options.RelativeGap > 0)
        {
            p["relative_gap_limit"] = options.RelativeGap.ToString("R", CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in overrides)
        {
            p[name] = value;
        }

        return string.Join(' ', p.Select(kv => kv.Key + ":" + kv.Value));
    }

    private static (int[] PackageOf, Dictionary<int, int[]> Teams) Indexed(PackagingModel model, Plan plan)
    {
        var scenario = model.Scenario;
        var packageOf = new int[model.ActivityCount];
        Array.Fill(packageOf, -1);
        var teams = new Dictionary<int, int[]>();
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            foreach (var a in plan.Packages[p].Activities)
            {
                int index = scenario.IndexOfActivity(a);
                if (index < 0)
                {
                    throw new ArgumentException($"The hint names activity '{a}', which the scenario lacks.", nameof(plan));
                }

                packageOf[index] = p;
            }

            teams[p] = plan.Packages[p].Members.Select(m => scenario.IndexOfMember(m) is var i and >= 0
                ? i
                : throw new ArgumentException($"The hint names member '{m}', which the scenario lacks.", nameof(plan))).ToArray();
        }

        // Activities the hint leaves out each get a package of their own (the hint need not be valid).
        int next = plan.Packages.Count;
        for (int a = 0; a < packageOf.Length; a++)
        {
            if (packageOf[a] < 0)
            {
                packageOf[a] = next;
                teams[next++] = [];
            }
        }

        return (packageOf, teams);
    }

    /// <summary>
    /// Forwards every improving solution to the options' progress and, at most once a second, to the log. It runs on
    /// CP-SAT's native thread, where an exception would end the process: a failing progress handler stops the search
    /// instead, and <see cref="Failure"/> is thrown again by the engine.
    /// </summary>
    private sealed class ProgressCallback(CpSatFormulation formulation, SolverOptions options, Stopwatch clock, string engine) : CpSolverSolutionCallback
    {
        private readonly Microsoft.Extensions.Logging.ILogger _logger = SolverLog.For(options);
        private TimeSpan? _lastLog;

        internal Exception? Failure { get; private set; }

        public override void OnSolutionCallback()
        {
            try
            {
                double cut = formulation.Weights.ToOriginal(ObjectiveValue());
                double bound = Math.Max(0, formulation.Weights.ToOriginal(BestObjectiveBound()) - formulation.Weights.MaxError);
                var elapsed = clock.Elapsed;
                options.Progress?.Report(new SolveProgress("cp-sat", cut, Math.Min(bound, cut), elapsed));
                if (_lastLog is not { } last || elapsed - last >= SolverLog.IncumbentInterval)
                {
                    _lastLog = elapsed;
                    SolverLog.Incumbent(_logger, engine, cut, Math.Min(bound, cut), elapsed.TotalMilliseconds);
                }
            }
#pragma warning disable CA1031 // Rethrown on the caller's thread after the solve.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Failure ??= e;
                StopSearch();
            }
        }
    }
}
