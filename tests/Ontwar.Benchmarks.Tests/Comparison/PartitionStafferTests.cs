using Ontwar.Benchmarks.Comparison;
using Ontwar.Evaluation;
using Ontwar.Generation;
using Ontwar.Modeling;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

public class PartitionStafferTests
{
    private static readonly PlantedScenario Planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 40, Seed = 3 });

    private static int[] PlantedPartition()
    {
        var labels = new int[Planted.Scenario.Activities.Count];
        for (int p = 0; p < Planted.PlantedPlan.Packages.Count; p++)
        {
            foreach (var id in Planted.PlantedPlan.Packages[p].Activities)
            {
                labels[Planted.Scenario.IndexOfActivity(id)] = p;
            }
        }

        return labels;
    }

    [Fact]
    public void The_planted_partition_is_fully_staffed_and_passes_the_checker()
    {
        var labels = PlantedPartition();
        var staffed = PartitionStaffer.Staff(PackagingModel.Build(Planted.Scenario), labels);
        Assert.Equal(Planted.PlantedPlan.Packages.Count, staffed.Parts);
        Assert.Equal(staffed.Parts, staffed.Staffed);
        var evaluation = PlanEvaluator.Evaluate(Planted.Scenario, staffed.Plan);
        Assert.True(evaluation.IsFeasible, string.Join("; ", evaluation.Violations));
        Assert.Equal(Planted.PlantedCut, evaluation.Metrics.CutWeight, 9);
    }

    [Fact]
    public void Two_planted_packages_in_one_part_cannot_be_staffed_and_the_checker_says_why()
    {
        // Merging packages 0 and 1 needs at least ten capability holders, more than a team of eight.
        var labels = PlantedPartition().Select(p => p == 1 ? 0 : p).ToArray();
        var staffed = PartitionStaffer.Staff(PackagingModel.Build(Planted.Scenario), labels);
        Assert.Equal(Planted.PlantedPlan.Packages.Count - 1, staffed.Parts);
        Assert.Equal(staffed.Parts - 1, staffed.Staffed);
        var evaluation = PlanEvaluator.Evaluate(Planted.Scenario, staffed.Plan);
        Assert.False(evaluation.IsFeasible);
        Assert.Contains(evaluation.Violations, v => v.Code == ViolationCodes.MissingCapability);
        Assert.All(staffed.Plan.Packages, p => Assert.InRange(p.Members.Count, 1, 8));
    }
}
