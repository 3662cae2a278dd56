using System.Globalization;
using System.Runtime.InteropServices;
using Ontwar.Modeling.Mip;

namespace Ontwar.Cbc.Native;

/// <summary>What one native solve is told.</summary>
/// <param name="Seconds">Wall-clock limit, or <see langword="null"/> for none.</param>
/// <param name="RelativeGap">CBC's <c>ratioGap</c>.</param>
/// <param name="Threads">Threads; above 1 CBC runs its deterministic parallel search.</param>
/// <param name="Seed">The seed of CBC's and CLP's random numbers.</param>
/// <param name="Start">A complete, feasible start vector (the first incumbent), or <see langword="null"/>.</param>
/// <param name="Parameters">Extra parameters, set last.</param>
internal sealed record CbcRunSettings(
    double? Seconds,
    double RelativeGap,
    int Threads,
    int Seed,
    double[]? Start,
    IReadOnlyDictionary<string, string> Parameters);

/// <summary>What one native solve reports.</summary>
/// <param name="ProvenOptimal">CBC proved optimality (within the gap).</param>
/// <param name="ProvenInfeasible">CBC proved that no solution exists.</param>
/// <param name="SecondsLimitReached">The time limit stopped the search.</param>
/// <param name="Solution">The best solution found, or <see langword="null"/>.</param>
/// <param name="Objective">Its objective value (meaningless without a solution).</param>
/// <param name="BestBound">The best proven lower bound.</param>
/// <param name="Status">CBC's status code.</param>
/// <param name="SecondaryStatus">CBC's secondary status code.</param>
/// <param name="Nodes">Branch-and-bound nodes explored.</param>
internal sealed record CbcRunResult(
    bool ProvenOptimal,
    bool ProvenInfeasible,
    bool SecondsLimitReached,
    double[]? Solution,
    double Objective,
    double BestBound,
    int Status,
    int SecondaryStatus,
    int Nodes);

/// <summary>Loads a <see cref="MipModel"/> into a fresh native CBC model, solves it and copies the results out.</summary>
/// <remarks>
/// CBC 2.10's <c>Cbc_solve</c> runs <c>CbcMain1</c>, which keeps process-wide state, so native solves are serialised
/// by a process-wide lock; each solve still has its own native model, released when the solve ends.
/// </remarks>
internal static class CbcRunner
{
    private static readonly object NativeGate = new();

    /// <summary>Solves the model. The caller has loaded the library (<see cref="CbcLibrary.EnsureLoaded"/>).</summary>
    /// <param name="mip">The model.</param>
    /// <param name="settings">Limits and start.</param>
    /// <returns>What CBC found.</returns>
    internal static CbcRunResult Run(MipModel mip, CbcRunSettings settings)
    {
        int cols = mip.Variables.Count, rows = mip.Constraints.Count;
        var (starts, index, value) = mip.ToColumnMajor();
        var colLower = mip.Variables.Select(v => Finite(v.Lower)).ToArray();
        var colUpper = mip.Variables.Select(v => Finite(v.Upper)).ToArray();
        var objective = mip.Variables.Select(v => v.Objective).ToArray();
        var rowLower = mip.Constraints.Select(c => Finite(c.Lower)).ToArray();
        var rowUpper = mip.Constraints.Select(c => Finite(c.Upper)).ToArray();
        var integers = mip.Variables.Where(v => v.IsInteger).Select(v => v.Index).ToArray();

        lock (NativeGate)
        {
            using var model = CbcNative.Cbc_newModel();
            if (model.IsInvalid)
            {
                throw new InvalidOperationException("CBC could not create a model (Cbc_newModel returned null).");
            }

            CbcNative.Cbc_setProblemName(model, mip.Name);
            CbcNative.Cbc_loadProblem(model, cols, rows, starts, index, value, colLower, colUpper, objective, rowLower, rowUpper);
            CbcNative.Cbc_setObjSense(model, 1);
            foreach (var v in mip.Variables)
            {
                CbcNative.Cbc_setColName(model, v.Index, v.Name);
            }

            foreach (var c in mip.Constraints)
            {
                CbcNative.Cbc_setRowName(model, c.Index, c.Name);
            }

            foreach (int j in integers)
            {
                CbcNative.Cbc_setInteger(model, j);
            }

            CbcNative.Cbc_setLogLevel(model, 0);
            CbcNative.Cbc_setParameter(model, "log", "0");
            CbcNative.Cbc_setParameter(model, "slog", "0");
            CbcNative.Cbc_setParameter(model, "timeMode", "elapsed");
            if (settings.Seconds is { } seconds)
            {
                CbcNative.Cbc_setParameter(model, "seconds", Number(Math.Max(seconds, 0.001)));
            }

            CbcNative.Cbc_setParameter(model, "ratioGap", Number(settings.RelativeGap));
            if (settings.Threads > 1)
            {
                // 100 + n: n threads with a repeatable search.
                CbcNative.Cbc_setParameter(model, "threads", (100 + settings.Threads).ToString(CultureInfo.InvariantCulture));
            }

            // 0 would mean "seed from the clock"; map every seed to 1..int.MaxValue - 1.
            string seed = ((int)((uint)settings.Seed % (uint)(int.MaxValue - 1)) + 1).ToString(CultureInfo.InvariantCulture);
            CbcNative.Cbc_setParameter(model, "randomCbcSeed", seed);
            CbcNative.Cbc_setParameter(model, "randomSeed", seed);
            foreach (var (name, v) in settings.Parameters)
            {
                CbcNative.Cbc_setParameter(model, name, v);
            }

            if (settings.Start is { } start)
            {
                // CBC 2.10.8's Cbc_setMIPStart/Cbc_setMIPStartI make CbcMain1 throw "ClpModel::getColumnName, Illegal
                // index" on models of a few hundred columns (and print it to stdout); a complete incumbent avoids
                // that path. CBC does not check it, so the caller passes only vectors it has checked.
                CbcNative.Cbc_setInitialSolution(model, start);
            }

            CbcNative.Cbc_solve(model);

            bool optimal = CbcNative.Cbc_isProvenOptimal(model) != 0;
            bool infeasible = CbcNative.Cbc_isProvenInfeasible(model) != 0;
            IntPtr best = CbcNative.Cbc_bestSolution(model);
            double[]? solution = null;
            if (best != IntPtr.Zero && !infeasible && CbcNative.Cbc_getNumCols(model) == cols)
            {
                solution = new double[cols];
                Marshal.Copy(best, solution, 0, cols);
            }

            return new CbcRunResult(
                optimal && solution is not null,
                infeasible,
                CbcNative.Cbc_isSecondsLimitReached(model) != 0,
                solution,
                CbcNative.Cbc_getObjValue(model),
                CbcNative.Cbc_getBestPossibleObjValue(model),
                CbcNative.Cbc_status(model),
                CbcNative.Cbc_secondaryStatus(model),
                CbcNative.Cbc_getNodeCount(model));
        }
    }

    private static double Finite(double bound) => double.IsPositiveInfinity(bound) ? double.MaxValue
        : double.IsNegativeInfinity(bound) ? -double.MaxValue
        : bound;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
