using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Generation;
using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Solving.CpSat;
using Ontwar.Solving.Exact;
using Ontwar.Solving.Heuristic;
using Ontwar.Tests.Solving.Support;
using Ontwar.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace Ontwar.Tests.Solving;

public class PackagingSolverTests
{
    private static readonly Lazy<PlantedScenario> Large = new(() =>
        PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 5000, Seed = 7 }));

    public static TheoryData<EngineKind> Engines => new() { EngineKind.Auto, EngineKind.Exact, EngineKind.Heuristic };

    [Property]
    public Property Every_plan_any_engine_returns_passes_the_independent_check()
    {
        return Prop.ForAll(ScenarioGen.Arbitrary(TestShapes.Tiny), s =>
        {
            foreach (var engine in new[] { EngineKind.Auto, EngineKind.Exact, EngineKind.Heuristic })
            {
                foreach (bool ideal in new[] { false, true })
                {
                    ResultCheck.AssertSound(s, PackagingSolver.Solve(s, TestShapes.Generous(engine), ideal), ideal);
                }
            }
        });
    }

    [Property(MaxTest = 1)]
    public Property The_ideal_plan_never_cuts_more_than_the_realistic_plan_when_rules_only_restrict()
    {
        return Prop.ForAll(Batch.Of(ScenarioGen.Arbitrary(TestShapes.Tiny), 300), batch =>
        {
            // Fixed scales at or above the activity's ideal scale only restrict (see the next test for the other case).
            int compared = 0;
            Array.ForEach(batch, s =>
            {
                if (s.Rules.OfType<FixedScaleRule>().Any(f => f.Scale < s.GetActivity(f.Activity).IdealScale))
                {
                    return;
                }

                var realistic = PackagingSolver.Solve(s, TestShapes.Generous(EngineKind.Exact));
                var ideal = PackagingSolver.Solve(s, TestShapes.Generous(EngineKind.Exact), ignoreRules: true);
                if (realistic.HasPlan)
                {
                    compared++;
                    string context = $"ideal {ideal.Status} {ideal.Objective}, realistic {realistic.Objective}\n" + IndependentPlanCheck.Describe(s);
                    if (!ideal.HasPlan || ideal.Objective > realistic.Objective + 1e-9)
                    {
                        throw new XunitException("Leaving the rules out made the plan worse: " + context);
                    }

                    // The realistic grouping and teams, at the policy's scales, are a valid ideal plan.
                    var undeclared = new Plans.Plan(realistic.Plan.Packages.Select(p => new Plans.ActivityPackage(p.Id, p.Activities, p.Members)));
                    IndependentPlanCheck.AssertFeasible(s, undeclared, ignoreRules: true);
                }
            });
            // A guard against a generator that stops producing feasible cases, not a statistic: over 70 random seeds
            // 300 tiny scenarios gave 30 to 48 feasible ones (mean about 42, sd about 4.5), so the former bound of 30 failed
            // about one seed in 45 although the property held every time. 15 is six standard deviations below the mean.
            Assert.True(compared >= 15, $"only {compared} feasible cases were compared");
        });
    }

    [Fact]
    public void A_fixed_scale_below_the_ideal_scale_can_make_the_realistic_plan_possible_where_the_ideal_plan_is_not()
    {
        // The ideal package is regional, and the only carer works in the neighbourhood; a rule fixing the package at
        // neighbourhood scale lets her join. Rules do not only restrict: reports must allow a negative deviation cost.
        var s = new Scenario(
            "local carer",
            [new Activity("a", "A", Scale.LocalRegion, ["care"])],
            [],
            [new Member("m", Scale.GeographicNeighbourhood, ["care"])],
            [new FixedScaleRule("a", Scale.LivedNeighbourhood)],
            new TeamSizeLimits(1, 1));
        Assert.Equal(SolveStatus.Optimal, PackagingSolver.Solve(s, TestShapes.Generous(EngineKind.Exact)).Status);
        Assert.Equal(SolveStatus.Infeasible, PackagingSolver.Solve(s, TestShapes.Generous(EngineKind.Exact), ignoreRules: true).Status);
        Assert.False(TinyOracle.Solve(s, ignoreRules: true).Feasible);
    }

    [Fact]
    public void Auto_uses_cp_sat_on_small_scenarios_and_the_heuristic_on_large_ones()
    {
        var small = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = PackagingSolver.AutoExactLimit, Seed = 1 });
        Assert.IsType<CpSatEngine>(PackagingSolver.EngineFor(PackagingModel.Build(small.Scenario), EngineKind.Auto));

        var large = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = PackagingSolver.AutoExactLimit + 1, Seed = 1 });
        Assert.IsType<HeuristicEngine>(PackagingSolver.EngineFor(PackagingModel.Build(large.Scenario), EngineKind.Auto));

        // Activities bound by a together rule count once.
        var a = large.Scenario.Activities;
        var bound = large.Scenario.WithRules([new TogetherRule([a[0].Id, a[1].Id])]);
        Assert.IsType<CpSatEngine>(PackagingSolver.EngineFor(PackagingModel.Build(bound), EngineKind.Auto));
        Assert.IsType<HeuristicEngine>(PackagingSolver.EngineFor(PackagingModel.Build(bound, ignoreRules: true), EngineKind.Auto));

        Assert.Throws<ArgumentOutOfRangeException>(() => PackagingSolver.EngineFor(PackagingModel.Build(bound), (EngineKind)9));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void An_empty_scenario_has_the_empty_plan(EngineKind engine)
    {
        var s = new Scenario("empty", [], [], [new Member("m", Scale.Municipality)], teamSize: new TeamSizeLimits(1, 1));
        var result = PackagingSolver.Solve(s, TestShapes.Generous(engine));
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Empty(result.Plan.Packages);
        Assert.Equal(0, result.Objective);
    }

    [Fact]
    public void An_empty_scenario_has_the_empty_plan_without_a_warm_start()
    {
        var s = new Scenario("empty", [], [], [new Member("m", Scale.Municipality)], teamSize: new TeamSizeLimits(1, 1));
        var result = new ExactEngine(warmStart: false).Solve(PackagingModel.Build(s), TestShapes.Generous(EngineKind.Exact));
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Empty(result.Plan.Packages);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_tiny_time_limit_on_a_large_scenario_returns_promptly_with_a_sound_result(EngineKind engine)
    {
        var planted = Large.Value;
        var limit = TimeSpan.FromMilliseconds(50);
        var clock = Stopwatch.StartNew();
        var result = PackagingSolver.Solve(planted.Scenario, new SolverOptions { TimeLimit = limit, Engine = engine });
        clock.Stop();

        Assert.True(clock.Elapsed < (10 * limit) + TimeSpan.FromSeconds(10), $"{engine} returned after {clock.Elapsed}");
        Assert.Contains(result.Status, new[] { SolveStatus.Feasible, SolveStatus.Unknown });
        ResultCheck.AssertSound(planted.Scenario, result);
        Assert.True(result.Bound <= planted.PlantedCut + 1e-9, $"bound {result.Bound} above the planted plan's cut {planted.PlantedCut}");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_cancelled_token_on_a_large_scenario_returns_promptly_with_a_sound_result(EngineKind engine)
    {
        var planted = Large.Value;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var clock = Stopwatch.StartNew();
        var result = PackagingSolver.Solve(planted.Scenario, new SolverOptions { TimeLimit = null, Engine = engine }, false, cancelled.Token);
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{engine} returned after {clock.Elapsed}");
        Assert.Contains(result.Status, new[] { SolveStatus.Feasible, SolveStatus.Unknown });
        ResultCheck.AssertSound(planted.Scenario, result);
        if (result.Status == SolveStatus.Unknown)
        {
            var e = Assert.Throws<InvalidOperationException>(() => result.Plan);
            Assert.Contains("No plan was found", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cancelling_during_a_solve_without_time_limit_returns_promptly()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 40, Seed = 5 });
        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var clock = Stopwatch.StartNew();
        var result = PackagingSolver.Solve(planted.Scenario, new SolverOptions { TimeLimit = null, Engine = EngineKind.Exact }, false, soon.Token);
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"returned after {clock.Elapsed}");
        ResultCheck.AssertSound(planted.Scenario, result);
        Assert.True(result.Bound <= planted.PlantedCut + 1e-9, $"bound {result.Bound} above the planted plan's cut {planted.PlantedCut}");
    }

    [Property(MaxTest = 120)]
    public Property A_cancelled_solve_never_claims_more_than_it_proved()
    {
        var cancelled = new CancellationToken(canceled: true);
        return Prop.ForAll(ScenarioGen.Arbitrary(TestShapes.Tiny), s =>
        {
            foreach (var engine in new[] { EngineKind.Exact, EngineKind.Heuristic })
            {
                var oracle = TinyOracle.Solve(s);
                var result = PackagingSolver.Solve(s, new SolverOptions { TimeLimit = null, Engine = engine }, false, cancelled);
                ResultCheck.AssertSound(s, result);
                string context = $"oracle {(oracle.Feasible ? oracle.Optimum : "infeasible")}, {result.Status} {result.Objective} bound {result.Bound}\n"
                                 + IndependentPlanCheck.Describe(s);
                if (oracle.Feasible)
                {
                    Assert.True(result.Status != SolveStatus.Infeasible, "infeasible claimed for a feasible scenario: " + context);
                    Assert.True(result.Bound <= oracle.Optimum + 1e-9, "bound above the optimum: " + context);
                    Assert.True(result.Status != SolveStatus.Optimal || Math.Abs(result.Objective!.Value - oracle.Optimum) < 1e-9, "optimal claimed wrongly: " + context);
                }
                else
                {
                    Assert.False(result.HasPlan, "plan for an infeasible scenario: " + context);
                }
            }
        });
    }

    [Fact]
    public void Progress_reports_come_from_the_solve()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 30, Seed = 4 });
        var reports = new List<SolveProgress>();
        var progress = new SynchronousProgress(reports.Add);
        var result = PackagingSolver.Solve(planted.Scenario, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60), Engine = EngineKind.Exact, Progress = progress });
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.True(r.Bound <= result.Objective + 1e-9, $"progress bound {r.Bound} above the final objective {result.Objective}"));
        Assert.All(reports.Where(r => r.BestObjective is not null), r => Assert.True(r.BestObjective >= result.Objective - 1e-9));
    }

    private sealed class SynchronousProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => report(value);
    }
}
