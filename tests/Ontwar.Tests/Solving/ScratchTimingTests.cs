using System.Diagnostics;
using Ontwar.Generation;
using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Solving.Heuristic;
using Xunit;
using Xunit.Abstractions;

namespace Ontwar.Tests.Solving;

public class ScratchTimingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1000)]
    [InlineData(10000)]
    [InlineData(100000)]
    public void Large(int n)
    {
        var sw = Stopwatch.StartNew();
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = n, Seed = 1 });
        var gen = sw.Elapsed; sw.Restart();
        var model = PackagingModel.Build(planted.Scenario);
        var build = sw.Elapsed;
        var h = new HeuristicEngine().Solve(model, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(120) });
        output.WriteLine($"n={n} gen {gen.TotalMilliseconds:F0} ms build {build.TotalMilliseconds:F0} ms heuristic {h.Status} {h.Objective} planted {planted.PlantedCut} in {h.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(h.HasPlan);
    }
}
