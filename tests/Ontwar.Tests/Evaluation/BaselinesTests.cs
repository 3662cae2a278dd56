using Ontwar.Evaluation;
using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Evaluation;

public class BaselinesTests
{
    [Fact]
    public void Per_function_groups_by_tag_in_order_of_first_appearance_and_isolates_untagged_activities()
    {
        var plan = Baselines.PerFunction(Maria.Scenario());
        Assert.Equal(["function:care", "function:housing", "untagged:company"], plan.Packages.Select(p => p.Id));
        Assert.Equal(["household", "hygiene", "physio"], plan.Packages[0].Activities);
        Assert.Equal(["adapt"], plan.Packages[1].Activities);
        Assert.Equal(["company"], plan.Packages[2].Activities);
        Assert.All(plan.Packages, p => Assert.Empty(p.Members));
        Assert.All(plan.Packages, p => Assert.Null(p.Scale));
    }

    [Fact]
    public void Per_function_plan_is_scored_like_any_plan()
    {
        var e = PlanEvaluator.Evaluate(Maria.Scenario(), Baselines.PerFunction(Maria.Scenario()));

        // care = {household, hygiene, physio}: internal 4 + 1; cut: physio-adapt 8, household-company 3.5.
        Assert.Equal(11.5, e.Metrics.CutWeight, 12);
        Assert.Equal(5, e.Metrics.InternalWeight, 12);
        Assert.True(e.IsFeasible);
        Assert.False(e.HasTeams);
        Assert.Equal(Scale.GeographicNeighbourhood, e.Packages[0].PolicyScale);
    }

    [Fact]
    public void Blank_function_counts_as_untagged()
    {
        var scenario = new Scenario(
            "blank",
            [new Activity("a", "A", Scale.Municipality, function: " "), new Activity("b", "B", Scale.Municipality, function: " ")],
            [],
            []);
        Assert.Equal(["untagged:a", "untagged:b"], Baselines.PerFunction(scenario).Packages.Select(p => p.Id));
    }

    [Fact]
    public void Per_function_of_a_scenario_without_activities_is_empty()
    {
        Assert.Empty(Baselines.PerFunction(new Scenario("empty", [], [], [])).Packages);
    }

    [Fact]
    public void As_today_is_the_current_section_when_given()
    {
        var scenario = Maria.Builder()
            .AddCurrentPackage("wzc", ["hygiene", "household"], ["nurse", "fam"], Scale.Municipality)
            .AddCurrentPackage("kine", ["physio"], ["kine"])
            .AddCurrentPackage("rest", ["adapt", "company"])
            .Build();
        var today = Baselines.AsToday(scenario);
        Assert.NotNull(today);
        Assert.Same(scenario.Current, today);
        var e = PlanEvaluator.Evaluate(scenario, today);
        Assert.Contains(e.Violations, v => v.Code == ViolationCodes.TeamTooSmall && v.Path == "$.packages[1].members");
    }

    [Fact]
    public void As_today_falls_back_to_current_package_tags_and_else_is_null()
    {
        var tagged = new Scenario(
            "tags",
            [
                new Activity("a", "A", Scale.Municipality, currentPackage: "ocmw"),
                new Activity("b", "B", Scale.Municipality, currentPackage: "cm"),
                new Activity("c", "C", Scale.Municipality, currentPackage: "ocmw"),
            ],
            [],
            []);
        var today = Baselines.AsToday(tagged);
        Assert.NotNull(today);
        Assert.Equal(new Plan([new ActivityPackage("ocmw", ["a", "c"]), new ActivityPackage("cm", ["b"])]), today);

        Assert.Null(Baselines.AsToday(Maria.Scenario()));
    }

    [Fact]
    public void Baselines_reject_null()
    {
        Assert.Throws<ArgumentNullException>(() => Baselines.PerFunction(null!));
        Assert.Throws<ArgumentNullException>(() => Baselines.AsToday(null!));
    }
}
