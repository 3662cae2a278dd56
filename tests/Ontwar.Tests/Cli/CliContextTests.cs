using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

/// <summary>The commands that read a scenario and a plan (<c>explain</c>, <c>evaluate</c>, <c>export</c>) do it one way, through <c>CliContext.ReadScenarioAndPlan</c>.</summary>
public sealed class CliContextTests
{
    private static readonly string Maria = Json.SamplePath("maria.json");

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "explain", "--package", "p1" },
        new[] { "evaluate" },
        new[] { "export", "--format", "csv" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Scenario_and_plan_cannot_both_come_from_standard_input(string[] command)
    {
        var r = CliRunner.RunWithText("{}", [command[0], "-", "--plan", "-", .. command[1..]]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("the scenario and the plan cannot both come from standard input.", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_invalid_plan_has_its_diagnostics_reported_and_exits_2(string[] command)
    {
        var r = CliRunner.RunWithText("{\"packages\": 3}", [command[0], Maria, "--plan", "-", .. command[1..]]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("$.packages: Expected a list of packages", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void Explain_rejects_an_unknown_activity_before_reading_the_plan()
    {
        var r = CliRunner.RunWithText("{\"packages\": 3}", "explain", Maria, "--plan", "-", "--activity", "nope");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no activity 'nope'", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("$.packages", r.Stderr, StringComparison.Ordinal);
    }
}
