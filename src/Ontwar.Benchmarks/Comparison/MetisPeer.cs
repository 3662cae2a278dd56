using System.Diagnostics;
using System.Globalization;
using Ontwar.Graphs;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>
/// METIS (<c>gpmetis</c>, Debian package <c>metis</c>): a balanced k-way partition of the cohesion graph with k the
/// number of packages in the default engine's plan. It knows nothing of teams, capabilities or scales; the harness
/// staffs its parts afterwards.
/// </summary>
internal sealed class MetisPeer : IPeer
{
    private readonly string _program;

    internal MetisPeer(string program = "gpmetis") => _program = program;

    /// <inheritdoc/>
    public string Name => "METIS (gpmetis)";

    /// <inheritdoc/>
    public PeerAvailability CheckAvailability()
        => ExternalProcess.Find(_program) is { } path
            ? new PeerAvailability(true, path)
            : new PeerAvailability(false, $"'{_program}' not found on PATH; install it with `apt-get install metis`.");

    /// <inheritdoc/>
    public string? NotRunReason(BenchmarkScenario scenario) => null;

    /// <inheritdoc/>
    public PeerRun Run(BenchmarkScenario scenario, PeerContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        if (context.PackageCount is not { } k)
        {
            return new PeerRun("failed", null, null, TimeSpan.Zero, "no k: the default engine gave no plan");
        }

        var watch = Stopwatch.StartNew();
        int n = scenario.Scenario.Activities.Count;
        if (k <= 1)
        {
            return new PeerRun("partition", null, new int[n], watch.Elapsed, "k = 1: one part, METIS not called");
        }

        var graph = CohesionGraph.FromScenario(scenario.Scenario);
        string file = Path.Combine(context.WorkDirectory, "graph.metis");
        using (var writer = new StreamWriter(file))
        {
            MetisFormat.Write(graph, writer);
        }

        string kText = k.ToString(CultureInfo.InvariantCulture);
        var outcome = ExternalProcess.Run(
            ExternalProcess.Find(_program) ?? _program,
            ["-seed=" + context.Seed.ToString(CultureInfo.InvariantCulture), file, kText],
            context.WorkDirectory,
            context.TimeLimit + TimeSpan.FromSeconds(30));
        string partFile = file + ".part." + kText;
        if (outcome.TimedOut || outcome.ExitCode != 0 || !File.Exists(partFile))
        {
            watch.Stop();
            return new PeerRun("failed", null, null, watch.Elapsed, outcome.TimedOut ? "gpmetis overran and was stopped" : "gpmetis failed: " + Last(outcome.Output + outcome.Error));
        }

        var parts = MetisFormat.ReadPartition(File.ReadAllLines(partFile), n, k);
        watch.Stop();
        return new PeerRun("partition", null, parts, watch.Elapsed);
    }

    private static string Last(string text)
        => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
