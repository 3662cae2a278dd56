using System.Diagnostics;
using System.Globalization;
using Ontwar.Modeling.Mip;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>
/// COIN-OR CBC through its command line (Debian package <c>coinor-cbc</c>) on the textbook MIP that
/// <c>ontwar export-model</c> writes (MPS), with the same time limit as the engines:
/// <c>cbc model.mps timeMode elapsed sec T solve solu solution.txt</c>, killed when it overruns T by <see cref="DefaultKillGrace"/>.
/// The solution is mapped back to a plan through the formulation.
/// </summary>
internal sealed class CbcCliPeer : IPeer
{
    /// <summary>Above this many activities the textbook MIP (activities × slots binaries, members × slots binaries) is not run.</summary>
    internal const int MaxActivities = 100;

    /// <summary>How long past the time limit CBC may run before the harness kills it (it finishes its current phase first).</summary>
    internal static readonly TimeSpan DefaultKillGrace = TimeSpan.FromSeconds(10);

    private readonly string _program;
    private readonly TimeSpan _killGrace;

    internal CbcCliPeer(string program = "cbc", TimeSpan? killGrace = null)
    {
        _program = program;
        _killGrace = killGrace ?? DefaultKillGrace;
    }

    /// <summary>The note of a run the harness had to kill.</summary>
    internal string KilledNote => "killed at limit + " + _killGrace.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    /// <inheritdoc/>
    public string Name => "CBC (cli)";

    /// <inheritdoc/>
    public PeerAvailability CheckAvailability()
        => ExternalProcess.Find(_program) is { } path
            ? new PeerAvailability(true, path)
            : new PeerAvailability(false, $"'{_program}' not found on PATH; install it with `apt-get install coinor-cbc`.");

    /// <inheritdoc/>
    public string? NotRunReason(BenchmarkScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Size > MaxActivities
            ? $"textbook MIP too large above {MaxActivities.ToString(CultureInfo.InvariantCulture)} activities (quadratic in activities and members)"
            : null;
    }

    /// <inheritdoc/>
    public PeerRun Run(BenchmarkScenario scenario, PeerContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var watch = Stopwatch.StartNew();
        var formulation = TextbookFormulation.Build(scenario.Model);
        string model = Path.Combine(context.WorkDirectory, "model.mps");
        string solution = Path.Combine(context.WorkDirectory, "solution.txt");
        File.Delete(solution);
        MpsWriter.WriteFile(formulation.Mip, model);
        string seconds = Math.Max(1, (int)Math.Round(context.TimeLimit.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

        // timeMode elapsed: CBC's default limit is CPU time. Even so CBC checks the limit only between phases (the root
        // LP of a 100-activity model alone takes ~20 s), so the harness kills it after the limit plus a grace period.
        var outcome = ExternalProcess.Run(
            ExternalProcess.Find(_program) ?? _program,
            Arguments(model, seconds, solution),
            context.WorkDirectory,
            context.TimeLimit + _killGrace);
        if (outcome.TimedOut || !File.Exists(solution))
        {
            watch.Stop();
            return new PeerRun(outcome.TimedOut ? "unknown" : "failed", null, null, watch.Elapsed, outcome.TimedOut ? KilledNote : "cbc wrote no solution: " + FirstLine(outcome.Error + outcome.Output));
        }

        var read = ReadSolution(File.ReadAllLines(solution), formulation.Mip, outcome.Output, outcome.Elapsed >= context.TimeLimit);
        Plans.Plan? plan = null;
        string? note = null;
        if (read.Values is { } values && read.Status is "optimal" or "feasible")
        {
            try
            {
                plan = formulation.DecodePlan(values);
            }
            catch (ArgumentException e)
            {
                note = "solution not decodable: " + e.Message;
            }
        }

        watch.Stop();
        return new PeerRun(read.Status, plan, null, watch.Elapsed, note);
    }

    /// <summary>The command line: model, wall-clock time limit, solve, write the solution.</summary>
    internal static IReadOnlyList<string> Arguments(string model, string seconds, string solution)
        => [model, "timeMode", "elapsed", "sec", seconds, "solve", "solu", solution];

    /// <summary>
    /// Reads a CBC solution file: the first line is the status (<c>Optimal - objective value 7</c>,
    /// <c>Stopped on time - objective value …</c>, <c>Stopped on time (no integer solution - continuous used) - …</c>,
    /// <c>Infeasible - …</c>), then one line per non-zero variable: index, name, value, reduced cost (possibly flagged
    /// with <c>**</c>). CBC 2.10 also heads the file <c>Integer infeasible</c> when its time limit ran out during
    /// pre-processing (its log then says <c>Pre-processing says infeasible or unbounded</c> although the model has
    /// plans), so an infeasible head counts only when CBC finished within its limit and did not stop on a limit.
    /// </summary>
    /// <param name="lines">The solution file.</param>
    /// <param name="mip">The model CBC solved.</param>
    /// <param name="log">CBC's standard output, or null when not at hand.</param>
    /// <param name="reachedLimit">Whether CBC ran for its whole time limit or longer.</param>
    /// <returns>The status (optimal, feasible, infeasible, unknown) and the values when a solution is present.</returns>
    /// <exception cref="FormatException">A value line names no variable of the model or has no number.</exception>
    internal static (string Status, double[]? Values) ReadSolution(IReadOnlyList<string> lines, MipModel mip, string? log = null, bool reachedLimit = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(mip);
        if (lines.Count == 0)
        {
            return ("unknown", null);
        }

        string head = lines[0].Trim();
        bool stoppedOnLimit = reachedLimit || (log is not null && log.Contains("Result - Stopped on", StringComparison.Ordinal));
        string status =
            head.StartsWith("Optimal", StringComparison.OrdinalIgnoreCase) ? "optimal"
            : head.Contains("no integer solution", StringComparison.OrdinalIgnoreCase) ? "unknown"
            : head.StartsWith("Stopped", StringComparison.OrdinalIgnoreCase) ? "feasible"
            : head.Contains("infeasible", StringComparison.OrdinalIgnoreCase) ? (stoppedOnLimit ? "unknown" : "infeasible")
            : "unknown";
        if (status is "infeasible" or "unknown")
        {
            return (status, null);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var variable in mip.Variables)
        {
            index[variable.Name] = variable.Index;
        }

        var values = new double[mip.Variables.Count];
        for (int i = 1; i < lines.Count; i++)
        {
            var tokens = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                continue;
            }

            int at = Array.FindIndex(tokens, index.ContainsKey);
            if (at < 0 || at + 1 >= tokens.Length
                || !double.TryParse(tokens[at + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw new FormatException($"CBC solution line {(i + 1).ToString(CultureInfo.InvariantCulture)} is not 'index name value reduced-cost' for a variable of the model: '{lines[i]}'.");
            }

            values[index[tokens[at]]] = value;
        }

        return (status, values);
    }

    private static string FirstLine(string text)
        => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "(no output)";
}
