using Ontwar.Cbc.Native;
using Ontwar.Modeling;
using Ontwar.Plans;
using Ontwar.Solving;
using Ontwar.Tests.Shared;
using Xunit;

namespace Ontwar.Cbc.Tests;

public class CbcEngineTests
{
    private static readonly SolverOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(60) };

    private static Scenario TwoPairs(IEnumerable<Rule>? rules = null) => SampleScenarios.TwoPairs(rules);

    [Fact]
    public void The_native_library_is_installed_here_and_on_CI()
    {
        Assert.True(CbcEngine.IsAvailable);
        Assert.StartsWith("2.10", CbcEngine.NativeVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Solves_a_small_scenario_to_the_known_optimum()
    {
        var scenario = TwoPairs();
        var result = new CbcEngine().Solve(PackagingModel.Build(scenario), Options);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(1.5, result.Objective!.Value, 9);
        Assert.Equal(1.5, result.Bound, 9);
        Assert.Empty(PlanChecker.Violations(scenario, result.Plan));
        Assert.Equal(2, result.Plan.Packages.Count);
        Assert.Equal(["wash", "dress"], result.Plan.Packages[0].Activities);
        Assert.All(result.Plan.Packages, p => Assert.Equal(2, p.Members.Count));
        Assert.Equal(Scale.Municipality, result.Plan.Packages[1].Scale);
    }

    [Fact]
    public void Rules_change_the_optimum()
    {
        // p1 must join the packages of wash and of physio, and may join one team: wash and physio share a package.
        var scenario = TwoPairs([new MemberRequiredRule("p1", "wash"), new MemberRequiredRule("p1", "physio"), new MemberExcludedRule("n2", "adapt")]);
        var result = new CbcEngine().Solve(PackagingModel.Build(scenario), Options);
        var oracle = BruteForceOracle.Solve(scenario);

        Assert.True(oracle.Feasible);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(oracle.Optimum, result.Objective!.Value, 9);
        Assert.Empty(PlanChecker.Violations(scenario, result.Plan));
        Assert.Equal(8.5, result.Objective.Value, 9);
    }

    [Fact]
    public void Proves_infeasibility()
    {
        // n1 may join one team, must join wash's and dress's, and those must be apart.
        var scenario = TwoPairs([new ApartRule(["wash", "dress"]), new MemberRequiredRule("n1", "wash"), new MemberRequiredRule("n1", "dress")]);
        var result = new CbcEngine().Solve(PackagingModel.Build(scenario), Options);

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.False(result.HasPlan);
        Assert.Throws<InvalidOperationException>(() => result.Plan);
        Assert.False(BruteForceOracle.Solve(scenario).Feasible);
    }

    [Fact]
    public void Members_in_two_teams_split_their_hours()
    {
        var enough = new CbcEngine().Solve(PackagingModel.Build(SampleScenarios.SharedNurse(1)), Options);
        var tooFew = new CbcEngine().Solve(PackagingModel.Build(SampleScenarios.SharedNurse(0.5)), Options);

        Assert.Equal(SolveStatus.Optimal, enough.Status);
        Assert.Equal(4, enough.Objective!.Value, 9);
        Assert.Equal(SolveStatus.Infeasible, tooFew.Status);
    }

    [Fact]
    public void Contradictory_fixed_scales_are_infeasible_and_reported()
    {
        var scenario = TwoPairs([new FixedScaleRule("wash", Scale.Municipality), new FixedScaleRule("wash", Scale.LocalRegion)]);
        var model = PackagingModel.Build(scenario);
        var result = new CbcEngine().Solve(model, Options);

        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Code == "contradictory-rules");
        Assert.Equal(SolveStatus.Optimal, new CbcEngine().Solve(PackagingModel.Build(scenario, ignoreRules: true), Options).Status);
    }

    [Fact]
    public void Warm_starts_from_a_feasible_plan_keep_the_optimum()
    {
        var scenario = TwoPairs();
        var model = PackagingModel.Build(scenario);

        // A valid but poor plan (cut 16): the strong pairs split, with mixed teams.
        var poor = new Plan(
        [
            new ActivityPackage("A", ["wash", "adapt"], ["n1", "p1"]),
            new ActivityPackage("B", ["dress", "physio"], ["n2", "p2"]),
        ]);
        Assert.Empty(PlanChecker.Violations(scenario, poor));

        var fromOptions = new CbcEngine(new CbcOptions { WarmStart = poor }).Solve(model, Options);
        var fromArgument = new CbcEngine().Solve(model, Options, poor);
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
        var result = new CbcEngine().Solve(model, Options, tooSmall);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(1.5, result.Objective!.Value, 9);
        Assert.Contains(result.Diagnostics, d => d.Code == "warm-start-ignored");
    }

    [Fact]
    public void A_warm_start_gives_a_plan_at_least_as_good_within_a_short_limit()
    {
        var scenario = PlantedScenarios.Build(activities: 30, packages: 5);
        var planted = PlantedScenarios.PlantedPlan(scenario);
        Assert.Empty(PlanChecker.Violations(scenario, planted));
        var result = new CbcEngine().Solve(PackagingModel.Build(scenario), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(1) }, planted);

        Assert.True(result.HasPlan, result.Status.ToString());
        Assert.True(result.Objective <= PlanChecker.CutWeight(scenario, planted) + 1e-9);
        Assert.Empty(PlanChecker.Violations(scenario, result.Plan));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "warm-start-ignored");
    }

    [Fact]
    public void Warm_starts_that_do_not_fit_the_scenario_are_rejected()
    {
        var model = PackagingModel.Build(TwoPairs());
        var unknown = new Plan([new ActivityPackage("A", ["wash", "dress", "physio", "nope"], ["n1", "p1"])]);
        var missing = new Plan([new ActivityPackage("A", ["wash", "dress", "physio"], ["n1", "p1"])]);

        Assert.Throws<ArgumentException>(() => new CbcEngine().Solve(model, Options, unknown));
        Assert.Throws<ArgumentException>(() => new CbcEngine().Solve(model, Options, missing));
    }

    [Fact]
    public void Invalid_options_are_rejected_before_solving()
    {
        var model = PackagingModel.Build(TwoPairs());
        var engine = new CbcEngine();

        var e = Assert.Throws<ArgumentException>(() => engine.Solve(model, new SolverOptions { Threads = 0, RelativeGap = 2 }));
        Assert.Contains("Threads", e.Message, StringComparison.Ordinal);
        Assert.Contains("RelativeGap", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => engine.Solve(null!, Options));
        Assert.Throws<ArgumentNullException>(() => engine.Solve(model, null!));
        Assert.Throws<ArgumentNullException>(() => new CbcEngine(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CbcOptions { MaxPackages = 0 });
        Assert.Throws<ArgumentException>(() => new CbcOptions { Parameters = new Dictionary<string, string> { ["-cuts"] = "off" } });
        Assert.Throws<ArgumentException>(() => new CbcOptions { Parameters = new Dictionary<string, string> { ["cuts"] = "o ff" } });
    }

    [Fact]
    public void A_cancelled_token_returns_unknown_without_solving()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var result = new CbcEngine().Solve(PackagingModel.Build(TwoPairs()), Options, cts.Token);

        Assert.Equal(SolveStatus.Unknown, result.Status);
        Assert.False(result.HasPlan);
        Assert.Equal(CbcEngine.EngineName, result.Engine);

        // With a valid warm start, that is the best plan so far.
        var poor = new Plan([new ActivityPackage("A", ["wash", "adapt"], ["n1", "p1"]), new ActivityPackage("B", ["dress", "physio"], ["n2", "p2"])]);
        var withStart = new CbcEngine().Solve(PackagingModel.Build(TwoPairs()), Options, poor, cts.Token);
        Assert.Equal(SolveStatus.Feasible, withStart.Status);
        Assert.Equal(16, withStart.Objective!.Value, 9);
        Assert.Equal(["wash", "adapt"], withStart.Plan.Packages[0].Activities);
    }

    [Fact]
    public void Same_seed_gives_the_same_plan_and_threads_give_the_same_optimum()
    {
        var scenario = PlantedScenarios.Build(activities: 9, packages: 3);
        var model = PackagingModel.Build(scenario);
        var first = new CbcEngine().Solve(model, new SolverOptions { Seed = 7, TimeLimit = Options.TimeLimit });
        var second = new CbcEngine().Solve(model, new SolverOptions { Seed = 7, TimeLimit = Options.TimeLimit });
        var threaded = new CbcEngine().Solve(model, new SolverOptions { Seed = 7, Threads = 2, TimeLimit = Options.TimeLimit });

        Assert.Equal(SolveStatus.Optimal, first.Status);
        Assert.Equal(first.Plan, second.Plan);
        Assert.Equal(2, first.Objective!.Value, 9);
        Assert.Equal(SolveStatus.Optimal, threaded.Status);
        Assert.Equal(first.Objective.Value, threaded.Objective!.Value, 9);
        Assert.Empty(PlanChecker.Violations(scenario, first.Plan));
    }

    [Fact]
    public void The_time_limit_bounds_a_hard_solve_and_any_plan_is_valid()
    {
        var scenario = PlantedScenarios.Build(activities: 30, packages: 5);
        var result = new CbcEngine().Solve(PackagingModel.Build(scenario), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(1) });

        Assert.NotEqual(SolveStatus.Infeasible, result.Status);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(20), $"took {result.Elapsed}");
        if (result.TryGetPlan(out var plan))
        {
            Assert.Empty(PlanChecker.Violations(scenario, plan));
            Assert.Equal(PlanChecker.CutWeight(scenario, plan), result.Objective!.Value, 9);
            Assert.InRange(result.Bound, 0, result.Objective.Value + 1e-9);
        }
    }

    [Fact]
    public void Max_packages_limits_the_plan()
    {
        var model = PackagingModel.Build(TwoPairs());

        // One team of two has 8 hours for 10 hours of work.
        Assert.Equal(SolveStatus.Infeasible, new CbcEngine(new CbcOptions { MaxPackages = 1 }).Solve(model, Options).Status);
        var two = new CbcEngine(new CbcOptions { MaxPackages = 2 }).Solve(model, Options);
        Assert.Equal(SolveStatus.Optimal, two.Status);
        Assert.Equal(1.5, two.Objective!.Value, 9);
    }

    [Fact]
    public void Progress_is_reported_per_phase()
    {
        var phases = new List<string>();
        var progress = new SynchronousProgress(p => phases.Add(p.Phase));
        new CbcEngine().Solve(PackagingModel.Build(TwoPairs()), new SolverOptions { Progress = progress });

        Assert.Equal(["formulate", "solve", "done"], phases);
    }

    [Fact]
    public void Extra_parameters_reach_cbc()
    {
        var options = new CbcOptions { Parameters = new Dictionary<string, string> { ["cuts"] = "off", ["heuristicsOnOff"] = "off" } };
        var result = new CbcEngine(options).Solve(PackagingModel.Build(TwoPairs()), Options);

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(1.5, result.Objective!.Value, 9);
    }

    [Fact]
    public void A_missing_library_names_the_debian_package()
    {
        var e = Assert.Throws<CbcNotAvailableException>(() => CbcLibrary.Load(["libOntwarNoSuchSolver.so.42", "OntwarNoSuchSolver"]));

        Assert.Contains("coinor-libcbc3", e.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install coinor-libcbc3", e.Message, StringComparison.Ordinal);
        Assert.Contains("libOntwarNoSuchSolver.so.42", e.Message, StringComparison.Ordinal);
        Assert.IsType<DllNotFoundException>(e.InnerException);
        Assert.Contains("coinor-libcbc3", new CbcNotAvailableException().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_without_its_library_throws_the_clear_error_and_probing_says_no()
    {
        static void Missing() => CbcLibrary.Load(["libOntwarNoSuchSolver.so.42"]);
        var engine = new CbcEngine(CbcOptions.Default, Missing);

        var e = Assert.Throws<CbcNotAvailableException>(() => engine.Solve(PackagingModel.Build(TwoPairs()), Options));
        Assert.Contains("coinor-libcbc3", e.Message, StringComparison.Ordinal);
        Assert.False(CbcEngine.Probe(Missing));
        Assert.True(CbcEngine.Probe(CbcLibrary.EnsureLoaded));
    }

    [Fact]
    public void Parallel_solves_are_safe()
    {
        var scenario = TwoPairs();
        var model = PackagingModel.Build(scenario);
        var engine = new CbcEngine();
        var results = new SolveResult[6];
        Parallel.For(0, results.Length, i => results[i] = engine.Solve(model, Options));

        Assert.All(results, r => Assert.Equal(1.5, r.Objective!.Value, 9));
    }

    private sealed class SynchronousProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => report(value);
    }
}
