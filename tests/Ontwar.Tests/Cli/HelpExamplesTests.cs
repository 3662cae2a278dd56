using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class HelpExamplesTests
{
    [Theory]
    [InlineData("solve", "ontwar solve samples/maria.json --format html")]
    [InlineData("export", "ontwar export samples/maria.json --format html")]
    [InlineData("import-csv", "ontwar import-csv --activities")]
    [InlineData("generate", "ontwar generate --kind planted")]
    [InlineData("validate", "ontwar validate samples/maria.json")]
    [InlineData("evaluate", "ontwar evaluate samples/maria.json")]
    [InlineData("export-model", "ontwar export-model samples/maria.json")]
    [InlineData("robustness", "ontwar robustness samples/maria.json")]
    [InlineData("check", "ontwar check samples/stederen.json")]
    [InlineData("compare", "ontwar compare samples/maria.json")]
    [InlineData("explain", "ontwar explain samples/maria.json --activity adapt")]
    public void Help_on_a_command_exits_0_with_its_usage_and_examples(string command, string example)
    {
        var r = CliRunner.Run(command, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stderr);
        Assert.Contains("Usage:\n  ontwar " + command, r.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var examples = r.Stdout.IndexOf("Examples:", StringComparison.Ordinal);
        Assert.True(examples > 0, r.Stdout);
        Assert.Contains(example, r.Stdout[examples..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_program_is_called_ontwar_in_the_usage_whatever_the_executable()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:\n  ontwar [command] [options]", r.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("Usage:\n  ontwar x\n  ontwarish", Ontwar.Cli.HelpExamples.ProgramName("Usage:\n  " + System.CommandLine.RootCommand.ExecutableName + " x\n  ontwarish"));
    }

    [Fact]
    public void Root_help_lists_the_new_commands_and_examples()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var command in new[] { "export", "import-csv", "generate", "--quiet" })
        {
            Assert.Contains(command, r.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("Examples:", r.Stdout, StringComparison.Ordinal);
    }
}
