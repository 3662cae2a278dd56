using Ontwar.Serialization;
using Xunit;

namespace Ontwar.Tests.Serialization;

/// <summary>Contract section 4, the method's inputs: <c>stability</c>, <c>goals</c>, <c>factors</c>; read, checked with JSON paths, written.</summary>
public sealed class MethodInputJsonTests
{
    private const string Goals = """, "goals": [ { "id": "g1", "name": "Nobody stays isolated", "horizon": "long" }, { "id": "g2", "name": "Short" } ]""";

    [Fact]
    public void Stability_goals_and_factors_are_read_with_their_defaults()
    {
        var s = ScenarioJson.FromJson(Json.Minimal(
            root: Goals + """, "rules": [ { "kind": "apart", "activities": ["a", "b"] } ], "factors": [ { "id": "f1", "kind": "inhibiting", "text": "Regional only", "removable": true, "activities": ["a"], "rules": [0] }, { "id": "f2", "kind": "stimulating", "text": "A shared file" } ]""",
            activity: """, "stability": "stable", "goals": ["g1", "g2"]"""));
        Assert.Equal(Stability.Stable, s.GetActivity("a").Stability);
        Assert.Equal(Stability.Changing, s.GetActivity("b").Stability);
        Assert.Equal(["g1", "g2"], s.GetActivity("a").Goals);
        Assert.Empty(s.GetActivity("b").Goals);
        Assert.Equal(GoalHorizon.Long, s.Goals[0].Horizon);
        Assert.Null(s.Goals[1].Horizon);
        var f1 = s.Factors[0];
        Assert.Equal(FactorKind.Inhibiting, f1.Kind);
        Assert.True(f1.Removable);
        Assert.False(f1.IsObstacle);
        Assert.Equal(["a"], f1.Activities);
        Assert.Equal([0], f1.Rules);
        Assert.False(s.Factors[1].Removable);
        Assert.Empty(s.Factors[1].Activities);
    }

    [Fact]
    public void A_scenario_with_the_new_inputs_round_trips_and_omits_the_defaults()
    {
        var s = ScenarioJson.FromJson(Json.Minimal(
            root: Goals + """, "factors": [ { "id": "f", "kind": "inhibiting", "text": "t", "activities": ["b"] } ]""",
            activity: """, "stability": "stable", "goals": ["g1"]"""));
        var json = ScenarioJson.ToJson(s);
        Assert.Equal(s, ScenarioJson.FromJson(json));
        Assert.Contains("\"stability\": \"stable\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"changing\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"removable\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_the_new_inputs_is_reported_with_its_path()
    {
        var problems = Json.Problems(Json.Minimal(
            root: """, "goals": [ { "id": "g", "name": "G", "horizon": "soon" } ], "factors": [ { "id": "f", "kind": "helpful", "text": "t" }, { "id": "s", "kind": "stimulating", "text": "t", "removable": true, "activities": ["nope"], "rules": [3] } ]""",
            activity: """, "stability": "wobbly", "goals": ["g", "missing"]"""));
        Json.Has(problems, "unknown-stability", "$.activities[0].stability");
        Json.Has(problems, "unknown-horizon", "$.goals[0].horizon");
        Json.Has(problems, "unknown-factor-kind", "$.factors[0].kind");
        Json.Has(problems, "removable-stimulating", "$.factors[1].removable");
    }

    [Fact]
    public void References_of_goals_and_factors_are_checked()
    {
        var problems = Json.Problems(Json.Minimal(
            root: """, "goals": [ { "id": "g", "name": "G" }, { "id": "g", "name": "again" } ], "factors": [ { "id": "s", "kind": "stimulating", "text": "t", "activities": ["nope"], "rules": [3] } ]""",
            activity: """, "goals": ["g", "missing"]"""));
        Json.Has(problems, "unknown-goal", "$.activities[0].goals[1]");
        Json.Has(problems, "duplicate-id", "$.goals[1].id");
        Json.Has(problems, "unknown-activity", "$.factors[0].activities[0]");
        Json.Has(problems, "unknown-rule", "$.factors[0].rules[0]");
    }

    [Fact]
    public void Unknown_properties_of_goals_and_factors_are_errors_and_extensions_are_not()
    {
        var problems = Json.Problems(Json.Minimal(root: """, "goals": [ { "id": "g", "name": "G", "owner": "x" } ], "factors": [ { "id": "f", "kind": "inhibiting", "text": "t", "x-note": "fine" } ]"""));
        Json.Has(problems, "unknown-property", "$.goals[0].owner");
        Assert.DoesNotContain(problems, d => d.Path is { } p && p.StartsWith("$.factors", StringComparison.Ordinal));
    }

    [Fact]
    public void Replacing_the_rules_drops_the_factors_rule_references_but_keeps_the_factors()
    {
        var s = new ScenarioBuilder("s")
            .WithTeamSize(1, 2)
            .AddActivity("a", "A", Scale.Municipality)
            .AddActivity("b", "B", Scale.Municipality)
            .AddMember("m", Scale.Municipality)
            .Apart("a", "b")
            .AddFactor("f", FactorKind.Inhibiting, "apart by law", rules: [0])
            .Build();
        var ideal = s.WithoutRules();
        Assert.Single(ideal.Factors);
        Assert.Empty(ideal.Factors[0].Rules);
        Assert.Equal([0], s.Factors[0].Rules);
    }

    [Fact]
    public void Only_an_inhibiting_factor_can_be_removable()
    {
        Assert.Throws<ArgumentException>(() => new Factor("f", FactorKind.Stimulating, "t", removable: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Factor("f", FactorKind.Inhibiting, "t", rules: [-1]));
        Assert.True(new Factor("f", FactorKind.Inhibiting, "t").IsObstacle);
    }

    [Fact]
    public void The_builder_sets_complexity_and_stability_apart_as_a_scenario_file_does()
    {
        var s = new ScenarioBuilder("s")
            .WithTeamSize(1, 2)
            .AddActivity("a", "A", Scale.Municipality, a => a.Simple().Stable())
            .AddActivity("b", "B", Scale.Municipality, a => a.Stable())
            .AddActivity("c", "C", Scale.Municipality, a => a.Simple().Changing())
            .AddMember("m", Scale.Municipality)
            .Build();
        Assert.True(s.GetActivity("a").IsSimpleAndStable);
        Assert.Equal((Complexity.Complex, Stability.Stable), (s.GetActivity("b").Complexity, s.GetActivity("b").Stability));
        Assert.False(s.GetActivity("c").IsSimpleAndStable);
        Assert.Equal(Stability.Changing, new Activity("x", "X", Scale.Municipality, complexity: Complexity.Simple).Stability);
    }
}
