using System.Diagnostics;
using System.Runtime.InteropServices;
using Ontwar.Cbc.Native;
using Ontwar.Diagnostics;
using Ontwar.Modeling;
using Ontwar.Modeling.Mip;
using Ontwar.Plans;
using Ontwar.Solving;

namespace Ontwar.Cbc;

/// <summary>
/// Solves the packaging model exactly with COIN-OR CBC: the model is written as the textbook MIP of
/// <see cref="TextbookFormulation"/> and handed to CBC's C API (<c>libCbcSolver.so.3</c>, Debian package
/// <c>coinor-libcbc3</c>). It is Ontwar's second exact backend and the independent check of its own engines; it is
/// much slower than the exact engine on all but small scenarios. See <c>docs/cbc.md</c>.
/// </summary>
/// <remarks>
/// <para><b>Options.</b> <see cref="SolverOptions.TimeLimit"/> becomes CBC's <c>seconds</c> (wall clock,
/// <c>timeMode elapsed</c>), <see cref="SolverOptions.RelativeGap"/> its <c>ratioGap</c>,
/// <see cref="SolverOptions.Threads"/> above 1 its deterministic parallel search (<c>threads 100+n</c>),
/// <see cref="SolverOptions.Seed"/> its <c>randomCbcSeed</c> and <c>randomSeed</c>; CBC's log is off.</para>
/// <para><b>Status.</b> Proven optimal (within the gap) → <see cref="SolveStatus.Optimal"/>; proven infeasible →
/// <see cref="SolveStatus.Infeasible"/> (with the model's rule conflicts as diagnostics); a solution without proof
/// (time limit) → <see cref="SolveStatus.Feasible"/>; nothing → <see cref="SolveStatus.Unknown"/>. The objective is
/// the cut weight of the decoded plan, the bound CBC's best possible objective.</para>
/// <para><b>Warm start.</b> The plan is encoded as a complete solution vector
/// (<see cref="MipFormulation.Encode(Plan)"/>), checked against every row and bound of the MIP, and given to CBC as
/// its first incumbent (<c>Cbc_setInitialSolution</c>): CBC then only searches for better plans and prunes with the
/// plan's cut. CBC's own MIP-start entry points are not used because CBC 2.10.8 fails on them for models of a few
/// hundred columns.</para>
/// <para><b>Cancellation.</b> CBC 2.10's C API cannot be interrupted: the token is checked before the native solve
/// starts (a cancelled solve returns at once: the warm start as <see cref="SolveStatus.Feasible"/> when one was given
/// and valid, else <see cref="SolveStatus.Unknown"/>), and the time limit bounds the native call.</para>
/// <para><b>Threads.</b> Every solve creates and releases its own native model, so the engine can be shared. CBC's
/// solver driver keeps process-wide state, so native solves of one process run one at a time.</para>
/// </remarks>
public sealed class CbcEngine : IPackagingEngine
{
    /// <summary>The engine's name in results and reports.</summary>
    public const string EngineName = "cbc";

    private const double StartTolerance = 1e-9;
    private const double NoBound = 1e30;

    private readonly Action _ensureLibrary;

    /// <summary>Creates the engine with <see cref="CbcOptions.Default"/>.</summary>
    public CbcEngine()
        : this(CbcOptions.Default)
    {
    }

    /// <summary>Creates the engine.</summary>
    /// <param name="options">Warm start, package limit and extra CBC parameters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public CbcEngine(CbcOptions options)
        : this(options, CbcLibrary.EnsureLoaded)
    {
    }

    internal CbcEngine(CbcOptions options, Action ensureLibrary)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _ensureLibrary = ensureLibrary;
    }

    /// <summary>Whether CBC's native library can be loaded in this process. Never throws.</summary>
    public static bool IsAvailable => Probe(CbcLibrary.EnsureLoaded);

    /// <summary>The version of the loaded CBC library, for example <c>2.10.8</c>.</summary>
    /// <exception cref="CbcNotAvailableException">The library cannot be loaded.</exception>
    public static string NativeVersion
    {
        get
        {
            CbcLibrary.EnsureLoaded();
            return Marshal.PtrToStringUTF8(CbcNative.Cbc_getVersion()) ?? string.Empty;
        }
    }

    /// <inheritdoc/>
    public string Name => EngineName;

    /// <summary>The engine's CBC settings.</summary>
    public CbcOptions Options { get; }

    /// <summary>Solves the model, warm-started from <see cref="CbcOptions.WarmStart"/> when set.</summary>
    /// <param name="model">The built model.</param>
    /// <param name="options">Limits, gap, threads and seed; validated here.</param>
    /// <param name="cancellationToken">Checked before the native solve starts; see the remarks on cancellation.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid, or the warm start does not fit the model's scenario.</exception>
    /// <exception cref="CbcNotAvailableException">CBC's native library cannot be loaded.</exception>
    public SolveResult Solve(PackagingModel model, SolverOptions options, CancellationToken cancellationToken = default)
        => Solve(model, options, Options.WarmStart, cancellationToken);

    /// <summary>Solves the model, warm-started from a given plan.</summary>
    /// <param name="model">The built model.</param>
    /// <param name="options">Limits, gap, threads and seed; validated here.</param>
    /// <param name="warmStart">A plan of the model's scenario to start from (for example the heuristic's), or <see langword="null"/>; a plan that breaks a hard constraint is ignored with a <c>warm-start-ignored</c> warning.</param>
    /// <param name="cancellationToken">Checked before the native solve starts; see the remarks on cancellation.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid, or <paramref name="warmStart"/> names unknown activities or members, misses or repeats an activity, or has more packages than the formulation's slots.</exception>
    /// <exception cref="CbcNotAvailableException">CBC's native library cannot be loaded.</exception>
    public SolveResult Solve(PackagingModel model, SolverOptions options, Plan? warmStart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        _ensureLibrary();
        var logger = SolverLog.For(options);
        SolverLog.Started(logger, Name, model, options);
        return SolverLog.Finished(logger, SolveLoaded(model, options, warmStart, clock, cancellationToken));
    }

    private SolveResult SolveLoaded(PackagingModel model, SolverOptions options, Plan? warmStart, Stopwatch clock, CancellationToken cancellationToken)
    {

        Report(options, "formulate", null, 0, clock);
        var formulation = TextbookFormulation.Build(model, Options.MaxPackages);
        var notes = new List<Diagnostic>();
        double[]? start = warmStart is null ? null : formulation.Encode(warmStart);
        if (start is not null && formulation.Mip.MaxViolation(start) > StartTolerance)
        {
            start = null;
            notes.Add(Diagnostic.Warning(
                "warm-start-ignored",
                "The warm-start plan does not meet every hard constraint of the scenario, so CBC started without it."));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            // The best plan so far is the checked warm start, if any.
            if (start is null)
            {
                return new SolveResult(SolveStatus.Unknown, Name, null, null, 0, clock.Elapsed, notes);
            }

            var startAssignment = formulation.Decode(start);
            double startCut = CutWeight(formulation, startAssignment.PackageOfArray);
            return new SolveResult(
                SolveStatus.Feasible,
                Name,
                model.ToPlan(startAssignment.PackageOfArray, startAssignment.TeamsArrays),
                startCut,
                0,
                clock.Elapsed,
                notes);
        }

        double? seconds = options.TimeLimit is { } limit ? Math.Max(0.001, (limit - clock.Elapsed).TotalSeconds) : null;
        var settings = new CbcRunSettings(seconds, options.RelativeGap, options.Threads, options.Seed, start, Options.Parameters);
        Report(options, "solve", null, 0, clock);
        var run = CbcRunner.Run(formulation.Mip, settings);

        // CBC reports "no bound" as ±COIN_DBL_MAX; cut weights are never negative.
        double bound = Math.Abs(run.BestBound) < NoBound ? Math.Max(0, run.BestBound) : 0;
        if (run.ProvenInfeasible)
        {
            Report(options, "done", null, 0, clock);
            return new SolveResult(SolveStatus.Infeasible, Name, null, null, 0, clock.Elapsed, [.. model.RuleConflicts, .. notes]);
        }

        if (run.Solution is not { } solution)
        {
            Report(options, "done", null, bound, clock);
            return new SolveResult(SolveStatus.Unknown, Name, null, null, bound, clock.Elapsed, notes);
        }

        var assignment = formulation.Decode(solution);
        var plan = model.ToPlan(assignment.PackageOfArray, assignment.TeamsArrays);
        double cut = CutWeight(formulation, assignment.PackageOfArray);
        var status = run.ProvenOptimal ? SolveStatus.Optimal : SolveStatus.Feasible;
        bound = status == SolveStatus.Optimal && options.RelativeGap == 0 ? cut : Math.Min(bound, cut);
        Report(options, "done", cut, bound, clock);
        return new SolveResult(status, Name, plan, cut, bound, clock.Elapsed, notes);
    }

    internal static bool Probe(Action ensureLibrary)
    {
        try
        {
            ensureLibrary();
            return CbcNative.Cbc_getVersion() != IntPtr.Zero;
        }
        catch (CbcNotAvailableException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

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
