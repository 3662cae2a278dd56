using Ontwar.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class GenerateCommandTests
{
    [Theory]
    [InlineData("planted", 40)]
    [InlineData("random", 25)]
    public void Writes_a_valid_scenario_of_the_size_asked_the_same_for_the_same_seed(string kind, int activities)
    {
        var n = activities.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = CliRunner.Run("generate", "--kind", kind, "--activities", n, "--seed", "4");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal(string.Empty, first.Stderr);
        var scenario = ScenarioJson.FromJson(first.Stdout);
        Assert.Equal(activities, scenario.Activities.Count);
        Assert.Equal(first.Stdout, CliRunner.Run("generate", "--kind", kind, "--activities", n, "--seed", "4").Stdout);
        Assert.NotEqual(first.Stdout, CliRunner.Run("generate", "--kind", kind, "--activities", n, "--seed", "5").Stdout);
    }

    [Fact]
    public void A_generated_planted_scenario_solves_to_a_plan()
    {
        var scenario = CliRunner.Run("generate", "--activities", "12", "--seed", "1").Stdout;
        var r = CliRunner.RunWithText(scenario, "solve", "-", "--format", "csv", "--time-limit", "10");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(13, r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("--activities", "2", "--activities must be at least 3")]
    [InlineData("--members", "9", "--members must be between 5 and 8")]
    public void Bad_settings_exit_2_naming_the_option(string option, string value, string message)
    {
        var r = CliRunner.Run("generate", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }
}
