using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Evaluation;
using Ontwar.Interpretation;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Tests.Serialization;
using Ontwar.Tests.Solving.Support;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Interpretation;

/// <summary>Explanations of activities and packages: ties, move costs without re-solving, and what stops a move.</summary>
public sealed class PlanExplainerTests
{
    private static readonly Scenario Maria = ScenarioJson.ReadFile(Json.SamplePath("maria.json"));

    private static readonly Scenario Stederen = ScenarioJson.ReadFile(Json.SamplePath("stederen.json"));

    /// <summary>Maria's realistic plan: home adaptations alone at the regional scale (000:877), the rest together.</summary>
    private static Plan MariaRealistic => new(
    [
        new ActivityPackage("home", ["household", "hygiene", "physio", "company"], ["kine", "nurse", "daughter"], Scale.LivedNeighbourhood),
        new ActivityPackage("adaptations", ["adapt"], ["socialworker", "handyman"], Scale.LocalRegion),
    ]);

    [Fact]
    public void Home_adaptations_are_tied_most_to_physiotherapy_and_cannot_join_it_at_the_regional_scale()
    {
        var e = PlanExplainer.ExplainActivity(Maria, MariaRealistic, "adapt");
        Assert.Equal("adaptations", e.Package);
        Assert.Empty(e.Inside);
        Assert.Equal(["physio", "hygiene", "household"], e.Outside.Select(t => t.Activity));
        Assert.Equal(8, e.Outside[0].Cohesion);

        // It is alone already, so the only move is into the other package: 11 less cut, but the fixed-scale rule puts
        // that package at the regional scale, where the nurse, physiotherapist and family do not work.
        var move = Assert.Single(e.Moves);
        Assert.Equal("home", move.Target);
        Assert.Equal(-11, move.CutChange);
        Assert.False(move.Feasible);
        Assert.Contains(move.Obstacles, o => o.Code == ObstacleCodes.Scale && o.Message.Contains("fixed-scale rule on 'adapt'", StringComparison.Ordinal));
        Assert.Contains(move.Obstacles, o => o.Code == ObstacleCodes.Rule && o.Message.Contains("daughter", StringComparison.Ordinal));
    }

    [Fact]
    public void In_the_ideal_plan_nothing_but_the_team_stops_home_adaptations_from_joining_physiotherapy()
    {
        // Without rules the merged package works at the lived neighbourhood, where the regional members also may work;
        // but no team of at most four covers all six capabilities.
        var e = PlanExplainer.ExplainActivity(Maria, MariaRealistic, "adapt", ignoreRules: true);
        var move = Assert.Single(e.Moves);
        Assert.DoesNotContain(move.Obstacles, o => o.Code is ObstacleCodes.Rule or ObstacleCodes.Scale);
        Assert.Contains(move.Obstacles, o => o.Code == ObstacleCodes.TeamSize);
    }

    [Fact]
    public void An_activity_in_a_larger_package_may_also_move_to_a_package_of_its_own()
    {
        var e = PlanExplainer.ExplainActivity(Maria, MariaRealistic, "company");
        Assert.Equal(["household", "physio"], e.Inside.Select(t => t.Activity));
        Assert.Equal(new string?[] { "adaptations", null }, e.Moves.Select(m => m.Target));
        var alone = e.Moves[1];
        Assert.Equal(6, alone.CutChange);
    }

    [Fact]
    public void In_Stederen_the_apart_rule_keeps_family_support_away_from_the_regional_platform()
    {
        var plan = new Plan(
        [
            new ActivityPackage("exchange", ["platform", "monitor", "housingpolicy"]),
            new ActivityPackage("efforts", ["outreach", "family", "budget", "rights", "intake", "health", "work", "school", "housing", "meeting"]),
        ]);
        var e = PlanExplainer.ExplainActivity(Stederen, plan, "family");
        var move = e.Moves.Single(m => m.Target == "exchange");
        Assert.Contains(move.Obstacles, o => o.Code == ObstacleCodes.Rule && o.Message.Contains("$.rules[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_package_is_not_merged_with_its_closest_neighbour_because_of_the_named_constraint()
    {
        var e = PlanExplainer.ExplainPackage(Maria, MariaRealistic, "adaptations");
        Assert.Equal("home", e.ClosestNeighbour);
        Assert.Equal(11, e.ClosestLink!.Weight);
        Assert.Equal(-11, e.Merge!.CutChange);
        Assert.False(e.Merge.Feasible);
        Assert.Contains(e.Merge.Obstacles, o => o.Code == ObstacleCodes.Scale);
    }

    [Fact]
    public void A_package_without_links_has_nothing_to_merge_with()
    {
        var plan = new Plan([new ActivityPackage("all", Maria.Activities.Select(a => a.Id))]);
        var e = PlanExplainer.ExplainPackage(Maria, plan, "all");
        Assert.Null(e.ClosestNeighbour);
        Assert.Null(e.Merge);
    }

    [Fact]
    public void A_capability_nobody_holds_stops_a_move()
    {
        var s = new Scenario(
            "rare",
            [new Activity("a", "A", Scale.Municipality, ["x"]), new Activity("b", "B", Scale.Municipality, ["y"])],
            [new Dependency("a", "b", Intensity.Referral)],
            [new Member("m", Scale.Municipality, ["x"])],
            teamSize: new TeamSizeLimits(1, 1));
        var plan = new Plan([new ActivityPackage("pa", ["a"], ["m"]), new ActivityPackage("pb", ["b"])]);
        var move = Assert.Single(PlanExplainer.ExplainActivity(s, plan, "b").Moves);
        Assert.Contains(move.Obstacles, o => o.Code == ObstacleCodes.CapabilityCover && o.Message.Contains("'y'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_activities_and_packages_and_foreign_plans_are_rejected()
    {
        Assert.Throws<KeyNotFoundException>(() => PlanExplainer.ExplainActivity(Maria, MariaRealistic, "nope"));
        Assert.Throws<KeyNotFoundException>(() => PlanExplainer.ExplainPackage(Maria, MariaRealistic, "nope"));
        Assert.Throws<ArgumentException>(() => PlanExplainer.ExplainActivity(Maria, new Plan([new ActivityPackage("p", ["x"])]), "adapt"));
        Assert.Throws<ArgumentNullException>(() => PlanExplainer.ExplainActivity(Maria, MariaRealistic, null!));
    }

    [Property(MaxTest = 60)]
    public Property The_cut_change_of_every_move_is_the_evaluated_cut_of_the_moved_plan_minus_that_of_the_plan()
    {
        return Prop.ForAll(PlanGen.Cases(TestShapes.Tiny), c =>
        {
            var (s, plan) = (c.Scenario, c.Plan);
            double before = PlanEvaluator.Evaluate(s, plan, ignoreRules: true).Metrics.CutWeight;
            foreach (var activity in s.Activities)
            {
                var e = PlanExplainer.ExplainActivity(s, plan, activity.Id, ignoreRules: true);
                Assert.Equal(
                    e.Inside.Sum(t => t.Cohesion) + e.Outside.Sum(t => t.Cohesion),
                    s.Dependencies.Where(d => d.From == activity.Id || d.To == activity.Id).Sum(d => d.CohesionUnder(s.IntensityWeights)),
                    9);
                foreach (var move in e.Moves)
                {
                    var moved = Move(plan, activity.Id, move.Target);
                    double after = PlanEvaluator.Evaluate(s, moved, ignoreRules: true).Metrics.CutWeight;
                    Assert.Equal(after - before, move.CutChange, 9);
                }
            }
        });
    }

    [Property(MaxTest = 1)]
    public Property In_a_proven_optimal_plan_no_feasible_move_or_merge_lowers_the_cut()
    {
        return Prop.ForAll(Batch.Of(ScenarioGen.Arbitrary(TestShapes.Tiny), 150), batch =>
        {
            // The explainer judges moves with the engines' own constraints, so a feasible move that cuts less would be a
            // better plan than the optimum: either the explainer or the engine would be wrong.
            int optimal = 0;
            Array.ForEach(batch, s =>
            {
                var result = Ontwar.Solving.PackagingSolver.Solve(s, TestShapes.Generous(Ontwar.Solving.EngineKind.Exact));
                if (result.Status != Ontwar.Solving.SolveStatus.Optimal)
                {
                    return;
                }

                optimal++;
                foreach (var activity in s.Activities)
                {
                    foreach (var move in PlanExplainer.ExplainActivity(s, result.Plan, activity.Id).Moves.Where(m => m.CutChange < -1e-9))
                    {
                        Assert.False(move.Feasible, $"moving {activity.Id} to {move.Target ?? "its own package"} cuts {move.CutChange} and is feasible: {s}");
                    }
                }

                foreach (var package in result.Plan.Packages)
                {
                    var merge = PlanExplainer.ExplainPackage(s, result.Plan, package.Id).Merge;
                    Assert.True(merge is null || !merge.Feasible, $"merging {package.Id} is feasible: {s}");
                }
            });
            Assert.True(optimal >= 10, $"only {optimal} optimal plans were explained");
        });
    }

    private static Plan Move(Plan plan, string activity, string? target)
    {
        var packages = plan.Packages
            .Select(p => new ActivityPackage(
                p.Id,
                p.Activities.Where(a => a != activity).Concat(p.Id == target ? [activity] : []),
                p.Members,
                p.Scale))
            .Where(p => p.Activities.Count > 0)
            .ToList();
        if (target is null)
        {
            packages.Add(new ActivityPackage("own", [activity]));
        }

        return new Plan(packages);
    }
}
