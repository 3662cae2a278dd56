using System.Diagnostics;
using Ontwar.Modeling;
using Ontwar.Solving;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>One of Ontwar's engines (exact, heuristic, or auto, the default) through <see cref="PackagingSolver"/>.</summary>
internal sealed class OntwarPeer : IPeer
{
    private readonly EngineKind _kind;

    internal OntwarPeer(EngineKind kind) => _kind = kind;

    /// <inheritdoc/>
    public string Name => "Ontwar " + _kind.ToString().ToLowerInvariant();

    internal EngineKind Kind => _kind;

    /// <inheritdoc/>
    public PeerAvailability CheckAvailability() => new(true, "in process");

    /// <inheritdoc/>
    public string? NotRunReason(BenchmarkScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        int groups = CountGroups(scenario.Model);
        return _kind == EngineKind.BranchAndBound && groups > PackagingSolver.AutoExactLimit
            ? $"exact engine beyond {PackagingSolver.AutoExactLimit} activity groups ({groups})"
            : null;
    }

    /// <inheritdoc/>
    public PeerRun Run(BenchmarkScenario scenario, PeerContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var watch = Stopwatch.StartNew();
        var model = PackagingModel.Build(scenario.Scenario);
        var result = PackagingSolver.Solve(model, new SolverOptions { Engine = _kind, TimeLimit = context.TimeLimit, Seed = context.Seed });
        watch.Stop();
        return new PeerRun(
            result.Status.ToString().ToLowerInvariant(),
            result.TryGetPlan(out var plan) ? plan : null,
            null,
            watch.Elapsed,
            _kind == EngineKind.Auto ? "engine: " + result.Engine : null);
    }

    private static int CountGroups(PackagingModel model)
    {
        int groups = 0;
        for (int a = 0; a < model.ActivityCount; a++)
        {
            groups += model.TogetherGroup(a) == a ? 1 : 0;
        }

        return groups;
    }
}
