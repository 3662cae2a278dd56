using Ontwar.Diagnostics;
using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Domain;

public class ScenarioBuilderTests
{
    private static List<Diagnostic> Problems(ScenarioBuilder builder)
        => Assert.Throws<ScenarioValidationException>(builder.Build).Diagnostics.ToList();

    [Fact]
    public void Builds_the_same_scenario_as_the_constructors()
    {
        var built = new ScenarioBuilder("Maria")
            .WithTeamSize(2, 4)
            .WithIntensityWeights(1, 3, 9, 27)
            .AddActivity("physio", "Kinesitherapie", Scale.Municipality, a => a.Requires("physiotherapy").WithWorkload(4).WithFunction("care").InCurrentPackage("p1"))
            .AddActivity("adapt", "Aanpassingen", Scale.LocalRegion, a => a.Requires("home-adaptation", "building").Simple())
            .AddDependency("physio", "adapt", Intensity.Joint)
            .AddDependency("adapt", "physio", 1.5)
            .AddMember("kine", Scale.Municipality, m => m.Named("Kine A").FromPartner("Praktijk").WithCapabilities("physiotherapy").WithHours(8).WithMaxTeams(2))
            .AddMember("buur", Scale.LivedNeighbourhood, m => m.AsInformal())
            .Together("physio", "adapt")
            .Apart("physio", "adapt")
            .FixScale("adapt", Scale.LocalRegion)
            .RequireMember("kine", "physio")
            .ExcludeMember("buur", "adapt")
            .AddRule(new FixedScaleRule("physio", Scale.Municipality, "conventie"))
            .AddCurrentPackage("p1", ["physio"], ["kine"], Scale.Municipality)
            .AddCurrentPackage("p2", ["adapt"])
            .Build();

        var expected = new Scenario(
            "Maria",
            [
                new Activity("physio", "Kinesitherapie", Scale.Municipality, ["physiotherapy"], Complexity.Complex, 4, "care", "p1"),
                new Activity("adapt", "Aanpassingen", Scale.LocalRegion, ["home-adaptation", "building"], Complexity.Simple),
            ],
            [new Dependency("physio", "adapt", Intensity.Joint), new Dependency("adapt", "physio", 1.5)],
            [
                new Member("kine", Scale.Municipality, ["physiotherapy"], "Kine A", "Praktijk", 8, 2),
                new Member("buur", Scale.LivedNeighbourhood, informal: true),
            ],
            [
                new TogetherRule(["physio", "adapt"]), new ApartRule(["physio", "adapt"]), new FixedScaleRule("adapt", Scale.LocalRegion),
                new MemberRequiredRule("kine", "physio"), new MemberExcludedRule("buur", "adapt"),
                new FixedScaleRule("physio", Scale.Municipality, "conventie"),
            ],
            new TeamSizeLimits(2, 4),
            new Plan([new ActivityPackage("p1", ["physio"], ["kine"], Scale.Municipality), new ActivityPackage("p2", ["adapt"])]),
            new IntensityWeights(1, 3, 9, 27));

        Assert.Equal(expected, built);
    }

    [Fact]
    public void Empty_builder_gives_a_scenario_with_defaults()
    {
        var s = new ScenarioBuilder("leeg").Build();
        Assert.Empty(s.Activities);
        Assert.Equal(TeamSizeLimits.Default, s.TeamSize);
        Assert.Equal(IntensityWeights.Default, s.IntensityWeights);
        Assert.Null(s.Current);
    }

    [Fact]
    public void Reports_every_invalid_value_with_its_path()
    {
        var problems = Problems(new ScenarioBuilder("s")
            .WithTeamSize(0, 3)
            .WithIntensityWeights(1, 1, 1, 1)
            .AddActivity("a", "A", Scale.Municipality, o => o.WithWorkload(-1))
            .AddActivity("b", " ", Scale.Municipality)
            .AddDependency("a", "a", Intensity.Joint)
            .AddDependency("a", "b", double.NaN)
            .AddMember("m", Scale.Municipality, o => o.WithMaxTeams(0))
            .AddMember("n", (Scale)8)
            .Together("a")
            .FixScale("a", (Scale)8));
        Assert.All(problems, p => Assert.Equal("invalid-value", p.Code));
        Assert.Equal(
            [
                "$.teamSize.min", "$.intensityWeights", "$.activities[0].workload", "$.activities[1].name", "$.dependencies[0].to",
                "$.dependencies[1].weight", "$.members[0].maxTeams", "$.members[1].scale", "$.rules[0].activities", "$.rules[1].scale",
            ],
            problems.Select(p => p.Path));
    }

    [Fact]
    public void Reports_duplicate_ids_together_with_invalid_values()
    {
        var problems = Problems(new ScenarioBuilder("s")
            .AddActivity("a", "A", Scale.Municipality)
            .AddActivity("a", "A again", Scale.Municipality)
            .AddMember("m", Scale.Municipality, o => o.WithHours(0)));
        Assert.Equal([("invalid-value", "$.members[0].hours"), ("duplicate-id", "$.activities[1].id")], problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Unknown_references_surface_as_scenario_problems()
    {
        var problems = Problems(new ScenarioBuilder("s").AddActivity("a", "A", Scale.Municipality).AddDependency("a", "ghost", 1.0));
        Assert.Equal(("unknown-activity", "$.dependencies[0].to"), (problems[0].Code, problems[0].Path));
    }

    [Fact]
    public void Current_packages_with_the_same_id_are_reported()
    {
        var problems = Problems(new ScenarioBuilder("s")
            .AddActivity("a", "A", Scale.Municipality)
            .AddCurrentPackage("p", ["a"])
            .AddCurrentPackage("p", ["a"]));
        Assert.Equal(("duplicate-id", "$.current.packages"), (problems[0].Code, problems[0].Path));
    }

    [Fact]
    public void Current_package_without_activities_list_is_an_invalid_value()
    {
        var problems = Problems(new ScenarioBuilder("s").AddCurrentPackage("p", null!));
        Assert.Equal(("invalid-value", "$.current.packages[0].activities"), (problems[0].Code, problems[0].Path));
    }

    [Fact]
    public void Rejects_null_name_and_rule()
    {
        Assert.Throws<ArgumentNullException>(() => new ScenarioBuilder(null!));
        Assert.Throws<ArgumentNullException>(() => new ScenarioBuilder("s").AddRule(null!));
    }

    [Fact]
    public void Later_team_size_replaces_earlier()
    {
        Assert.Equal(new TeamSizeLimits(1, 2), new ScenarioBuilder("s").WithTeamSize(5, 9).WithTeamSize(1, 2).Build().TeamSize);
    }
}
