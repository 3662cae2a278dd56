using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Generation;
using Ontwar.Modeling;
using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Solving.CpSat;
using Ontwar.Solving.Exact;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Solving.Support;
using Ontwar.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace Ontwar.Tests.Solving.CpSat;

public class CpSatEngineTests
{
    private static readonly SolverOptions Options = TestShapes.Generous(EngineKind.CpSat);

    [Property(MaxTest = 1)]
    public Property Returns_the_oracle_optimum_and_infeasible_exactly_when_the_oracle_does()
        => Prop.ForAll(Batch.Of(ScenarioGen.Arbitrary(TestShapes.Tiny), 200), batch =>
        {
            var (feasible, infeasible) = OracleAgreement.Count(new CpSatEngine(), batch);

            // Both answers must be well represented, or the property proves little.
            Assert.True(feasible >= 80 && infeasible >= 40, $"feasible {feasible}, infeasible {infeasible}");
        });

    [Property(MaxTest = 80)]
    public Property Without_a_warm_start_it_returns_the_oracle_optimum_with_larger_teams()
        => Prop.ForAll(
            ScenarioGen.Arbitrary(new ScenarioGen.Shape(MaxActivities: 4, MaxMembers: 7, MaxTeamSize: 4)),
            s => { OracleAgreement.Agrees(new CpSatEngine(warmStart: false), s, ideal: false); });

    [Property(MaxTest = 80)]
    public Property Without_a_warm_start_it_returns_the_oracle_optimum_with_hours_and_rules()
        => Prop.ForAll(TinyScenarios.Arbitrary(), s => { OracleAgreement.Agrees(new CpSatEngine(warmStart: false), s, ideal: false); });

    [Fact]
    public void Agrees_with_the_branch_and_bound_engine_on_planted_scenarios()
    {
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var scenario = PlantedScenarios.Build(activities: 14, packages: 3, seed: seed);
            var cpSat = new CpSatEngine().Solve(PackagingModel.Build(scenario), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60) });
            var branchAndBound = new ExactEngine().Solve(PackagingModel.Build(scenario), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60) });
            ResultCheck.AssertSound(scenario, cpSat);
            ResultCheck.AssertSound(scenario, branchAndBound);
            Assert.Equal(SolveStatus.Optimal, cpSat.Status);

            // Branch and bound may leave a staffing question open (feasible); its plan and bound must still agree.
            Assert.True(branchAndBound.Objective >= cpSat.Objective - 1e-9 && branchAndBound.Bound <= cpSat.Objective + 1e-9);
            if (branchAndBound.Status == SolveStatus.Optimal)
            {
                Assert.Equal(branchAndBound.Objective!.Value, cpSat.Objective!.Value, 9);
            }
        }
    }

    [Theory]
    [InlineData("maria.json", 11)]
    [InlineData("jonas.json", 5)]
    [InlineData("eenzaamheid.json", 5)]
    [InlineData("stederen.json", 19)]
    [InlineData("tienen.json", 16)]
    public void Proves_the_samples_optimal_with_the_branch_and_bound_engines_cut(string file, double cut)
    {
        var scenario = ScenarioJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", file));
        var result = new CpSatEngine().Solve(PackagingModel.Build(scenario), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60) });
        ResultCheck.AssertSound(scenario, result);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(cut, result.Objective!.Value, 9);
        var branchAndBound = new ExactEngine().Solve(PackagingModel.Build(scenario), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60) });
        Assert.Equal(branchAndBound.Objective!.Value, result.Objective!.Value, 9);
    }

    [Fact]
    public void Prefers_needed_members_to_filling_ones_at_the_same_cut()
    {
        // Teams of exactly two for one activity needing 'a': the holder of 'a' is needed, one filler is unavoidable;
        // with a second holder of 'a' available, the team takes both holders and no filler.
        var scenario = new ScenarioBuilder("fillers")
            .WithTeamSize(2, 2)
            .AddActivity("x", "X", Scale.Municipality, a => a.Requires("a"))
            .AddMember("f1", Scale.Municipality)
            .AddMember("h1", Scale.Municipality, m => m.WithCapabilities("a"))
            .AddMember("f2", Scale.Municipality)
            .AddMember("h2", Scale.Municipality, m => m.WithCapabilities("a"))
            .Build();
        var result = new CpSatEngine().Solve(PackagingModel.Build(scenario), Options);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(new[] { "h1", "h2" }, result.Plan.Packages.Single().Members.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Proves_infeasibility_that_only_the_search_finds_and_says_why_in_domain_words()
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

        var result = new CpSatEngine().Solve(PackagingModel.Build(builder.Build()), Options);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        var reason = Assert.Single(result.Diagnostics);
        Assert.Equal("no-staffable-plan", reason.Code);
        Assert.Contains("team of 2 to 2 members", reason.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public Property Relabelling_activities_and_members_leaves_the_optimum_unchanged()
    {
        var arbitrary = Arb.From(
            from s in ScenarioGen.Scenarios(TestShapes.Tiny)
            from seed in Gen.Choose(0, 1_000_000)
            select (Scenario: s, Seed: seed));
        return Prop.ForAll(arbitrary, x =>
        {
            var relabelled = Relabel.Apply(x.Scenario, x.Seed);
            var original = new CpSatEngine().Solve(PackagingModel.Build(x.Scenario), Options);
            var renamed = new CpSatEngine().Solve(PackagingModel.Build(relabelled), Options);
            ResultCheck.AssertSound(relabelled, renamed);
            if (original.Status != renamed.Status
                || (original.HasPlan && Math.Abs(original.Objective!.Value - renamed.Objective!.Value) > 1e-9))
            {
                throw new XunitException($"Relabelling changed the answer: {original.Status} {original.Objective} vs {renamed.Status} {renamed.Objective}\n"
                                         + IndependentPlanCheck.Describe(x.Scenario));
            }
        });
    }

    [Fact]
    public void Same_seed_gives_the_same_plan_with_one_and_with_two_threads()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 24, Seed = 5 });
        foreach (int threads in new[] { 1, 2 })
        {
            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60), Seed = 7, Threads = threads };
            var first = new CpSatEngine().Solve(PackagingModel.Build(planted.Scenario), options);
            var second = new CpSatEngine().Solve(PackagingModel.Build(planted.Scenario), options);
            ResultCheck.AssertSound(planted.Scenario, first);
            Assert.Equal(SolveStatus.Optimal, first.Status);
            Assert.True(first.Objective <= planted.PlantedCut + 1e-9);
            Assert.Equal(first.Plan, second.Plan);
        }
    }

    [Fact]
    public void Reports_progress_and_rethrows_a_failing_progress_handler()
    {
        var scenario = PlantedScenarios.Build(activities: 12, packages: 3, seed: 4);
        var reports = new List<SolveProgress>();
        var result = new CpSatEngine(warmStart: false).Solve(
            PackagingModel.Build(scenario),
            new SolverOptions { TimeLimit = TimeSpan.FromSeconds(30), Progress = new SynchronousProgress(reports.Add) });
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.True(r.BestObjective >= result.Objective - 1e-9 && r.Bound <= result.Objective + 1e-9));

        var failing = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(30), Progress = new SynchronousProgress(_ => throw new InvalidOperationException("handler")) };
        var e = Assert.Throws<InvalidOperationException>(() => new CpSatEngine(warmStart: false).Solve(PackagingModel.Build(scenario), failing));
        Assert.Equal("handler", e.Message);
    }

    [Fact]
    public void A_cancelled_token_returns_a_sound_result_without_solving()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 60, Seed = 1 });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var result = new CpSatEngine().Solve(PackagingModel.Build(planted.Scenario), Options, cancelled.Token);
        Assert.Equal(SolveStatus.Unknown, result.Status);
        ResultCheck.AssertSound(planted.Scenario, result);
    }

    [Fact]
    public void Starts_from_a_hint_and_rejects_one_that_names_unknown_activities()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 20, Seed = 3 });
        var model = PackagingModel.Build(planted.Scenario);
        var result = new CpSatEngine().Solve(model, Options, planted.PlantedPlan);
        ResultCheck.AssertSound(planted.Scenario, result);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.True(result.Objective <= planted.PlantedCut + 1e-9);

        var foreign = new Plans.Plan([new Plans.ActivityPackage("P1", ["nowhere"], [], Scale.Municipality)]);
        Assert.Throws<ArgumentException>(() => new CpSatEngine().Solve(model, Options, foreign));
    }

    [Fact]
    public void Weights_without_a_short_decimal_form_give_a_sound_plan_and_bound()
    {
        // 1/3 has no exact decimal scaling, and the large weight limits the factor: the weights are rounded.
        var scenario = new ScenarioBuilder("rounded weights").WithTeamSize(1, 2)
            .AddActivity("a", "A", Scale.Municipality)
            .AddActivity("b", "B", Scale.Municipality)
            .AddActivity("c", "C", Scale.Municipality)
            .AddDependency("a", "b", 1e9)
            .AddDependency("b", "c", 1.0 / 3)
            .Apart("a", "c")
            .AddMember("m1", Scale.Municipality)
            .AddMember("m2", Scale.Municipality)
            .Build();
        var result = new CpSatEngine().Solve(PackagingModel.Build(scenario), Options);
        ResultCheck.AssertSound(scenario, result);
        Assert.True(result.HasPlan);
        Assert.Equal(1.0 / 3, result.Objective!.Value, 9);
        Assert.InRange(result.Bound, 1.0 / 3 - 1e-5, 1.0 / 3);
    }

    private sealed class SynchronousProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => report(value);
    }
}
