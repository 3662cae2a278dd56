using System.Diagnostics;
using System.Globalization;
using Ontwar.Modeling.Mip;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>
/// COIN-OR CBC through its command line (Debian package <c>coinor-cbc</c>) on the textbook MIP that
/// <c>ontwar export-model</c> writes (MPS), with the same time limit as the engines:
/// <c>cbc model.mps sec T solve solu solution.txt</c>. The solution is mapped back to a plan through the formulation.
/// </summary>
internal sealed class CbcCliPeer : IPeer
{
    /// <summary>Above this many activities the textbook MIP (activities × slots binaries, members × slots binaries) is not run.</summary>
    internal const int MaxActivities = 100;

    private readonly string _program;

    internal CbcCliPeer(string program = "cbc") => _program = program;

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
        var outcome = ExternalProcess.Run(
            ExternalProcess.Find(_program) ?? _program,
            [model, "sec", seconds, "solve", "solu", solution],
            context.WorkDirectory,
            context.TimeLimit * 2 + TimeSpan.FromSeconds(30));
        if (outcome.TimedOut || !File.Exists(solution))
        {
            watch.Stop();
            return new PeerRun(outcome.TimedOut ? "unknown" : "failed", null, null, watch.Elapsed, outcome.TimedOut ? "cbc overran its time limit and was stopped" : "cbc wrote no solution: " + FirstLine(outcome.Error + outcome.Output));
        }

        var read = ReadSolution(File.ReadAllLines(solution), formulation.Mip);
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

    /// <summary>
    /// Reads a CBC solution file: the first line is the status (<c>Optimal - objective value 7</c>,
    /// <c>Stopped on time - objective value …</c>, <c>Infeasible - …</c>), then one line per non-zero variable:
    /// index, name, value, reduced cost (possibly flagged with <c>**</c>).
    /// </summary>
    /// <returns>The status (optimal, feasible, infeasible, unknown) and the values when a solution is present.</returns>
    /// <exception cref="FormatException">A value line names no variable of the model or has no number.</exception>
    internal static (string Status, double[]? Values) ReadSolution(IReadOnlyList<string> lines, MipModel mip)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(mip);
        if (lines.Count == 0)
        {
            return ("unknown", null);
        }

        string head = lines[0].Trim();
        string status =
            head.StartsWith("Optimal", StringComparison.OrdinalIgnoreCase) ? "optimal"
            : head.Contains("infeasible", StringComparison.OrdinalIgnoreCase) && !head.StartsWith("Stopped", StringComparison.OrdinalIgnoreCase) ? "infeasible"
            : head.Contains("no integer solution", StringComparison.OrdinalIgnoreCase) ? "unknown"
            : head.StartsWith("Stopped", StringComparison.OrdinalIgnoreCase) ? "feasible"
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
