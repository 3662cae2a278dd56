using Ontwar.Generation;
using Ontwar.Tests.Solving.Support;
using Xunit;

namespace Ontwar.Tests.Generation;

public class PlantedScenarioGeneratorTests
{
    [Theory]
    [InlineData(3, 0)]
    [InlineData(30, 1)]
    [InlineData(97, 2)]
    [InlineData(1000, 3)]
    public void The_planted_plan_is_feasible_and_its_cut_is_the_recomputed_cut(int activities, int seed)
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = activities, Seed = seed });
        var s = planted.Scenario;
        Assert.Equal(activities, s.Activities.Count);
        IndependentPlanCheck.AssertFeasible(s, planted.PlantedPlan);
        Assert.Equal(IndependentPlanCheck.CutWeight(s, planted.PlantedPlan), planted.PlantedCut, 9);
        Assert.All(planted.PlantedPlan.Packages, p => Assert.InRange(p.Activities.Count, 3, 8));
        Assert.All(planted.PlantedPlan.Packages, p => Assert.NotNull(p.Scale));
        Assert.All(s.Activities, a => Assert.NotNull(a.Workload));
        Assert.All(s.Members, m => Assert.NotNull(m.Hours));
    }

    [Fact]
    public void Is_deterministic_per_seed_and_varies_with_it()
    {
        var options = new PlantedScenarioOptions { Activities = 120, Seed = 42 };
        var first = PlantedScenarioGenerator.Generate(options);
        var second = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 120, Seed = 42 });
        Assert.Equal(first.Scenario, second.Scenario);
        Assert.Equal(first.PlantedPlan, second.PlantedPlan);
        Assert.Equal(first.PlantedCut, second.PlantedCut);

        var other = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 120, Seed = 43 });
        Assert.NotEqual(first.Scenario, other.Scenario);
    }

    [Theory]
    [InlineData(24, 3)]
    [InlineData(24, 8)]
    [InlineData(40, 6)]
    public void A_given_number_of_packages_is_planted(int activities, int packages)
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = activities, Packages = packages, Seed = 5 });
        Assert.Equal(packages, planted.PlantedPlan.Packages.Count);
        Assert.Equal(activities, planted.PlantedPlan.Packages.Sum(p => p.Activities.Count));
        IndependentPlanCheck.AssertFeasible(planted.Scenario, planted.PlantedPlan);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public void Members_per_package_sets_the_teams_and_stays_feasible(int members)
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 50, MembersPerPackage = members, Seed = 8 });
        Assert.All(planted.PlantedPlan.Packages, p => Assert.Equal(members, p.Members.Count));
        Assert.Equal(members * planted.PlantedPlan.Packages.Count, planted.Scenario.Members.Count);
        IndependentPlanCheck.AssertFeasible(planted.Scenario, planted.PlantedPlan);
    }

    [Fact]
    public void Without_hours_there_is_no_workload_and_without_cross_links_no_cut()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 40, WithHours = false, CrossLinksPerActivity = 0, Seed = 2 });
        Assert.All(planted.Scenario.Activities, a => Assert.Null(a.Workload));
        Assert.All(planted.Scenario.Members, m => Assert.Null(m.Hours));
        Assert.Equal(0, planted.PlantedCut);
        Assert.Equal(0, IndependentPlanCheck.CutWeight(planted.Scenario, planted.PlantedPlan));
        IndependentPlanCheck.AssertFeasible(planted.Scenario, planted.PlantedPlan);
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var options = new PlantedScenarioOptions { Activities = 2, Packages = 5, MembersPerPackage = 9, CrossLinksPerActivity = double.NaN };
        Assert.Equal(4, options.Problems().Count);
        var e = Assert.Throws<ArgumentException>(() => PlantedScenarioGenerator.Generate(options));
        Assert.Contains("Activities", e.Message, StringComparison.Ordinal);
        Assert.Contains("Packages", e.Message, StringComparison.Ordinal);
        Assert.Contains("MembersPerPackage", e.Message, StringComparison.Ordinal);
        Assert.Contains("CrossLinksPerActivity", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => PlantedScenarioGenerator.Generate(null!));
    }

    [Theory]
    [InlineData(30, 3)]
    [InlineData(30, 11)]
    [InlineData(10, 0)]
    public void Packages_must_allow_three_to_eight_activities_each(int activities, int packages)
    {
        var problems = new PlantedScenarioOptions { Activities = activities, Packages = packages }.Problems();
        Assert.Single(problems);
        Assert.Contains("Packages", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Default_options_are_valid()
    {
        var options = new PlantedScenarioOptions();
        Assert.Empty(options.Problems());
        Assert.Equal(30, options.Activities);
        Assert.Equal(8, options.MembersPerPackage);
    }
}
