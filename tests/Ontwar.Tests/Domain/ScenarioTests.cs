using Ontwar.Diagnostics;
using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Domain;

public class ScenarioTests
{
    private static readonly Activity[] Activities =
    [
        new("physio", "Kinesitherapie", Scale.Municipality, ["physiotherapy"]),
        new("adapt", "Aanpassingen", Scale.LocalRegion, ["home-adaptation"]),
    ];

    private static readonly Dependency[] Dependencies = [new("physio", "adapt", Intensity.Joint)];

    private static readonly Member[] Members = [new("kine", Scale.LocalRegion, ["physiotherapy"]), new("arch", Scale.LocalRegion, ["home-adaptation"])];

    private static Scenario Make(IEnumerable<Rule>? rules = null, Plan? current = null, string name = "Maria")
        => new(name, Activities, Dependencies, Members, rules, null, current);

    private static List<Diagnostic> Problems(Func<Scenario> create)
        => Assert.Throws<ScenarioValidationException>(() => create()).Diagnostics.ToList();

    [Fact]
    public void Keeps_its_parts_and_applies_defaults()
    {
        var s = Make();
        Assert.Equal("Maria", s.Name);
        Assert.Equal(Activities, s.Activities);
        Assert.Equal(Dependencies, s.Dependencies);
        Assert.Equal(Members, s.Members);
        Assert.Empty(s.Rules);
        Assert.Same(TeamSizeLimits.Default, s.TeamSize);
        Assert.Same(IntensityWeights.Default, s.IntensityWeights);
        Assert.Null(s.Current);
        Assert.Equal("Maria: 2 activities, 1 dependencies, 2 members", s.ToString());
    }

    [Fact]
    public void Lists_are_copies_and_read_only()
    {
        var activities = Activities.ToList();
        var s = new Scenario("s", activities, [], []);
        activities.Clear();
        Assert.Equal(2, s.Activities.Count);
        Assert.Throws<NotSupportedException>(() => ((IList<Activity>)s.Activities).Add(Activities[0]));
    }

    [Fact]
    public void Finds_activities_and_members_by_id()
    {
        var s = Make();
        Assert.Equal(1, s.IndexOfActivity("adapt"));
        Assert.Equal(-1, s.IndexOfActivity("ghost"));
        Assert.Equal(-1, s.IndexOfActivity(null!));
        Assert.Equal(0, s.IndexOfMember("kine"));
        Assert.Equal(-1, s.IndexOfMember("physio"));
        Assert.Same(Activities[0], s.GetActivity("physio"));
        Assert.Same(Members[1], s.GetMember("arch"));
        Assert.Throws<KeyNotFoundException>(() => s.GetActivity("ghost"));
        Assert.Throws<KeyNotFoundException>(() => s.GetMember("ghost"));
    }

    [Fact]
    public void Rejects_null_arguments_and_items()
    {
        Assert.Throws<ArgumentNullException>(() => new Scenario(null!, Activities, Dependencies, Members));
        Assert.Throws<ArgumentNullException>(() => new Scenario("s", null!, Dependencies, Members));
        Assert.Throws<ArgumentNullException>(() => new Scenario("s", Activities, null!, Members));
        Assert.Throws<ArgumentNullException>(() => new Scenario("s", Activities, Dependencies, null!));
        Assert.Throws<ArgumentNullException>(() => new Scenario("s", [Activities[0], null!], [], []));
        Assert.Throws<ArgumentNullException>(() => new Scenario("s", Activities, Dependencies, Members, [null!]));
    }

    [Fact]
    public void Duplicate_ids_are_reported_at_the_repeat()
    {
        var problems = Problems(() => new Scenario("s", [Activities[0], Activities[0]], [], [Members[0], Members[0]]));
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("duplicate-id", p.Code));
        Assert.Equal("$.activities[1].id", problems[0].Path);
        Assert.Equal("$.members[1].id", problems[1].Path);
        Assert.Contains("$.activities[0]", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_references_are_all_reported_with_their_paths()
    {
        var problems = Problems(() => new Scenario(
            "s",
            Activities,
            [new Dependency("physio", "ghost", 1.0), new Dependency("nobody", "adapt", 1.0)],
            Members,
            [
                new TogetherRule(["physio", "ghost"]),
                new ApartRule(["physio", "physio2"]),
                new FixedScaleRule("ghost", Scale.Municipality),
                new MemberRequiredRule("nobody", "physio"),
                new MemberExcludedRule("kine", "ghost"),
            ]));
        Assert.Equal(
            [
                "$.dependencies[0].to", "$.dependencies[1].from", "$.rules[0].activities[1]", "$.rules[1].activities[1]",
                "$.rules[2].activity", "$.rules[3].member", "$.rules[4].activity",
            ],
            problems.Select(p => p.Path));
        Assert.Equal(["unknown-activity", "unknown-activity", "unknown-activity", "unknown-activity", "unknown-activity", "unknown-member", "unknown-activity"], problems.Select(p => p.Code));
        Assert.All(problems, p => Assert.Equal(DiagnosticSeverity.Error, p.Severity));
    }

    [Fact]
    public void Current_organisation_is_checked()
    {
        var problems = Problems(() => Make(current: new Plan(
        [
            new ActivityPackage("p1", ["physio", "ghost"], ["kine", "kine"]),
            new ActivityPackage("p2", ["physio"], ["nobody"]),
        ])));
        Assert.Equal(
            [
                ("unknown-activity", "$.current.packages[0].activities[1]"),
                ("duplicate-id", "$.current.packages[0].members[1]"),
                ("activity-in-two-packages", "$.current.packages[1].activities[0]"),
                ("unknown-member", "$.current.packages[1].members[0]"),
            ],
            problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Current_package_tag_must_agree_with_the_current_section()
    {
        var problems = Problems(() => new Scenario(
            "s",
            [new Activity("a", "A", Scale.Municipality, currentPackage: "p2")],
            [],
            [],
            current: new Plan([new ActivityPackage("p1", ["a"])])));
        var problem = Assert.Single(problems);
        Assert.Equal("current-package-mismatch", problem.Code);
        Assert.Equal("$.activities[0].currentPackage", problem.Path);
    }

    [Fact]
    public void Current_organisation_is_the_section_else_the_tags_else_null()
    {
        var section = new Plan([new ActivityPackage("today", ["physio", "adapt"])]);
        Assert.Same(section, Make(current: section).CurrentOrganisation());
        Assert.Null(Make().CurrentOrganisation());

        var tagged = new Scenario(
            "s",
            [new Activity("a", "A", Scale.Municipality, currentPackage: "x"), new Activity("b", "B", Scale.Municipality), new Activity("c", "C", Scale.Municipality, currentPackage: "x")],
            [],
            []);
        Assert.Equal(new Plan([new ActivityPackage("x", ["a", "c"])]), tagged.CurrentOrganisation());
    }

    [Fact]
    public void With_methods_change_one_part_and_keep_the_rest()
    {
        var rules = new Rule[] { new TogetherRule(["physio", "adapt"]) };
        var s = Make(rules);

        var ideal = s.WithoutRules();
        Assert.Empty(ideal.Rules);
        Assert.Equal(s.Activities, ideal.Activities);
        Assert.Same(ideal, ideal.WithoutRules());

        Assert.Equal(rules, ideal.WithRules(rules).Rules);
        Assert.Equal(s, ideal.WithRules(rules));

        var sized = s.WithTeamSize(new TeamSizeLimits(2, 3));
        Assert.Equal(new TeamSizeLimits(2, 3), sized.TeamSize);
        Assert.Equal(s.Rules, sized.Rules);

        var deps = s.WithDependencies([new Dependency("adapt", "physio", 2.5)]);
        Assert.Equal(2.5, Assert.Single(deps.Dependencies).Weight);

        Assert.Throws<ArgumentNullException>(() => s.WithRules(null!));
        Assert.Throws<ArgumentNullException>(() => s.WithTeamSize(null!));
        Assert.Throws<ArgumentNullException>(() => s.WithDependencies(null!));
        Assert.Throws<ScenarioValidationException>(() => s.WithRules([new FixedScaleRule("ghost", Scale.Municipality)]));
        Assert.Throws<ScenarioValidationException>(() => s.WithDependencies([new Dependency("ghost", "physio", 1.0)]));
    }

    [Fact]
    public void Equality_is_by_value_over_every_part()
    {
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.True(Make().Equals((object)Make()));
        Assert.False(Make().Equals(null));
        Assert.NotEqual(Make(), Make(name: "Other"));
        Assert.NotEqual(Make(), Make([new TogetherRule(["physio", "adapt"])]));
        Assert.NotEqual(Make(), Make(current: new Plan([new ActivityPackage("p", ["physio"])])));
        Assert.NotEqual(Make(), Make().WithTeamSize(new TeamSizeLimits(1, 2)));
        Assert.NotEqual(Make(), Make().WithDependencies([]));
        Assert.NotEqual(Make(), new Scenario("Maria", Activities, Dependencies, Members, intensityWeights: new IntensityWeights(1, 3, 9, 27)));
        Assert.NotEqual(Make(), new Scenario("Maria", Activities.Reverse(), Dependencies, Members));
        Assert.NotEqual(Make(), new Scenario("Maria", Activities, Dependencies, Members.Take(1)));
    }
}
