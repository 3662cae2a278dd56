using Ontwar.Benchmarks.Comparison;
using Ontwar.Evaluation;
using Ontwar.Solving;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

public class RandomScenarioGeneratorTests
{
    [Fact]
    public void Same_seed_same_scenario_other_seed_other_scenario()
    {
        var a = RandomScenarioGenerator.Generate(50, 7);
        var b = RandomScenarioGenerator.Generate(50, 7);
        var c = RandomScenarioGenerator.Generate(50, 8);
        Assert.Equal(a.Dependencies.Select(d => (d.From, d.To)), b.Dependencies.Select(d => (d.From, d.To)));
        Assert.NotEqual(a.Dependencies.Select(d => (d.From, d.To)), c.Dependencies.Select(d => (d.From, d.To)));
    }

    [Fact]
    public void Has_the_promised_shape()
    {
        var s = RandomScenarioGenerator.Generate(100, 1);
        Assert.Equal(100, s.Activities.Count);
        Assert.Equal(300, s.Members.Count);
        Assert.All(s.Activities, a => Assert.InRange(a.Requires.Count, 1, 2));
        var holders = s.Members.SelectMany(m => m.Capabilities).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(s.Activities.SelectMany(a => a.Requires), c => Assert.True(holders[c] >= 3, c));
    }

    [Fact]
    public void The_heuristic_finds_a_plan_the_checker_accepts()
    {
        var s = RandomScenarioGenerator.Generate(60, 1);
        var result = PackagingSolver.Solve(s, new SolverOptions { Engine = EngineKind.Heuristic, TimeLimit = TimeSpan.FromSeconds(20), Seed = 1 });
        Assert.True(result.HasPlan, result.Status + ": " + string.Join("; ", result.Diagnostics));
        Assert.True(PlanEvaluator.Evaluate(s, result.Plan).IsFeasible);
    }

    [Fact]
    public void Fewer_than_two_activities_is_an_error()
        => Assert.Throws<ArgumentOutOfRangeException>(() => RandomScenarioGenerator.Generate(1, 1));
}
