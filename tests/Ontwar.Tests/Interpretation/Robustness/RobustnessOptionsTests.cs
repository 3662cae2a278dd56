using Ontwar.Interpretation.Robustness;
using Ontwar.Solving;
using Xunit;

namespace Ontwar.Tests.Interpretation.Robustness;

public sealed class RobustnessOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_documented_values()
    {
        var o = RobustnessOptions.Default;
        Assert.Empty(o.Problems());
        o.Validate();
        Assert.Equal(50, o.Samples);
        Assert.Equal(0.25, o.Noise);
        Assert.Equal(0, o.Seed);
        Assert.Equal(TimeSpan.FromSeconds(5), o.Solver.TimeLimit);
        Assert.Equal(1, o.MaxDegreeOfParallelism);
        Assert.Equal(0.95, o.ConfidenceLevel);
        Assert.Equal(0.8, o.UnstableThreshold);
        Assert.False(o.IgnoreRules);
    }

    [Fact]
    public void Every_problem_is_reported_together_naming_the_option()
    {
        var o = new RobustnessOptions
        {
            Samples = 0,
            Noise = double.NaN,
            MaxDegreeOfParallelism = 0,
            ConfidenceLevel = 1,
            UnstableThreshold = -0.1,
            Solver = new SolverOptions { Threads = 0 },
        };

        var problems = o.Problems();
        Assert.Equal(6, problems.Count);
        string[] names = ["Samples", "Noise", "MaxDegreeOfParallelism", "ConfidenceLevel", "UnstableThreshold", "Solver.Threads"];
        foreach (var name in names)
        {
            Assert.Contains(problems, p => p.StartsWith(name, StringComparison.Ordinal));
        }

        var e = Assert.Throws<ArgumentException>(o.Validate);
        Assert.All(names, n => Assert.Contains(n, e.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(RobustnessOptions.MaxSamples, RobustnessOptions.MaxNoise, true)]
    [InlineData(RobustnessOptions.MaxSamples + 1, 0, false)]
    [InlineData(10, RobustnessOptions.MaxNoise + 0.01, false)]
    [InlineData(10, -0.01, false)]
    public void Samples_and_noise_have_inclusive_bounds(int samples, double noise, bool valid)
        => Assert.Equal(valid, new RobustnessOptions { Samples = samples, Noise = noise }.Problems().Count == 0);

    [Fact]
    public void A_missing_solver_is_a_problem_not_a_crash()
        => Assert.Contains("Solver must be set.", new RobustnessOptions { Solver = null! }.Problems());
}
