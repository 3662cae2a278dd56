using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Generation;
using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Solving.Exact;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Solving.Support;
using Ontwar.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace Ontwar.Tests.Solving.Exact;

public class ExactEngineTests
{
    private static readonly SolverOptions Options = TestShapes.Generous(EngineKind.Exact);

    [Property(MaxTest = 1)]
    public Property Returns_the_oracle_optimum_and_infeasible_exactly_when_the_oracle_does()
    {
        return Prop.ForAll(Batch.Of(ScenarioGen.Arbitrary(TestShapes.Tiny), 250), batch =>
        {
            var (feasible, infeasible) = OracleAgreement.Count(new ExactEngine(), batch);

            // Both answers must be well represented, or the property proves little.
            Assert.True(feasible >= 100 && infeasible >= 50, $"feasible {feasible}, infeasible {infeasible}");
        });
    }

    [Property(MaxTest = 120)]
    public Property Without_a_warm_start_it_still_returns_the_oracle_optimum()
    {
        return Prop.ForAll(ScenarioGen.Arbitrary(TestShapes.Tiny), s => { OracleAgreement.Agrees(new ExactEngine(warmStart: false), s, ideal: false); });
    }

    [Property(MaxTest = 80)]
    public Property Returns_the_oracle_optimum_with_larger_teams()
    {
        var shape = new ScenarioGen.Shape(MaxActivities: 4, MaxMembers: 7, MaxTeamSize: 4);
        return Prop.ForAll(ScenarioGen.Arbitrary(shape), s => { OracleAgreement.Agrees(new ExactEngine(), s, ideal: false); });
    }

    [Property(MaxTest = 120)]
    public Property Relabelling_activities_and_members_leaves_the_optimum_unchanged()
    {
        var arbitrary = Arb.From(
            from s in ScenarioGen.Scenarios(TestShapes.Tiny)
            from seed in Gen.Choose(0, 1_000_000)
            select (Scenario: s, Seed: seed));
        return Prop.ForAll(arbitrary, x =>
        {
            var relabelled = Relabel.Apply(x.Scenario, x.Seed);
            var original = PackagingSolver.Solve(x.Scenario, Options);
            var renamed = PackagingSolver.Solve(relabelled, Options);
            ResultCheck.AssertSound(relabelled, renamed);
            string context = $"original {original.Status} {original.Objective}, relabelled {renamed.Status} {renamed.Objective}\n"
                             + IndependentPlanCheck.Describe(x.Scenario) + "\nrelabelled:\n" + IndependentPlanCheck.Describe(relabelled);
            if (original.Status != renamed.Status
                || (original.HasPlan && Math.Abs(original.Objective!.Value - renamed.Objective!.Value) > 1e-9))
            {
                throw new XunitException("Relabelling changed the answer: " + context);
            }
        });
    }

    [Property(MaxTest = 60)]
    public Property Same_seed_gives_the_same_plan_on_generated_scenarios()
    {
        return Prop.ForAll(ScenarioGen.Arbitrary(TestShapes.Tiny), s =>
        {
            var first = new ExactEngine().Solve(PackagingModel.Build(s), TestShapes.Generous(EngineKind.Exact, seed: 3));
            var second = new ExactEngine().Solve(PackagingModel.Build(s), TestShapes.Generous(EngineKind.Exact, seed: 3));
            Assert.Equal(first.Status, second.Status);
            if (first.HasPlan)
            {
                Assert.Equal(first.Plan, second.Plan);
            }

            // Another seed may find another plan, but not another optimum.
            var other = new ExactEngine().Solve(PackagingModel.Build(s), TestShapes.Generous(EngineKind.Exact, seed: 4));
            ResultCheck.AssertSound(s, other);
            Assert.Equal(first.Status, other.Status);
            Assert.Equal(first.Objective ?? -1, other.Objective ?? -1, 9);
        });
    }

    [Fact]
    public void Proves_a_planted_scenario_optimal_and_deterministically()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 30, Seed = 4 });
        var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60), Engine = EngineKind.Exact, Seed = 9 };
        var first = PackagingSolver.Solve(planted.Scenario, options);
        var second = PackagingSolver.Solve(planted.Scenario, options);
        ResultCheck.AssertSound(planted.Scenario, first);
        Assert.Equal(SolveStatus.Optimal, first.Status);
        Assert.True(first.Objective <= planted.PlantedCut + 1e-9, $"optimum {first.Objective} above the planted plan's cut {planted.PlantedCut}");
        Assert.Equal(first.Plan, second.Plan);
    }

    [Property(MaxTest = 100)]
    public Property A_relative_gap_keeps_the_bound_below_the_optimum_and_the_plan_within_the_gap()
    {
        const double gap = 0.25;
        return Prop.ForAll(ScenarioGen.Arbitrary(TestShapes.Tiny), s =>
        {
            var oracle = TinyOracle.Solve(s);
            var result = new ExactEngine().Solve(PackagingModel.Build(s), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(10), RelativeGap = gap });
            ResultCheck.AssertSound(s, result);
            Assert.Equal(oracle.Feasible, result.HasPlan);
            if (oracle.Feasible)
            {
                string context = $"optimum {oracle.Optimum}, objective {result.Objective}, bound {result.Bound}\n" + IndependentPlanCheck.Describe(s);
                Assert.True(result.Bound <= oracle.Optimum + 1e-9, "bound above the optimum: " + context);
                Assert.True(result.Objective * (1 - gap) <= oracle.Optimum + 1e-9, "plan outside the gap: " + context);
            }
        });
    }

    [Fact]
    public void Stops_at_the_time_limit_with_a_sound_result_and_a_valid_bound()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 200, Seed = 2 });
        var limit = TimeSpan.FromMilliseconds(100);
        var clock = Stopwatch.StartNew();
        var result = PackagingSolver.Solve(planted.Scenario, new SolverOptions { TimeLimit = limit, Engine = EngineKind.Exact });
        clock.Stop();

        Assert.True(clock.Elapsed < (10 * limit) + TimeSpan.FromSeconds(10), $"returned after {clock.Elapsed}");
        Assert.Contains(result.Status, new[] { SolveStatus.Feasible, SolveStatus.Unknown, SolveStatus.Optimal });
        ResultCheck.AssertSound(planted.Scenario, result);
        Assert.True(result.Bound <= planted.PlantedCut + 1e-9, $"bound {result.Bound} above the planted plan's cut {planted.PlantedCut}");
    }
}
