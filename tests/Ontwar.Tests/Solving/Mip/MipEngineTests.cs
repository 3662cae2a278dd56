using Ontwar.Modeling;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Solving.CpSat;
using Ontwar.Solving.Mip;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Solving.Support;
using Xunit;

namespace Ontwar.Tests.Solving.Mip;

public class MipEngineTests
{
    private static readonly SolverOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(60) };

    public static TheoryData<MipBackend> Backends() => [MipBackend.Cbc, MipBackend.Scip, MipBackend.Highs];

    private static Scenario TwoPairs(IEnumerable<Rule>? rules = null) => SampleScenarios.TwoPairs(rules);

    // A valid but poor plan of two pairs (cut 16): the strong pairs split, with mixed teams.
    private static Plan Poor() => new(
    [
        new ActivityPackage("A", ["wash", "adapt"], ["n1", "p1"]),
        new ActivityPackage("B", ["dress", "physio"], ["n2", "p2"]),
    ]);

    [Theory]
    [MemberData(nameof(Backends))]
    public void Every_backend_solves_a_small_scenario_to_the_known_optimum(MipBackend backend)
    {
        var scenario = TwoPairs();
        var result = new MipEngine(backend).Solve(PackagingModel.Build(scenario), Options);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(MipEngine.NameOf(backend), result.Engine);
        Assert.Equal(1.5, result.Objective!.Value, 9);
        Assert.Equal(1.5, result.Bound, 9);
        Assert.Empty(PlanChecker.Violations(scenario, result.Plan));
        Assert.Equal(2, result.Plan.Packages.Count);
        Assert.All(result.Plan.Packages, p => Assert.Equal(2, p.Members.Count));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Rules_change_the_optimum_as_the_oracle_says(MipBackend backend)
    {
        // p1 must join the packages of wash and of physio, and may join one team: wash and physio share a package.
        var scenario = TwoPairs([new MemberRequiredRule("p1", "wash"), new MemberRequiredRule("p1", "physio"), new MemberExcludedRule("n2", "adapt")]);
        var result = new MipEngine(backend).Solve(PackagingModel.Build(scenario), Options);
        var oracle = BruteForceOracle.Solve(scenario);

        Assert.True(oracle.Feasible);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(oracle.Optimum, result.Objective!.Value, 9);
        Assert.Equal(8.5, result.Objective.Value, 9);
        Assert.Empty(PlanChecker.Violations(scenario, result.Plan));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Proves_infeasibility_that_only_the_search_finds_and_says_why_in_domain_words(MipBackend backend)
    {
        // Two activities that must be apart both need the one nurse, who may join one team: each fact alone is fine.
        var builder = new ScenarioBuilder("one nurse, two packages").WithTeamSize(2, 2)
            .AddActivity("a", "A", Scale.Municipality, a => a.Requires("nursing"))
            .AddActivity("b", "B", Scale.Municipality, a => a.Requires("nursing"))
            .Apart("a", "b")
            .AddMember("nurse", Scale.Municipality, m => m.WithCapabilities("nursing"));
        for (int m = 0; m < 4; m++)
        {
            builder.AddMember("m" + m, Scale.Municipality);
        }

        var result = new MipEngine(backend).Solve(PackagingModel.Build(builder.Build()), Options);

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.False(result.HasPlan);
        var reason = Assert.Single(result.Diagnostics);
        Assert.Equal("no-staffable-plan", reason.Code);
        Assert.Contains("team of 2 to 2 members", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infeasibility_the_analyzer_sees_is_reported_in_its_words_without_solving()
    {
        var scenario = TwoPairs([new FixedScaleRule("wash", Scale.Municipality), new FixedScaleRule("wash", Scale.LocalRegion)]);
        var result = new MipEngine().Solve(PackagingModel.Build(scenario), Options);

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Code == "contradictory-rules");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "no-staffable-plan");
        Assert.Equal(SolveStatus.Optimal, new MipEngine().Solve(PackagingModel.Build(scenario, ignoreRules: true), Options).Status);
    }

    [Fact]
    public void Members_in_two_teams_split_their_hours()
    {
        var enough = new MipEngine().Solve(PackagingModel.Build(SampleScenarios.SharedNurse(1)), Options);
        var tooFew = new MipEngine().Solve(PackagingModel.Build(SampleScenarios.SharedNurse(0.5)), Options);

        Assert.Equal(SolveStatus.Optimal, enough.Status);
        Assert.Equal(4, enough.Objective!.Value, 9);
        Assert.Equal(SolveStatus.Infeasible, tooFew.Status);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Warm_starts_from_a_feasible_plan_keep_the_optimum(MipBackend backend)
    {
        var scenario = TwoPairs();
        var model = PackagingModel.Build(scenario);
        Assert.Empty(PlanChecker.Violations(scenario, Poor()));

        var fromOptions = new MipEngine(new MipOptions { Backend = backend, WarmStart = Poor() }).Solve(model, Options);
        var fromArgument = new MipEngine(backend).Solve(model, Options, Poor());

        Assert.Equal(SolveStatus.Optimal, fromOptions.Status);
        Assert.Equal(1.5, fromOptions.Objective!.Value, 9);
        Assert.Equal(1.5, fromArgument.Objective!.Value, 9);
        Assert.Empty(fromOptions.Diagnostics);
    }

    [Fact]
    public void A_warm_start_that_breaks_a_constraint_is_ignored_with_a_warning()
    {
        var model = PackagingModel.Build(TwoPairs());
        var tooSmall = new Plan([new ActivityPackage("A", ["wash", "dress"], ["n1"]), new ActivityPackage("B", ["physio", "adapt"], ["p1", "p2"])]);
        var result = new MipEngine().Solve(model, Options, tooSmall);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(1.5, result.Objective!.Value, 9);
        Assert.Contains(result.Diagnostics, d => d.Code == "warm-start-ignored");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_warm_start_gives_a_plan_at_least_as_good_within_a_short_limit(MipBackend backend)
    {
        var scenario = PlantedScenarios.Build(activities: 30, packages: 5);
        var planted = PlantedScenarios.PlantedPlan(scenario);
        Assert.Empty(PlanChecker.Violations(scenario, planted));
        var result = new MipEngine(backend).Solve(PackagingModel.Build(scenario), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(1) }, planted);

        Assert.True(result.HasPlan, result.Status.ToString());
        Assert.True(result.Objective <= PlanChecker.CutWeight(scenario, planted) + 1e-9);
        ResultCheck.AssertSound(scenario, result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "warm-start-ignored");
    }

    [Fact]
    public void Warm_starts_that_do_not_fit_the_scenario_are_rejected()
    {
        var model = PackagingModel.Build(TwoPairs());
        var unknown = new Plan([new ActivityPackage("A", ["wash", "dress", "physio", "nope"], ["n1", "p1"])]);
        var missing = new Plan([new ActivityPackage("A", ["wash", "dress", "physio"], ["n1", "p1"])]);

        Assert.Throws<ArgumentException>(() => new MipEngine().Solve(model, Options, unknown));
        Assert.Throws<ArgumentException>(() => new MipEngine().Solve(model, Options, missing));
    }

    [Fact]
    public void Invalid_options_are_rejected_before_solving()
    {
        var model = PackagingModel.Build(TwoPairs());
        var engine = new MipEngine();

        var e = Assert.Throws<ArgumentException>(() => engine.Solve(model, new SolverOptions { Threads = 0, RelativeGap = 2 }));
        Assert.Contains("Threads", e.Message, StringComparison.Ordinal);
        Assert.Contains("RelativeGap", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => engine.Solve(null!, Options));
        Assert.Throws<ArgumentNullException>(() => engine.Solve(model, null!));
        Assert.Throws<ArgumentNullException>(() => new MipEngine((MipOptions)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MipOptions { MaxPackages = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MipEngine((MipBackend)7));
        Assert.Throws<ArgumentNullException>(() => new MipOptions { BackendParameters = null! });
    }

    [Fact]
    public void Backend_parameters_reach_the_backend_and_unreadable_ones_are_an_error()
    {
        var model = PackagingModel.Build(TwoPairs());
        var scip = new MipEngine(new MipOptions { Backend = MipBackend.Scip, BackendParameters = "separating/maxrounds = 0\n" }).Solve(model, Options);
        Assert.Equal(SolveStatus.Optimal, scip.Status);
        Assert.Equal(1.5, scip.Objective!.Value, 9);

        var e = Assert.Throws<ArgumentException>(() => new MipEngine(new MipOptions { Backend = MipBackend.Scip, BackendParameters = "no/such/parameter = 3\n" }).Solve(model, Options));
        Assert.Contains("no/such/parameter", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new MipEngine(new MipOptions { Backend = MipBackend.Highs, BackendParameters = "mip_rel_gap = 0.5\n" }).Solve(model, Options));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_cancelled_token_returns_unknown_or_the_warm_start_without_solving(MipBackend backend)
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var model = PackagingModel.Build(TwoPairs());
        var result = new MipEngine(backend).Solve(model, Options, cts.Token);

        Assert.Equal(SolveStatus.Unknown, result.Status);
        Assert.False(result.HasPlan);
        Assert.Equal(MipEngine.NameOf(backend), result.Engine);

        // With a valid warm start, that is the best plan so far.
        var withStart = new MipEngine(backend).Solve(model, Options, Poor(), cts.Token);
        Assert.Equal(SolveStatus.Feasible, withStart.Status);
        Assert.Equal(16, withStart.Objective!.Value, 9);
        Assert.Equal(["wash", "adapt"], withStart.Plan.Packages[0].Activities);
    }

    [Fact]
    public void Cancelling_a_running_scip_solve_interrupts_it()
    {
        // Planted 80 (12 packages) takes SCIP far longer than a second to prove; the token must stop it well before its limit.
        var scenario = PlantedScenarios.Build(activities: 80, packages: 12);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var result = new MipEngine(MipBackend.Scip).Solve(PackagingModel.Build(scenario), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(120) }, PlantedScenarios.PlantedPlan(scenario), cts.Token);

        Assert.True(result.Elapsed < TimeSpan.FromSeconds(20), $"took {result.Elapsed}");

        // Optimal only if SCIP proved it before the token fired; otherwise the interrupted solve keeps its best plan.
        Assert.True(result.Status == SolveStatus.Feasible || (result.Status == SolveStatus.Optimal && result.Elapsed < TimeSpan.FromSeconds(1)), $"{result.Status} after {result.Elapsed}");
        ResultCheck.AssertSound(scenario, result);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Same_seed_gives_the_same_plan_and_threads_give_the_same_optimum(MipBackend backend)
    {
        var scenario = PlantedScenarios.Build(activities: 9, packages: 3);
        var model = PackagingModel.Build(scenario);
        var engine = new MipEngine(backend);
        var first = engine.Solve(model, new SolverOptions { Seed = 7, TimeLimit = Options.TimeLimit });
        var second = engine.Solve(model, new SolverOptions { Seed = 7, TimeLimit = Options.TimeLimit });
        var threaded = engine.Solve(model, new SolverOptions { Seed = 7, Threads = 2, TimeLimit = Options.TimeLimit });

        Assert.Equal(SolveStatus.Optimal, first.Status);
        Assert.Equal(first.Plan, second.Plan);
        Assert.Equal(2, first.Objective!.Value, 9);
        Assert.Equal(SolveStatus.Optimal, threaded.Status);
        Assert.Equal(first.Objective.Value, threaded.Objective!.Value, 9);
        ResultCheck.AssertSound(scenario, first);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void The_time_limit_bounds_a_hard_solve_and_any_plan_is_sound(MipBackend backend)
    {
        var scenario = PlantedScenarios.Build(activities: 30, packages: 5);
        var result = new MipEngine(backend).Solve(PackagingModel.Build(scenario), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(1) });

        Assert.NotEqual(SolveStatus.Infeasible, result.Status);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(20), $"took {result.Elapsed}");
        ResultCheck.AssertSound(scenario, result);
        Assert.InRange(result.Bound, 0, result.Objective ?? double.MaxValue);
    }

    [Fact]
    public void Max_packages_limits_the_plan()
    {
        var model = PackagingModel.Build(TwoPairs());

        // One team of two has 8 hours for 10 hours of work.
        Assert.Equal(SolveStatus.Infeasible, new MipEngine(new MipOptions { MaxPackages = 1 }).Solve(model, Options).Status);
        var two = new MipEngine(new MipOptions { MaxPackages = 2 }).Solve(model, Options);
        Assert.Equal(SolveStatus.Optimal, two.Status);
        Assert.Equal(1.5, two.Objective!.Value, 9);
    }

    [Fact]
    public void Progress_is_reported_per_phase()
    {
        var reports = new List<SolveProgress>();
        var progress = new SynchronousProgress(reports.Add);
        new MipEngine().Solve(PackagingModel.Build(TwoPairs()), new SolverOptions { Progress = progress });

        Assert.Equal(["formulate", "solve", "done"], reports.Select(r => r.Phase));
        Assert.Equal(1.5, reports[^1].BestObjective!.Value, 9);
        Assert.Equal(1.5, reports[^1].Bound, 9);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Parallel_solves_are_safe(MipBackend backend)
    {
        var model = PackagingModel.Build(PlantedScenarios.Build(activities: 9, packages: 3));
        var engine = new MipEngine(backend);
        var results = new SolveResult[6];
        Parallel.For(0, results.Length, i => results[i] = engine.Solve(model, Options));

        Assert.All(results, r => Assert.Equal(SolveStatus.Optimal, r.Status));
        Assert.All(results, r => Assert.Equal(2, r.Objective!.Value, 9));
    }

    [Theory]
    [InlineData("cbc", MipBackend.Cbc)]
    [InlineData("SCIP", MipBackend.Scip)]
    [InlineData("highs", MipBackend.Highs)]
    public void Engine_names_round_trip(string name, MipBackend backend)
    {
        Assert.True(MipEngine.TryParse(name, out var parsed));
        Assert.Equal(backend, parsed);
        Assert.Equal(name.ToLowerInvariant(), MipEngine.NameOf(backend));
        Assert.Equal(name.ToLowerInvariant(), new MipEngine(backend).Name);
        Assert.False(MipEngine.TryParse("gurobi", out _));
        Assert.False(MipEngine.TryParse(null, out _));
    }

    [Theory]
    [InlineData("maria.json", 11)]
    [InlineData("jonas.json", 5)]
    [InlineData("eenzaamheid.json", 5)]
    public void Agrees_with_the_cp_sat_engine_on_the_samples(string file, double cut)
    {
        var scenario = ScenarioJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", file));
        var model = PackagingModel.Build(scenario);
        var cpSat = new CpSatEngine().Solve(model, Options);
        Assert.Equal(SolveStatus.Optimal, cpSat.Status);
        Assert.Equal(cut, cpSat.Objective!.Value, 9);
        foreach (var backend in new[] { MipBackend.Cbc, MipBackend.Scip, MipBackend.Highs })
        {
            var mip = new MipEngine(backend).Solve(model, Options);
            ResultCheck.AssertSound(scenario, mip);
            Assert.Equal(SolveStatus.Optimal, mip.Status);
            Assert.Equal(cpSat.Objective.Value, mip.Objective!.Value, 6);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Agrees_with_the_cp_sat_engine_on_small_planted_scenarios(int seed)
    {
        var scenario = PlantedScenarios.Build(activities: 12, packages: 3, seed: seed);
        var model = PackagingModel.Build(scenario);
        var cpSat = new CpSatEngine().Solve(model, Options);
        var mip = new MipEngine(MipBackend.Scip).Solve(model, Options);

        ResultCheck.AssertSound(scenario, mip);
        Assert.Equal(SolveStatus.Optimal, cpSat.Status);
        Assert.Equal(SolveStatus.Optimal, mip.Status);
        Assert.Equal(cpSat.Objective!.Value, mip.Objective!.Value, 6);
    }

    private sealed class SynchronousProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => report(value);
    }
}
