using Ontwar.Generation;
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

    [Theory]
    [InlineData("--activities", "2147483647", "--activities must be at most 50000")]
    [InlineData("--activities", "50001", "--activities must be at most 50000")]
    [InlineData("--members", "100001", "--members must be at most 100000")]
    public void Sizes_whose_file_could_not_be_read_back_are_invalid_input(string option, string value, string message)
    {
        var kind = option == "--members" ? "random" : "planted";

        var r = CliRunner.Run("generate", "--kind", kind, option, value);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Contains(message, Assert.Single(r.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_planted_scenario_solves_to_a_plan()
    {
        var scenario = CliRunner.Run("generate", "--activities", "12", "--seed", "1").Stdout;
        var r = CliRunner.RunWithText(scenario, "solve", "-", "--format", "csv", "--time-limit", "10");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(13, r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Random_options_reach_the_generator_and_default_to_its_own_defaults()
    {
        var defaults = CliRunner.Run("generate", "--kind", "random", "--activities", "20", "--seed", "3");
        var explicitOnes = CliRunner.Run(
            "generate", "--kind", "random", "--activities", "20", "--seed", "3", "--holders-per-capability", "1", "--max-teams-per-member", "1");
        Assert.True(explicitOnes.ExitCode == 0, explicitOnes.Stderr);
        Assert.Equal(defaults.Stdout, explicitOnes.Stdout);

        var r = CliRunner.Run(
            "generate", "--kind", "random", "--activities", "20", "--seed", "3", "--holders-per-capability", "2", "--max-teams-per-member", "3");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var expected = RandomScenarioGenerator.Generate(
            new RandomScenarioOptions { Activities = 20, Seed = 3, HoldersPerCapability = 2, MaxTeamsPerMember = 3 });
        Assert.Equal(ScenarioJson.ToJson(expected) + "\n", r.Stdout);
        Assert.NotEqual(defaults.Stdout, r.Stdout);
    }

    [Theory]
    [InlineData("--holders-per-capability")]
    [InlineData("--max-teams-per-member")]
    public void Random_only_options_with_the_planted_kind_exit_2_naming_the_option(string option)
    {
        var r = CliRunner.Run("generate", "--kind", "planted", option, "2");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"{option} applies to --kind random only", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Theory]
    [InlineData("--holders-per-capability", "0", "--holders-per-capability must be at least 1")]
    [InlineData("--max-teams-per-member", "0", "--max-teams-per-member must be at least 1")]
    public void Bad_random_settings_exit_2_naming_the_option(string option, string value, string message)
    {
        var r = CliRunner.Run("generate", "--kind", "random", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
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
