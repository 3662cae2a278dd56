using System.Diagnostics;
using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Solving.Exact;
using Ontwar.Tests.Solving.Support;
using Xunit;

namespace Ontwar.Tests.Solving.Exact;

public class BranchAndBoundTests
{
    // Two strongly linked activities and two members without capabilities: one package of both is optimal (cut 0);
    // two packages of one activity each are feasible but cut 8.
    private static readonly Scenario Pair = new(
        "pair",
        [new Activity("a", "A", Scale.Municipality), new Activity("b", "B", Scale.Municipality)],
        [new Dependency("a", "b", Intensity.Joint)],
        [new Member("m1", Scale.Municipality), new Member("m2", Scale.Municipality)],
        teamSize: new TeamSizeLimits(1, 2));

    private static Incumbent SplitPlan() => new([0, 1], new Dictionary<int, int[]> { [0] = [0], [1] = [1] }, 8);

    [Fact]
    public void A_search_stopped_before_branching_claims_no_bound_above_the_optimum()
    {
        var model = PackagingModel.Build(Pair);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var options = new SolverOptions { TimeLimit = null, Engine = EngineKind.Exact };
        var result = new BranchAndBound(model, options, TimeSpan.MaxValue, Stopwatch.StartNew(), cancelled.Token, SplitPlan()).Run("test");

        // Stopping at once keeps the split plan with the root bound 0; a search that still proves the optimum must
        // have found the single package. Either way, nothing above the optimum (0) may be claimed as a bound.
        ResultCheck.AssertSound(Pair, result);
        Assert.Equal(0, result.Bound);
        if (result.Status == SolveStatus.Feasible)
        {
            Assert.Equal(8, result.Objective);
            Assert.Equal(1, result.Gap);
        }
        else
        {
            Assert.Equal(SolveStatus.Optimal, result.Status);
            Assert.Equal(0, result.Objective);
        }
    }

    [Fact]
    public void A_search_that_runs_improves_on_its_start_plan_and_proves_the_optimum()
    {
        var model = PackagingModel.Build(Pair);
        var options = new SolverOptions { TimeLimit = null, Engine = EngineKind.Exact };
        var result = new BranchAndBound(model, options, TimeSpan.MaxValue, Stopwatch.StartNew(), default, SplitPlan()).Run("test");

        ResultCheck.AssertSound(Pair, result);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(0, result.Objective);
        Assert.Single(result.Plan.Packages);
    }
}
