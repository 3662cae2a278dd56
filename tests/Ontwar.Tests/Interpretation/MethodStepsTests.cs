using Ontwar.Interpretation;
using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Interpretation;

/// <summary>
/// Steps 4 and 5 on small hand-made scenarios: coordination from complexity and stability, the decision levels two
/// packages take together (000:325), the re-examine flag on the seed's condition, goals, the coordination layer and the
/// load per actor.
/// </summary>
public sealed class MethodStepsTests
{
    [Theory]
    [InlineData(Complexity.Simple, Stability.Stable, Coordination.Hierarchical)]
    [InlineData(Complexity.Simple, Stability.Changing, Coordination.Decentralised)]
    [InlineData(Complexity.Complex, Stability.Stable, Coordination.Decentralised)]
    [InlineData(Complexity.Complex, Stability.Changing, Coordination.Decentralised)]
    public void Only_simple_and_stable_activities_may_be_coordinated_hierarchically(Complexity complexity, Stability stability, Coordination expected)
    {
        var activity = new Activity("a", "A", Scale.Municipality, complexity: complexity, stability: stability);
        Assert.Equal(expected, PlanInterpreter.CoordinationFor([activity]));
    }

    [Theory]
    [InlineData(Intensity.Referral, Coordination.Decentralised, new DecisionLevel[0])]
    [InlineData(Intensity.Information, Coordination.Hierarchical, new DecisionLevel[0])]
    [InlineData(Intensity.Alignment, Coordination.Hierarchical, new[] { DecisionLevel.Structural })]
    [InlineData(Intensity.Alignment, Coordination.Decentralised, new[] { DecisionLevel.Strategic, DecisionLevel.Structural })]
    [InlineData(Intensity.Joint, Coordination.Hierarchical, new[] { DecisionLevel.Structural, DecisionLevel.Operational })]
    [InlineData(Intensity.Joint, Coordination.Decentralised, new[] { DecisionLevel.Strategic, DecisionLevel.Structural, DecisionLevel.Operational })]
    public void Linked_packages_decide_together_what_their_intensity_and_coordination_ask(Intensity intensity, Coordination coordination, DecisionLevel[] expected)
        => Assert.Equal(expected, PlanInterpreter.SharedDecisionLevelsFor(intensity, coordination));

    [Fact]
    public void Many_loose_ties_add_up_to_a_strong_link_but_do_not_flag_the_split()
    {
        // Three aligning pairs across the split (4 + 4 + 4 = 12 >= joint 8), none of them to be performed together.
        var s = Builder()
            .AddDependency("a1", "b1", Intensity.Alignment)
            .AddDependency("a2", "b2", Intensity.Alignment)
            .AddDependency("a1", "b2", Intensity.Alignment)
            .Build();
        var link = PlanInterpreter.Interpret(s, Split()).Links.Single();
        Assert.Equal(Intensity.Joint, link.Intensity);
        Assert.Equal(Intensity.Alignment, link.StrongestPairIntensity);
        Assert.Equal(3, link.DecisionLevels.Count);
        Assert.Empty(link.JointPairs);
        Assert.False(link.ReexamineSplit);
        Assert.Null(link.ReexamineReason);
    }

    [Fact]
    public void A_pair_to_be_performed_together_across_a_complex_link_flags_the_split_with_the_reason()
    {
        var s = Builder().AddDependency("a1", "b1", Intensity.Joint).Build();
        var link = PlanInterpreter.Interpret(s, Split()).Links.Single();
        Assert.True(link.ReexamineSplit);
        Assert.Equal([("a1", "b1")], link.JointPairs);
        Assert.Contains("a1–b1 must be performed together", link.ReexamineReason, StringComparison.Ordinal);
        Assert.Contains("000:931", link.ReexamineReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Performing_together_across_a_simple_and_stable_link_is_not_deciding_together_at_every_level()
    {
        var s = Builder(simple: true).AddDependency("a1", "b1", Intensity.Joint).Build();
        var link = PlanInterpreter.Interpret(s, Split()).Links.Single();
        Assert.Equal(Coordination.Hierarchical, link.Coordination);
        Assert.Equal([DecisionLevel.Structural, DecisionLevel.Operational], link.DecisionLevels);
        Assert.False(link.ReexamineSplit);
    }

    [Fact]
    public void Goals_are_served_by_packages_and_a_goal_over_barely_linked_packages_is_split()
    {
        var s = Builder(goals: true).AddDependency("a1", "b1", Intensity.Information).Build();
        var i = PlanInterpreter.Interpret(s, Split());
        Assert.Equal(["g1", "g2"], i.GetPackage("A").Goals);
        Assert.Equal(["g2"], i.GetPackage("B").Goals);
        var g2 = i.Goals.Single(g => g.Goal.Id == "g2");
        Assert.Equal(["A", "B"], g2.Packages);
        Assert.True(g2.BarelyLinked);
        Assert.True(i.Goals.Single(g => g.Goal.Id == "g3").Unserved);

        var check = SamenwerkCheck.Check(s, Split(), "split");
        Assert.Contains(check.Findings, f => f.Code == CheckCodes.GoalSplit && f.Goal == "g2");
        Assert.Contains(check.Findings, f => f.Code == CheckCodes.GoalUnserved && f.Goal == "g3");

        // Linked by aligning, the same goal is no longer split.
        var aligned = Builder(goals: true).AddDependency("a1", "b1", Intensity.Alignment).Build();
        Assert.False(PlanInterpreter.Interpret(aligned, Split()).Goals.Single(g => g.Goal.Id == "g2").BarelyLinked);
    }

    [Fact]
    public void A_partner_that_contributes_to_none_of_a_goals_activities_is_asked_about_a_growth_path()
    {
        var s = Builder(goals: true).AddDependency("a1", "b1", Intensity.Information).Build();
        var check = SamenwerkCheck.Check(s, Split(), "split");

        // In A, g1 is served by a1 (capability x, partner PX) only: PY (capability y, for a2) does not carry it.
        var finding = Assert.Single(check.Findings, f => f.Code == CheckCodes.GoalNotShared && f.Package == "A" && f.Goal == "g1");
        Assert.Equal("my", finding.Member);
        Assert.Contains("groeitraject", finding.DutchMessage, StringComparison.Ordinal);
        Assert.Contains("growth path", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coordination_layer_seats_per_package_the_member_with_the_most_cohesion_to_other_packages()
    {
        var s = Builder().AddDependency("a2", "b1", Intensity.Alignment).AddDependency("a1", "b1", Intensity.Referral).Build();
        var i = PlanInterpreter.Interpret(s, Split());
        var layer = Assert.IsType<CoordinationLayer>(i.CoordinationLayer);
        Assert.Equal(["A", "B"], layer.Seats.Select(x => x.Package));
        Assert.Equal("my", layer.Seats[0].Member); // a2 (y) carries 4, a1 (x) only 1
        Assert.Equal(4, layer.Seats[0].LinksOut);
        Assert.Equal([DecisionLevel.Strategic, DecisionLevel.Structural], layer.DecisionLevels);

        // One package: no layer.
        var one = new Plan([new ActivityPackage("all", ["a1", "a2", "b1", "b2"], ["mx", "my", "mz"])]);
        Assert.Null(PlanInterpreter.Interpret(s, one).CoordinationLayer);
    }

    [Fact]
    public void An_actor_at_more_tables_than_the_limit_is_flagged_and_one_at_the_limit_is_not()
    {
        // Partner P sends a member to four packages' teams.
        var b = new ScenarioBuilder("load").WithTeamSize(1, 2);
        for (int k = 0; k < 4; k++)
        {
            b.AddActivity($"a{k}", $"A{k}", Scale.Municipality, a => a.Requires("c"));
            b.AddMember($"m{k}", Scale.Municipality, m => m.FromPartner("P").WithCapabilities("c"));
        }

        var s = b.Build();
        Plan PlanOf(int packages) => new([.. Enumerable.Range(0, packages).Select(k => new ActivityPackage($"P{k}", [$"a{k}"], [$"m{k}"]))]);
        var four = SamenwerkCheck.Check(s, PlanOf(4), "four");
        var finding = Assert.Single(four.Findings, f => f.Code == CheckCodes.ActorOverloaded);
        Assert.Contains("001:287", finding.Message, StringComparison.Ordinal);
        Assert.Equal(4, PlanInterpreter.Interpret(s, PlanOf(4)).ActorLoads.Single().Tables.Count);
        Assert.DoesNotContain(SamenwerkCheck.Check(s, PlanOf(3), "three").Findings, f => f.Code == CheckCodes.ActorOverloaded);
    }

    [Fact]
    public void The_check_json_carries_each_findings_goal_and_Dutch_message()
    {
        var s = Builder(goals: true).AddDependency("a1", "b1", Intensity.Information).Build();
        var json = InterpretationJson.ToJson(SamenwerkCheck.Run(s));
        var findings = json.GetProperty("reports").EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray()).ToList();
        var unserved = findings.First(f => f.GetProperty("code").GetString() == CheckCodes.GoalUnserved);
        Assert.Equal("g3", unserved.GetProperty("goal").GetString());
        Assert.StartsWith("Geen enkel pakket dient doel", unserved.GetProperty("messageNl").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Packages A = {a1, a2} and B = {b1, b2}, each with its own team.</summary>
    private static Plan Split() => new([
        new ActivityPackage("A", ["a1", "a2"], ["mx", "my"]),
        new ActivityPackage("B", ["b1", "b2"], ["mz"]),
    ]);

    private static ScenarioBuilder Builder(bool simple = false, bool goals = false)
    {
        var b = new ScenarioBuilder("steps").WithTeamSize(1, 3);
        if (goals)
        {
            b.AddGoal("g1", "Goal one").AddGoal("g2", "Goal two").AddGoal("g3", "Goal nobody serves");
        }

        void Add(string id, string capability, params string[] served)
            => b.AddActivity(id, id.ToUpperInvariant(), Scale.Municipality, a =>
            {
                a.Requires(capability);
                if (simple)
                {
                    a.Simple().Stable();
                }

                if (goals)
                {
                    a.Serves(served);
                }
            });

        Add("a1", "x", "g1");
        Add("a2", "y", "g2");
        Add("b1", "z", "g2");
        Add("b2", "z");
        b.AddMember("mx", Scale.Municipality, m => m.FromPartner("PX").WithCapabilities("x"));
        b.AddMember("my", Scale.Municipality, m => m.FromPartner("PY").WithCapabilities("y"));
        b.AddMember("mz", Scale.Municipality, m => m.FromPartner("PZ").WithCapabilities("z"));
        return b;
    }
}
