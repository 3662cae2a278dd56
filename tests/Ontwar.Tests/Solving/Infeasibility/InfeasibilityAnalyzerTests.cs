using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Diagnostics;
using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Solving.Infeasibility;
using Ontwar.Tests.Solving.Support;
using Ontwar.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace Ontwar.Tests.Solving.Infeasibility;

public class InfeasibilityAnalyzerTests
{
    public static TheoryData<EngineKind> Engines => new() { EngineKind.Auto, EngineKind.Exact, EngineKind.Heuristic };

    private static Activity A(string id, Scale scale, params string[] requires) => new(id, id.ToUpperInvariant(), scale, requires);

    private static Member M(string id, Scale scale, params string[] capabilities) => new(id, scale, capabilities);

    private static Diagnostic InfeasibleBecause(Scenario s, EngineKind engine, string code, string? path)
    {
        var result = PackagingSolver.Solve(s, TestShapes.Generous(engine));
        ResultCheck.AssertSound(s, result);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        var fact = Assert.Single(result.Diagnostics, d => d.Code == code && d.Path == path);
        Assert.False(string.IsNullOrWhiteSpace(fact.Message));
        Assert.False(TinyOracle.Solve(s).Feasible);
        return fact;
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_capability_nobody_has(EngineKind engine)
    {
        var s = new Scenario(
            "missing capability",
            [A("a", Scale.Municipality, "care"), A("b", Scale.Municipality, "nursing", "dialysis")],
            [new Dependency("a", "b", Intensity.Joint)],
            [M("m1", Scale.Municipality, "care", "nursing"), M("m2", Scale.Municipality, "care")],
            teamSize: new TeamSizeLimits(1, 2));
        var fact = InfeasibleBecause(s, engine, "capability-missing", "$.activities[1].requires[1]");
        Assert.Contains("dialysis", fact.Message, StringComparison.Ordinal);
        Assert.Single(PackagingSolver.Solve(s, TestShapes.Generous(engine)).Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void An_activity_whose_capabilities_need_more_members_than_the_largest_team(EngineKind engine)
    {
        var s = new Scenario(
            "unstaffable",
            [A("easy", Scale.Municipality, "x"), A("hard", Scale.Municipality, "x", "y", "z")],
            [],
            [M("mx", Scale.Municipality, "x"), M("my", Scale.Municipality, "y"), M("mz", Scale.Municipality, "z"), M("spare", Scale.Municipality)],
            teamSize: new TeamSizeLimits(1, 2));
        var fact = InfeasibleBecause(s, engine, "activity-unstaffable", "$.activities[1]");
        Assert.Contains("hard", fact.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Fewer_members_than_one_team_needs(EngineKind engine)
    {
        var s = new Scenario(
            "too few",
            [A("a", Scale.Municipality)],
            [],
            [M("m1", Scale.Municipality), M("m2", Scale.Municipality)],
            teamSize: new TeamSizeLimits(3, 4));
        InfeasibleBecause(s, engine, "too-few-members", "$.members");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void No_member_at_a_fixed_scale(EngineKind engine)
    {
        var s = new Scenario(
            "fixed scale too large",
            [A("a", Scale.LivedNeighbourhood, "care"), A("b", Scale.LivedNeighbourhood)],
            [],
            [M("m1", Scale.Municipality, "care"), M("m2", Scale.SupraLocalRegion)],
            [new FixedScaleRule("a", Scale.LocalRegion)],
            new TeamSizeLimits(1, 2));
        var fact = InfeasibleBecause(s, engine, "no-member-at-scale", "$.activities[0].requires[0]");
        Assert.Contains("care", fact.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void No_member_at_the_smallest_scale_any_package_can_have(EngineKind engine)
    {
        // Every activity is regional, so every package is; the only physiotherapist works in the municipality.
        var s = new Scenario(
            "ideal scale too large",
            [A("a", Scale.LocalRegion, "physio"), A("b", Scale.SupraLocalRegion)],
            [new Dependency("a", "b", 1.0)],
            [M("m1", Scale.Municipality, "physio"), M("m2", Scale.SupraLocalRegion)],
            teamSize: new TeamSizeLimits(1, 2));
        InfeasibleBecause(s, engine, "no-member-at-scale", "$.activities[0].requires[0]");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Together_and_apart_contradict(EngineKind engine)
    {
        var s = Simple([new TogetherRule(["a", "b"]), new ApartRule(["b", "a"])]);
        var fact = InfeasibleBecause(s, engine, "contradictory-rules", "$.rules[1]");
        Assert.Contains("'a'", fact.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Together_through_a_chain_and_apart_contradict(EngineKind engine)
    {
        var s = Simple([new TogetherRule(["a", "b"]), new TogetherRule(["b", "c"]), new ApartRule(["a", "c"])]);
        InfeasibleBecause(s, engine, "contradictory-rules", "$.rules[2]");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Two_fixed_scales_for_one_activity_contradict(EngineKind engine)
    {
        var s = Simple([new FixedScaleRule("a", Scale.Municipality), new FixedScaleRule("a", Scale.LocalRegion)]);
        InfeasibleBecause(s, engine, "contradictory-rules", "$.rules[1]");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Different_fixed_scales_inside_a_together_group_contradict(EngineKind engine)
    {
        var s = Simple([new FixedScaleRule("a", Scale.Municipality), new TogetherRule(["a", "b"]), new FixedScaleRule("b", Scale.LocalRegion)]);
        InfeasibleBecause(s, engine, "contradictory-rules", "$.rules[0]");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_member_required_and_excluded_for_one_activity_contradict(EngineKind engine)
    {
        var s = Simple([new MemberRequiredRule("m1", "a"), new MemberExcludedRule("m1", "a")]);
        var fact = InfeasibleBecause(s, engine, "contradictory-rules", "$.rules[1]");
        Assert.Contains("m1", fact.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Not_enough_hours_in_all(EngineKind engine)
    {
        // Each activity alone can be covered (5 hours from two members), both together cannot (10 hours, 9 in all).
        var s = new Scenario(
            "hours",
            [new Activity("a", "A", Scale.Municipality, workload: 5), new Activity("b", "B", Scale.Municipality, workload: 5)],
            [new Dependency("a", "b", Intensity.Referral)],
            [new Member("m1", Scale.Municipality, hours: 4, maxTeams: 2), new Member("m2", Scale.Municipality, hours: 4, maxTeams: 2),
             new Member("m3", Scale.Municipality, hours: 1, maxTeams: 2)],
            teamSize: new TeamSizeLimits(1, 3));
        var fact = InfeasibleBecause(s, engine, "not-enough-hours", "$.members");
        Assert.Contains("10", fact.Message, StringComparison.Ordinal);
        Assert.Contains("9", fact.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Apart_rules_that_need_more_team_seats_than_exist(EngineKind engine)
    {
        var s = new Scenario(
            "apart",
            [A("a", Scale.Municipality), A("b", Scale.Municipality)],
            [new Dependency("a", "b", Intensity.Joint)],
            [M("m1", Scale.Municipality), M("m2", Scale.Municipality), M("m3", Scale.Municipality)],
            [new ApartRule(["a", "b"])],
            new TeamSizeLimits(2, 3));
        InfeasibleBecause(s, engine, "too-few-members", "$.rules[0]");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void The_ideal_plan_ignores_the_rules_in_its_explanations(EngineKind engine)
    {
        // The apart rule alone makes the scenario infeasible; without rules one package of two activities is fine.
        var s = new Scenario(
            "apart, ideal",
            [A("a", Scale.Municipality), A("b", Scale.Municipality)],
            [new Dependency("a", "b", Intensity.Joint)],
            [M("m1", Scale.Municipality), M("m2", Scale.Municipality), M("m3", Scale.Municipality)],
            [new ApartRule(["a", "b"]), new MemberRequiredRule("m1", "a"), new MemberExcludedRule("m1", "a")],
            new TeamSizeLimits(2, 3));
        Assert.Empty(InfeasibilityAnalyzer.Explain(PackagingModel.Build(s, ignoreRules: true)));
        var ideal = PackagingSolver.Solve(s, TestShapes.Generous(engine), ignoreRules: true);
        ResultCheck.AssertSound(s, ideal, ignoreRules: true);
        Assert.Equal(SolveStatus.Optimal, ideal.Status);
        Assert.Equal(0, ideal.Objective);
    }

    [Fact]
    public void A_feasible_scenario_has_no_facts()
    {
        Assert.Empty(InfeasibilityAnalyzer.Explain(PackagingModel.Build(Simple([]))));
        Assert.Throws<ArgumentNullException>(() => InfeasibilityAnalyzer.Explain(null!));
    }

    [Property(MaxTest = 1)]
    public Property Facts_are_never_wrong()
    {
        return Prop.ForAll(Batch.Of(ScenarioGen.Arbitrary(TestShapes.Tiny), 300), batch =>
        {
            int withFacts = 0;
            Array.ForEach(batch, s =>
            {
                foreach (bool ideal in new[] { false, true })
                {
                    var facts = InfeasibilityAnalyzer.Explain(PackagingModel.Build(s, ideal));
                    if (facts.Count == 0)
                    {
                        continue;
                    }

                    withFacts++;
                    if (TinyOracle.Solve(s, ideal) is { Feasible: true } answer)
                    {
                        throw new XunitException(
                            $"The analyzer says infeasible ({string.Join(" | ", facts.Select(f => f.Code + " " + f.Path + ": " + f.Message))}) "
                            + $"but the oracle finds a plan of cut {answer.Optimum} (ideal {ideal}):\n  "
                            + string.Join("\n  ", answer.Witness!.Packages) + "\n" + IndependentPlanCheck.Describe(s));
                    }
                }
            });
            Assert.True(withFacts >= 50, $"only {withFacts} cases had facts");
        });
    }

    [Property(MaxTest = 300)]
    public Property Facts_are_never_wrong_on_scenarios_with_many_rules()
    {
        // Few activities and members but up to three rules each: the contradiction checks get exercised.
        var shape = new ScenarioGen.Shape(MaxActivities: 3, MaxMembers: 4, MaxTeamSize: 2);
        return Prop.ForAll(ScenarioGen.Arbitrary(shape), s =>
        {
            var facts = InfeasibilityAnalyzer.Explain(PackagingModel.Build(s));
            if (facts.Count > 0 && TinyOracle.Solve(s).Feasible)
            {
                throw new XunitException($"Wrong facts {string.Join(" | ", facts.Select(f => f.Code + ": " + f.Message))}\n" + IndependentPlanCheck.Describe(s));
            }
        });
    }

    private static Scenario Simple(IReadOnlyList<Rule> rules) => new(
        "simple",
        [A("a", Scale.Municipality), A("b", Scale.Municipality), A("c", Scale.Municipality)],
        [new Dependency("a", "b", Intensity.Joint), new Dependency("b", "c", Intensity.Referral)],
        [M("m1", Scale.Municipality), M("m2", Scale.Municipality), M("m3", Scale.Municipality)],
        rules,
        new TeamSizeLimits(1, 3));
}
