using Ontwar.Samples;
using Ontwar.Serialization;
using Ontwar.Solving;
using Xunit;

namespace Ontwar.Tests.Samples;

public class SampleScenariosTests
{
    public static TheoryData<string> Names => new(SampleScenarios.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_bundled_scenario_is_the_repositorys_sample(string name)
    {
        var file = ScenarioJson.ReadFile(Ontwar.Tests.Serialization.Json.SamplePath(name + ".json"));
        Assert.Equal(file, SampleScenarios.Get(name));
        Assert.Same(SampleScenarios.Get(name), SampleScenarios.Get(name));
    }

    [Fact]
    public void The_properties_name_the_samples_and_every_sample_file_is_bundled()
    {
        Assert.Equal("Maria: heupbreuk, thuis blijven wonen", SampleScenarios.Maria.Name);
        Assert.Same(SampleScenarios.Get("jonas"), SampleScenarios.Jonas);
        Assert.Same(SampleScenarios.Get("eenzaamheid"), SampleScenarios.Eenzaamheid);
        Assert.Same(SampleScenarios.Get("stederen"), SampleScenarios.Stederen);
        Assert.Same(SampleScenarios.Get("tienen"), SampleScenarios.Tienen);
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);
        Assert.Equal(files, SampleScenarios.Names);
    }

    [Fact]
    public void Maria_solves_to_optimal_from_the_bundled_copy()
        => Assert.Equal(SolveStatus.Optimal, PackagingSolver.Solve(SampleScenarios.Maria, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60) }).Status);

    [Fact]
    public void An_unknown_name_is_refused_with_the_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => SampleScenarios.Get("nobody"));
        Assert.Contains("maria", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SampleScenarios.Get(null!));
    }
}
