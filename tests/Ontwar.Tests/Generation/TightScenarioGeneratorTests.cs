using Ontwar.Generation;
using Ontwar.Tests.Solving.Support;
using Xunit;

namespace Ontwar.Tests.Generation;

public class TightScenarioGeneratorTests
{
    [Theory]
    [InlineData(4, 0)]
    [InlineData(30, 1)]
    [InlineData(97, 2)]
    [InlineData(1000, 3)]
    public void The_planted_plan_is_feasible_and_its_cut_is_the_recomputed_cut(int activities, int seed)
    {
        var tight = TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = activities, Seed = seed });
        var s = tight.Scenario;
        Assert.Equal(activities, s.Activities.Count);
        IndependentPlanCheck.AssertFeasible(s, tight.PlantedPlan);
        Assert.True(global::Ontwar.Evaluation.PlanEvaluator.Evaluate(s, tight.PlantedPlan).IsFeasible);
        Assert.Equal(IndependentPlanCheck.CutWeight(s, tight.PlantedPlan), tight.PlantedCut, 9);
    }

    [Theory]
    [InlineData(30, 1)]
    [InlineData(500, 4)]
    public void Staffing_is_tight_hours_10_to_25_percent_above_workload_one_team_per_member_few_holders(int activities, int seed)
    {
        var tight = TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = activities, Seed = seed });
        var s = tight.Scenario;
        Assert.All(s.Members, m => Assert.Equal(1, m.MaxTeams));
        Assert.All(s.Members, m => Assert.NotNull(m.Hours));
        foreach (var package in tight.PlantedPlan.Packages)
        {
            double workload = package.Activities.Sum(a => s.Activities[s.IndexOfActivity(a)].Workload!.Value);
            double hours = package.Members.Sum(m => s.Members[s.IndexOfMember(m)].Hours!.Value);

            // Each member's hours are rounded up to a tenth: at most 0.1 each above the drawn 10-25 %.
            Assert.InRange(hours, 1.10 * workload, 1.25 * workload + 0.1 * package.Members.Count);
            Assert.InRange(package.Members.Count, 6, 7);
            Assert.InRange(package.Activities.Count, 4, 8);
        }

        var holders = s.Members.SelectMany(m => m.Capabilities).GroupBy(c => c).Select(g => g.Count()).ToList();
        Assert.InRange(holders.Average(), 1, 5);
        Assert.True(s.Members.Count > tight.PlantedPlan.Packages.Sum(p => p.Members.Count), "some spare members");
    }

    [Fact]
    public void Thirty_activities_have_forty_members_by_default()
        => Assert.Equal(40, TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = 30 }).Scenario.Members.Count);

    [Fact]
    public void Is_deterministic_per_seed_and_varies_with_it()
    {
        var first = TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = 120, Seed = 42 });
        var second = TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = 120, Seed = 42 });
        Assert.Equal(first.Scenario, second.Scenario);
        Assert.Equal(first.PlantedPlan, second.PlantedPlan);
        Assert.Equal(first.PlantedCut, second.PlantedCut);
        Assert.NotEqual(first.Scenario, TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = 120, Seed = 43 }).Scenario);
    }

    [Fact]
    public void Invalid_options_are_all_reported()
    {
        var e = Assert.Throws<ArgumentException>(() => TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = 3, Members = 0 }));
        Assert.Contains("Activities must be at least 4", e.Message, StringComparison.Ordinal);
        Assert.Contains("Members must be at least 1", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => TightScenarioGenerator.Generate(null!));
    }
}
