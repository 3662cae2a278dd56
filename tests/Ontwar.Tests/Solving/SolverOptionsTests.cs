using Ontwar.Solving;
using Xunit;

namespace Ontwar.Tests.Solving;

public class SolverOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_documented()
    {
        var d = SolverOptions.Default;
        Assert.Empty(d.Problems());
        d.Validate();
        Assert.Equal(TimeSpan.FromSeconds(30), d.TimeLimit);
        Assert.Equal(0, d.Seed);
        Assert.Equal(1, d.Threads);
        Assert.Equal(EngineKind.Auto, d.Engine);
        Assert.Equal(0, d.RelativeGap);
        Assert.Null(d.Progress);
    }

    [Fact]
    public void No_time_limit_and_extreme_valid_values_are_accepted()
    {
        var options = new SolverOptions { TimeLimit = null, Threads = 64, RelativeGap = 1, Seed = -5, Engine = EngineKind.Heuristic };
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Validation_reports_every_problem_in_one_message()
    {
        var options = new SolverOptions
        {
            TimeLimit = TimeSpan.FromSeconds(-1),
            Threads = 0,
            RelativeGap = 2,
            Engine = (EngineKind)42,
        };

        Assert.Equal(4, options.Problems().Count);
        var e = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Contains("TimeLimit", e.Message, StringComparison.Ordinal);
        Assert.Contains("Threads", e.Message, StringComparison.Ordinal);
        Assert.Contains("RelativeGap", e.Message, StringComparison.Ordinal);
        Assert.Contains("Engine", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.001)]
    public void A_time_limit_must_be_positive(double seconds)
    {
        var problems = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(seconds) }.Problems();
        Assert.Single(problems);
        Assert.Contains("TimeLimit", problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void The_relative_gap_must_be_between_zero_and_one(double gap)
    {
        var problems = new SolverOptions { RelativeGap = gap }.Problems();
        Assert.Single(problems);
        Assert.Contains("RelativeGap", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_solver_validates_before_solving()
    {
        var s = new Scenario("one", [new Activity("a", "A", Scale.Municipality)], [], [new Member("m", Scale.Municipality)],
            teamSize: new TeamSizeLimits(1, 1));
        var e = Assert.Throws<ArgumentException>(() => PackagingSolver.Solve(s, new SolverOptions { Threads = -1, RelativeGap = -1 }));
        Assert.Contains("Threads", e.Message, StringComparison.Ordinal);
        Assert.Contains("RelativeGap", e.Message, StringComparison.Ordinal);
    }
}
