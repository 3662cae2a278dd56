using Ontwar.Diagnostics;
using Ontwar.Serialization;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Domain;

/// <summary>The bounds of <see cref="ScenarioLimits"/>, as the scenario constructor and the JSON reader enforce them.</summary>
public sealed class ScenarioLimitsTests
{
    private static Scenario Make(
        TeamSizeLimits? teamSize = null,
        IntensityWeights? weights = null,
        IEnumerable<Dependency>? dependencies = null,
        Member? member = null,
        Activity? activity = null,
        string name = "s")
        => new(
            name,
            [activity ?? new Activity("a", "A", Scale.Municipality), new Activity("b", "B", Scale.Municipality)],
            dependencies ?? [new Dependency("a", "b", Intensity.Joint)],
            [member ?? new Member("m", Scale.LocalRegion)],
            teamSize: teamSize,
            intensityWeights: weights);

    private static Diagnostic Single(Func<Scenario> create, string code, string path)
    {
        var problems = Assert.Throws<ScenarioValidationException>(() => create()).Diagnostics;
        return Json.Has(problems, code, path);
    }

    [Fact]
    public void Accepts_every_value_at_its_limit()
    {
        var s = Make(
            teamSize: new TeamSizeLimits(ScenarioLimits.MaxTeamSize, ScenarioLimits.MaxTeamSize),
            weights: new IntensityWeights(1, 2, 3, ScenarioLimits.MaxWeight),
            member: new Member("m", Scale.LocalRegion, hours: ScenarioLimits.MaxHours, maxTeams: ScenarioLimits.MaxTeamsPerMember),
            activity: new Activity(new string('a', ScenarioLimits.MaxIdentifierLength), new string('n', ScenarioLimits.MaxTextLength), Scale.Municipality, workload: ScenarioLimits.MaxHours),
            dependencies: [new Dependency(new string('a', ScenarioLimits.MaxIdentifierLength), "b", ScenarioLimits.MaxWeight)]);

        Assert.Equal(ScenarioLimits.MaxTeamSize, s.TeamSize.Max);
    }

    [Theory]
    [InlineData(2, ScenarioLimits.MaxTeamSize + 1, "$.teamSize.max")]
    [InlineData(ScenarioLimits.MaxTeamSize + 1, int.MaxValue, "$.teamSize.min")]
    public void Rejects_a_team_size_above_the_cap(int min, int max, string path)
    {
        var d = Single(() => Make(teamSize: new TeamSizeLimits(min, max)), "out-of-range", path);
        Assert.Contains("1000", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_weights_above_the_cap_where_they_stand()
    {
        Single(() => Make(dependencies: [new Dependency("a", "b", 1e308)]), "out-of-range", "$.dependencies[0].weight");
        Single(() => Make(weights: new IntensityWeights(1, 2, 3, 1.7e308)), "out-of-range", "$.intensityWeights.joint");
    }

    [Fact]
    public void Rejects_weights_whose_sum_is_too_large_though_each_is_accepted()
    {
        int count = (int)(ScenarioLimits.MaxTotalWeight / ScenarioLimits.MaxWeight) + 1;
        var dependencies = Enumerable.Repeat(new Dependency("a", "b", ScenarioLimits.MaxWeight), count);

        var problems = Assert.Throws<ScenarioValidationException>(() => Make(dependencies: dependencies)).Diagnostics;

        var d = Assert.Single(problems);
        Assert.Equal("$.dependencies", d.Path);
        Assert.Equal("out-of-range", d.Code);
    }

    [Fact]
    public void Rejects_hours_and_team_counts_above_their_caps()
    {
        Single(() => Make(activity: new Activity("a", "A", Scale.Municipality, workload: 1e300)), "out-of-range", "$.activities[0].workload");
        Single(() => Make(member: new Member("m", Scale.LocalRegion, hours: 1e300)), "out-of-range", "$.members[0].hours");
        Single(() => Make(member: new Member("m", Scale.LocalRegion, maxTeams: int.MaxValue)), "out-of-range", "$.members[0].maxTeams");
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u001b]0;title\u0007")]
    [InlineData("a\r\nb")]
    [InlineData("a\u202eb")]
    [InlineData("a\u200bb")]
    [InlineData("a\ufeff")]
    public void Rejects_identifiers_with_characters_that_hide_or_control(string id)
    {
        var d = Single(() => Make(member: new Member(id, Scale.LocalRegion)), "invalid-identifier", "$.members[0].id");
        Assert.DoesNotContain(id, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_identifiers_and_texts_over_their_length()
    {
        Single(() => Make(activity: new Activity(new string('x', ScenarioLimits.MaxIdentifierLength + 1), "A", Scale.Municipality)), "invalid-identifier", "$.activities[0].id");
        Single(() => Make(name: new string('x', ScenarioLimits.MaxTextLength + 1)), "invalid-text", "$.name");
    }

    [Fact]
    public void Rejects_control_characters_and_bidi_overrides_in_texts_but_not_joiners()
    {
        Single(() => Make(activity: new Activity("a", "line\nbreak", Scale.Municipality)), "invalid-text", "$.activities[0].name");
        Single(() => Make(member: new Member("m", Scale.LocalRegion, partner: "\u202eevil")), "invalid-text", "$.members[0].partner");

        // A zero-width joiner belongs to emoji sequences and to some scripts' spelling: fine in a name.
        var s = Make(activity: new Activity("a", "family \U0001F468\u200D\U0001F469", Scale.Municipality));
        Assert.Contains('\u200D', s.Activities[0].Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Rejects_a_blank_member_name_or_partner(string blank)
    {
        Single(() => Make(member: new Member("m", Scale.LocalRegion, name: blank)), "empty-value", "$.members[0].name");
        Single(() => Make(member: new Member("m", Scale.LocalRegion, partner: blank)), "empty-value", "$.members[0].partner");
    }

    [Fact]
    public void Rejects_identifiers_that_differ_only_in_normalisation()
    {
        var composed = new Member("caf\u00e9", Scale.LocalRegion);
        var decomposed = new Member("cafe\u0301", Scale.LocalRegion);

        var problems = Assert.Throws<ScenarioValidationException>(
            () => new Scenario("s", [new Activity("a", "A", Scale.Municipality)], [], [composed, decomposed])).Diagnostics;

        var d = Json.Has(problems, "confusable-id", "$.members[1].id");
        Assert.Contains("$.members[0]", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_reports_the_same_paths()
    {
        const string json = """
            {
              "teamSize": { "min": 2, "max": 2147483647 },
              "activities": [ { "id": "a\u001b[2J", "name": "A", "idealScale": "municipality" },
                              { "id": "b", "name": "B", "idealScale": "municipality" } ],
              "dependencies": [ { "from": "b", "to": "x", "weight": 1e308 } ],
              "members": [ { "id": "m", "scale": "localRegion", "maxTeams": 2147483647 } ]
            }
            """;

        var problems = Json.Problems(json);

        Json.Has(problems, "out-of-range", "$.teamSize.max");
        Json.Has(problems, "invalid-identifier", "$.activities[0].id");
        Json.Has(problems, "out-of-range", "$.dependencies[0].weight");
        Json.Has(problems, "out-of-range", "$.members[0].maxTeams");
    }

    [Fact]
    public void Every_sample_keeps_within_the_limits()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json"))
        {
            Assert.True(ScenarioJson.TryRead(File.ReadAllBytes(file), out _, out var diagnostics), file + ": " + string.Join("; ", diagnostics));
        }
    }
}
