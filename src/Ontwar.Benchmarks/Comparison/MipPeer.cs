using System.Diagnostics;
using System.Globalization;
using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Solving.Mip;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>
/// A MIP solver bundled with OR-Tools (CBC by default) on the textbook MIP that <c>ontwar export-model</c> writes,
/// in process through Ontwar's <see cref="MipEngine"/> (MPSolver), with the same time limit as the engines.
/// </summary>
internal sealed class MipPeer : IPeer
{
    /// <summary>Above this many activities the textbook MIP (activities × slots binaries, members × slots binaries) is not run.</summary>
    internal const int MaxActivities = 100;

    private readonly MipBackend _backend;

    internal MipPeer(MipBackend backend = MipBackend.Cbc) => _backend = backend;

    /// <inheritdoc/>
    public string Name => MipEngine.NameOf(_backend).ToUpperInvariant() + " (MPSolver)";

    /// <inheritdoc/>
    public PeerAvailability CheckAvailability() => new(true, "in process (OR-Tools)");

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
        var model = PackagingModel.Build(scenario.Scenario);
        var result = new MipEngine(_backend).Solve(model, new SolverOptions { TimeLimit = context.TimeLimit, Seed = context.Seed });
        watch.Stop();
        return new PeerRun(result.Status.ToString().ToLowerInvariant(), result.TryGetPlan(out var plan) ? plan : null, null, watch.Elapsed);
    }
}
