using System.Diagnostics;
using System.Globalization;
using Google.OrTools.LinearSolver;
using Ontwar.Diagnostics;
using Ontwar.Modeling;
using Ontwar.Modeling.Mip;
using Ontwar.Plans;
using Ontwar.Solving.Infeasibility;

namespace Ontwar.Solving.Mip;

/// <summary>
/// Solves the packaging model exactly as the textbook mixed-integer program of <see cref="TextbookFormulation"/>
/// (the model <c>ontwar export-model</c> writes) with CBC, SCIP or HiGHS through Google OR-Tools' <c>MPSolver</c>,
/// which bundles all three. It is the independent check of the CP-SAT engine; it is much slower on all but small
/// scenarios. See <c>docs/mip.md</c>.
/// </summary>
/// <remarks>
/// <para><b>Options.</b> <see cref="SolverOptions.TimeLimit"/> becomes the solver's time limit (what is left after
/// building the model), <see cref="SolverOptions.RelativeGap"/> its relative MIP gap (MPSolver's default of 1e-4 is
/// replaced, so 0 means proven optimal), <see cref="SolverOptions.Threads"/> its thread count where the backend is
/// parallel, and <see cref="SolverOptions.Seed"/> SCIP's <c>randomization/randomseedshift</c>; CBC and HiGHS
/// through MPSolver take no parameters and search deterministically with seeds of their own. Solver output is
/// off.</para>
/// <para><b>Status.</b> MPSolver's <c>OPTIMAL</c> → <see cref="SolveStatus.Optimal"/>, <c>FEASIBLE</c> →
/// <see cref="SolveStatus.Feasible"/>, <c>INFEASIBLE</c> → <see cref="SolveStatus.Infeasible"/> with the reasons of
/// <see cref="InfeasibilityAnalyzer"/> in domain words (checked before the solver runs) or a <c>no-staffable-plan</c>
/// summary when only the search proves it; anything else → <see cref="SolveStatus.Unknown"/>, or
/// <see cref="SolveStatus.Feasible"/> with the warm start when one was given. The objective is the cut weight of the
/// decoded plan, the bound the solver's best bound (<c>Objective().BestBound()</c>).</para>
/// <para><b>Warm start.</b> The plan is encoded as a complete solution vector
/// (<see cref="MipFormulation.Encode(Plan)"/>), checked against every row and bound of the MIP, and given to the
/// solver as its hint (<c>SetHint</c>; SCIP uses it as a starting solution, CBC through MPSolver ignores it, and HiGHS
/// is not given it because OR-Tools 9.15's HiGHS interface crashes the process on a hint). Whatever the backend does,
/// the engine never returns a plan worse than a checked warm start.</para>
/// <para><b>Cancellation.</b> The token calls <c>InterruptSolve</c>; SCIP stops within moments, while CBC and HiGHS
/// through MPSolver cannot be interrupted and stop at their time limit. A solve cancelled before the solver starts
/// returns the checked warm start as <see cref="SolveStatus.Feasible"/>, else <see cref="SolveStatus.Unknown"/>.</para>
/// <para><b>Threads.</b> Every solve builds and releases its own <c>MPSolver</c>, so one engine can be shared by
/// several threads. CBC's solver driver keeps process-wide state, so CBC solves of one process run one at a time.</para>
/// </remarks>
public sealed class MipEngine : IPackagingEngine
{
    private const double StartTolerance = 1e-9;

    // CBC's driver (CbcMain) keeps process-wide state; two CBC solves at once corrupt each other.
    private static readonly object CbcGate = new();

    /// <summary>Creates the engine with <see cref="MipOptions.Default"/> (CBC).</summary>
    public MipEngine()
        : this(MipOptions.Default)
    {
    }

    /// <summary>Creates the engine on a backend with otherwise default settings.</summary>
    /// <param name="backend">The MIP solver.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="backend"/> is not a defined backend.</exception>
    public MipEngine(MipBackend backend)
        : this(new MipOptions { Backend = backend })
    {
    }

    /// <summary>Creates the engine.</summary>
    /// <param name="options">Backend, warm start, package limit and backend parameters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public MipEngine(MipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The engine's name in results and reports: <c>cbc</c>, <c>scip</c> or <c>highs</c>.</summary>
    public string Name => NameOf(Options.Backend);

    /// <summary>The engine's settings.</summary>
    public MipOptions Options { get; }

    /// <summary>The engine name of a backend: <c>cbc</c>, <c>scip</c> or <c>highs</c>.</summary>
    /// <param name="backend">The backend.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="backend"/> is not a defined backend.</exception>
    public static string NameOf(MipBackend backend) => backend switch
    {
        MipBackend.Cbc => "cbc",
        MipBackend.Scip => "scip",
        MipBackend.Highs => "highs",
        _ => throw new ArgumentOutOfRangeException(nameof(backend), backend, "Not a defined MipBackend."),
    };

    /// <summary>The backend of an engine name (<c>cbc</c>, <c>scip</c> or <c>highs</c>, any case).</summary>
    /// <param name="name">The engine name.</param>
    /// <param name="backend">The backend, when the name is one.</param>
    /// <returns>Whether the name is a backend's.</returns>
    public static bool TryParse(string? name, out MipBackend backend)
    {
        foreach (var b in Enum.GetValues<MipBackend>())
        {
            if (string.Equals(name, NameOf(b), StringComparison.OrdinalIgnoreCase))
            {
                backend = b;
                return true;
            }
        }

        backend = default;
        return false;
    }

    /// <summary>Solves the model, warm-started from <see cref="MipOptions.WarmStart"/> when set.</summary>
    /// <param name="model">The built model.</param>
    /// <param name="options">Limits, gap, threads and seed; validated here.</param>
    /// <param name="cancellationToken">Interrupts the solve where the backend can be interrupted; see the remarks.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid, the warm start does not fit the model's scenario, or the backend rejects <see cref="MipOptions.BackendParameters"/>.</exception>
    /// <exception cref="InvalidOperationException">The OR-Tools runtime lacks the backend, or the backend calls the model invalid.</exception>
    public SolveResult Solve(PackagingModel model, SolverOptions options, CancellationToken cancellationToken = default)
        => Solve(model, options, Options.WarmStart, cancellationToken);

    /// <summary>Solves the model, warm-started from a given plan.</summary>
    /// <param name="model">The built model.</param>
    /// <param name="options">Limits, gap, threads and seed; validated here.</param>
    /// <param name="warmStart">A plan of the model's scenario to start from (for example the heuristic's), or <see langword="null"/>; a plan that breaks a hard constraint is ignored with a <c>warm-start-ignored</c> warning.</param>
    /// <param name="cancellationToken">Interrupts the solve where the backend can be interrupted; see the remarks.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid, <paramref name="warmStart"/> names unknown activities or members, misses or repeats an activity, or has more packages than the formulation's slots, or the backend rejects <see cref="MipOptions.BackendParameters"/>.</exception>
    /// <exception cref="InvalidOperationException">The OR-Tools runtime lacks the backend, or the backend calls the model invalid.</exception>
    public SolveResult Solve(PackagingModel model, SolverOptions options, Plan? warmStart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var logger = SolverLog.For(options);
        SolverLog.Started(logger, Name, model, options);
        return SolverLog.Finished(logger, Run(model, options, warmStart, clock, cancellationToken));
    }

    private SolveResult Run(PackagingModel model, SolverOptions options, Plan? warmStart, Stopwatch clock, CancellationToken cancellationToken)
    {
        Report(options, "formulate", null, 0, clock);
        var facts = InfeasibilityAnalyzer.Explain(model);
        if (facts.Count > 0)
        {
            Report(options, "done", null, 0, clock);
            return new SolveResult(SolveStatus.Infeasible, Name, null, null, 0, clock.Elapsed, facts);
        }

        var formulation = TextbookFormulation.Build(model, Options.MaxPackages);
        var notes = new List<Diagnostic>();
        double[]? start = warmStart is null ? null : formulation.Encode(warmStart);
        if (start is not null && formulation.Mip.MaxViolation(start) > StartTolerance)
        {
            start = null;
            notes.Add(Diagnostic.Warning(
                "warm-start-ignored",
                $"The warm-start plan does not meet every hard constraint of the scenario, so {Name} started without it."));
        }

        var remaining = options.TimeLimit is { } limit ? limit - clock.Elapsed : TimeSpan.MaxValue;
        if (cancellationToken.IsCancellationRequested || remaining <= TimeSpan.Zero)
        {
            // The best plan so far is the checked warm start, if any.
            if (start is null)
            {
                Report(options, "done", null, 0, clock);
                return new SolveResult(SolveStatus.Unknown, Name, null, null, 0, clock.Elapsed, notes);
            }

            return Found(model, formulation, SolveStatus.Feasible, start, 0, clock, notes, options);
        }

        using var solver = Solver.CreateSolver(SolverId(Options.Backend))
            ?? throw new InvalidOperationException($"This OR-Tools runtime has no {Name} solver.");
        var variables = Load(solver, formulation.Mip);
        Configure(solver, options, remaining);
        if (start is not null && Options.Backend != MipBackend.Highs)
        {
            // OR-Tools 9.15's HiGHS interface ends the process when given a hint, so HiGHS starts without one.
            solver.SetHint(variables, start);
        }

        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.RelativeGap);
        Report(options, "solve", start is null ? null : formulation.Mip.ObjectiveValue(start), 0, clock);
        Solver.ResultStatus status;
        bool serialise = Options.Backend == MipBackend.Cbc;
        if (serialise)
        {
            Monitor.Enter(CbcGate);
        }

        try
        {
            using (cancellationToken.Register(() => solver.InterruptSolve()))
            {
                status = solver.Solve(parameters);
            }
        }
        finally
        {
            if (serialise)
            {
                Monitor.Exit(CbcGate);
            }
        }

        return Read(model, formulation, solver, variables, status, start, clock, notes, options);
    }

    private SolveResult Read(PackagingModel model, MipFormulation formulation, Solver solver, Variable[] variables, Solver.ResultStatus status, double[]? start, Stopwatch clock, List<Diagnostic> notes, SolverOptions options)
    {
        // MPSolver reports "no bound" as ±infinity; cut weights are never negative.
        double bound = solver.Objective().BestBound() is var b && double.IsFinite(b) ? Math.Max(0, b) : 0;
        switch (status)
        {
            case Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE:
                var values = variables.Select(v => v.SolutionValue()).ToArray();
                if (start is not null && formulation.Mip.ObjectiveValue(start) < formulation.Mip.ObjectiveValue(values) - StartTolerance)
                {
                    // The backend ignored the hint and stopped at a worse plan: the warm start is the better answer.
                    values = start;
                    status = Solver.ResultStatus.FEASIBLE;
                }

                return Found(model, formulation, status == Solver.ResultStatus.OPTIMAL ? SolveStatus.Optimal : SolveStatus.Feasible, values, bound, clock, notes, options);
            case Solver.ResultStatus.INFEASIBLE:
                Report(options, "done", null, 0, clock);
                return new SolveResult(SolveStatus.Infeasible, Name, null, null, 0, clock.Elapsed, [NoStaffablePlan(model), .. notes]);
            case Solver.ResultStatus.MODEL_INVALID:
                throw new InvalidOperationException($"{Name} rejected the textbook MIP as invalid.");
            default:
                if (start is not null)
                {
                    return Found(model, formulation, SolveStatus.Feasible, start, bound, clock, notes, options);
                }

                Report(options, "done", null, bound, clock);
                return new SolveResult(SolveStatus.Unknown, Name, null, null, bound, clock.Elapsed, notes);
        }
    }

    private SolveResult Found(PackagingModel model, MipFormulation formulation, SolveStatus status, double[] values, double bound, Stopwatch clock, List<Diagnostic> notes, SolverOptions options)
    {
        var assignment = formulation.Decode(values);
        var plan = model.ToPlan(assignment.PackageOfArray, assignment.TeamsArrays);
        double cut = CutWeight(formulation, assignment.PackageOfArray);

        // With a zero gap an optimal plan's cut is its own bound; otherwise the bound never exceeds the cut.
        bound = status == SolveStatus.Optimal && options.RelativeGap == 0 ? cut : Math.Min(bound, cut);
        Report(options, "done", cut, bound, clock);

        return new SolveResult(status, Name, plan, cut, bound, clock.Elapsed, notes);
    }

    private static Variable[] Load(Solver solver, MipModel mip)
    {
        var variables = new Variable[mip.Variables.Count];
        foreach (var v in mip.Variables)
        {
            variables[v.Index] = solver.MakeVar(v.Lower, v.Upper, v.IsInteger, v.Name);
        }

        foreach (var c in mip.Constraints)
        {
            var row = solver.MakeConstraint(c.Lower, c.Upper, c.Name);
            foreach (var t in c.Terms)
            {
                row.SetCoefficient(variables[t.Variable], t.Coefficient);
            }
        }

        var objective = solver.Objective();
        foreach (var v in mip.Variables)
        {
            if (v.Objective != 0)
            {
                objective.SetCoefficient(variables[v.Index], v.Objective);
            }
        }

        objective.SetMinimization();
        return variables;
    }

    private void Configure(Solver solver, SolverOptions options, TimeSpan remaining)
    {
        solver.SuppressOutput();
        if (remaining != TimeSpan.MaxValue)
        {
            solver.SetTimeLimit(Math.Max(1, (long)Math.Ceiling(remaining.TotalMilliseconds)));
        }

        // Backends without parallel search (HiGHS' MIP) decline and run on one thread.
        _ = solver.SetNumThreads(options.Threads);
        // Only SCIP takes parameters through MPSolver; CBC and HiGHS there have fixed seeds of their own.
        string seed = Options.Backend == MipBackend.Scip
            ? string.Create(CultureInfo.InvariantCulture, $"randomization/randomseedshift = {(uint)options.Seed % int.MaxValue}\n")
            : string.Empty;
        string text = seed + Options.BackendParameters;
        if (text.Length > 0 && !solver.SetSolverSpecificParametersAsString(text))
        {
            throw new ArgumentException($"{Name} rejected the backend parameters: {Options.BackendParameters}");
        }
    }

    private static string SolverId(MipBackend backend) => backend switch
    {
        MipBackend.Scip => "SCIP",
        MipBackend.Highs => "HIGHS",
        _ => "CBC",
    };

    private static Diagnostic NoStaffablePlan(PackagingModel model) => Diagnostic.Error(
        "no-staffable-plan",
        string.Create(CultureInfo.InvariantCulture, $"Every way of grouping the activities into packages fails: no grouping lets every package get its own team of {model.TeamSize.Min} to {model.TeamSize.Max} members who cover its capabilities at its scale, within their hours and the number of teams each may join, under the rules (proven by the MIP solver). Add members, allow members in more teams or more hours, or relax the team size or the rules."),
        "$");

    private static double CutWeight(MipFormulation formulation, int[] packageOf)
    {
        double cut = 0;
        foreach (var e in formulation.Edges)
        {
            if (packageOf[e.Source] != packageOf[e.Target])
            {
                cut += e.Weight;
            }
        }

        return cut;
    }

    private static void Report(SolverOptions options, string phase, double? best, double bound, Stopwatch clock)
        => options.Progress?.Report(new SolveProgress(phase, best, bound, clock.Elapsed));
}
