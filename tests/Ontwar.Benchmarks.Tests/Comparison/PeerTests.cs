using Ontwar.Benchmarks.Comparison;
using Ontwar.Evaluation;
using Ontwar.Solving;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

/// <summary>
/// The outside peers on a small planted scenario. They need gpmetis (Debian metis), Python with networkx 2.8 or later
/// (python3-networkx); when one is missing the test fails and says how to install it.
/// </summary>
public sealed class PeerTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("ontwar-peer-tests-").FullName;
    private readonly BenchmarkScenario _scenario = new CatalogueEntry(ScenarioCatalogue.Planted, 30, 1).Generate();

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private PeerRun RunAvailable(IPeer peer, int? k = null)
    {
        var availability = peer.CheckAvailability();
        Assert.True(availability.IsAvailable, $"{peer.Name} is needed for this test: {availability.Detail}");
        return peer.Run(_scenario, new PeerContext(TimeSpan.FromSeconds(20), 1, k, _work));
    }

    [Fact]
    public void Metis_partitions_into_k_parts()
    {
        var run = RunAvailable(new MetisPeer(), k: 5);
        Assert.Equal("partition", run.Status);
        Assert.Equal(_scenario.Size, run.PackageOf!.Length);
        Assert.Equal(5, run.PackageOf.Distinct().Count());
    }

    [Fact]
    public void Louvain_finds_communities_covering_every_activity()
    {
        var run = RunAvailable(new LouvainPeer());
        Assert.Equal("partition", run.Status);
        Assert.Equal(_scenario.Size, run.PackageOf!.Length);
        Assert.InRange(run.PackageOf.Distinct().Count(), 2, _scenario.Size);
    }

    [Fact]
    public void Cbc_through_mpsolver_solves_planted_10_to_the_exact_engines_cut()
    {
        var small = new CatalogueEntry(ScenarioCatalogue.Planted, 10, 1).Generate();
        var run = new MipPeer().Run(small, new PeerContext(TimeSpan.FromSeconds(20), 1, null, _work));
        Assert.Equal("optimal", run.Status);
        var exact = PackagingSolver.Solve(small.Scenario, new SolverOptions { Engine = EngineKind.Exact });
        var evaluation = PlanEvaluator.Evaluate(small.Scenario, run.Plan!);
        Assert.True(evaluation.IsFeasible, string.Join("; ", evaluation.Violations));
        Assert.Equal(exact.Objective!.Value, evaluation.Metrics.CutWeight, 6);
    }

    [Fact]
    public void A_missing_program_says_how_to_install_it()
    {
        var metis = new MetisPeer("gpmetis-not-here").CheckAvailability();
        Assert.False(metis.IsAvailable);
        Assert.Contains("apt-get install metis", metis.Detail, StringComparison.Ordinal);
        var louvain = new LouvainPeer(["python-not-here"]).CheckAvailability();
        Assert.False(louvain.IsAvailable);
        Assert.Contains("apt-get install python3-networkx", louvain.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exact_engine_is_not_run_beyond_its_limit()
    {
        var large = new CatalogueEntry(ScenarioCatalogue.Planted, 1_000, 1).Generate();
        Assert.Contains($"beyond {PackagingSolver.AutoExactLimit} activity groups", new OntwarPeer(EngineKind.BranchAndBound).NotRunReason(large), StringComparison.Ordinal);
        Assert.Null(new OntwarPeer(EngineKind.Heuristic).NotRunReason(large));
        Assert.Null(new OntwarPeer(EngineKind.BranchAndBound).NotRunReason(_scenario));
    }
}
