using Ontwar.Serialization;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class ImportCsvCommandTests
{
    private static string Csv(string file) => Json.SamplePath(Path.Combine("csv", file));

    [Fact]
    public void The_sample_csv_set_becomes_a_valid_scenario_file_that_solves_like_maria()
    {
        var folder = Directory.CreateTempSubdirectory("ontwar-import-");
        try
        {
            var scenario = Path.Combine(folder.FullName, "maria.json");
            var r = CliRunner.Run(
                "import-csv", "--activities", Csv("activities.csv"), "--dependencies", Csv("dependencies.csv"), "--members", Csv("members.csv"),
                "--rules", Csv("rules.csv"), "--name", "Maria", "--team-size", "2..4", "--output", scenario);
            Assert.True(r.ExitCode == 0, r.Stderr);
            Assert.Equal(string.Empty, r.Stdout);
            Assert.Equal(string.Empty, r.Stderr);
            var imported = ScenarioJson.ReadFile(scenario);
            var maria = ScenarioJson.ReadFile(Json.SamplePath("maria.json"));
            // A CSV set has no goals table: the sample's activities without their goals.
            Assert.Equal(maria.Activities.Select(WithoutGoals), imported.Activities);
            Assert.Equal(maria.Members, imported.Members);

            var solve = CliRunner.Run("solve", scenario, "--format", "json", "--ideal");
            Assert.Equal(0, solve.ExitCode);
            Assert.Contains("\"cutWeight\": 5", solve.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void One_file_may_come_from_standard_input()
    {
        var members = File.ReadAllText(Csv("members.csv"));
        var r = CliRunner.RunWithText(members, "import-csv", "--activities", Csv("activities.csv"), "--dependencies", Csv("dependencies.csv"), "--members", "-", "--team-size", "2..4");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("activities", ScenarioJson.FromJson(r.Stdout).Name);
    }

    [Fact]
    public void Invalid_rows_exit_2_with_every_problem_and_nothing_on_stdout()
    {
        var r = CliRunner.RunWithText("id;scale\nm;city\n", "import-csv", "--activities", Csv("activities.csv"), "--dependencies", Csv("dependencies.csv"), "--members", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Contains("<stdin>: row 2, column 'scale': unknown scale 'city'", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("ontwar: import-csv: 1 problem(s); no scenario written.", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--team-size", "8..6")]
    [InlineData("--team-size", "six")]
    public void A_bad_team_size_is_invalid_input(string option, string value)
    {
        var r = CliRunner.Run("import-csv", "--activities", Csv("activities.csv"), "--dependencies", Csv("dependencies.csv"), "--members", Csv("members.csv"), option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--team-size must be MIN..MAX", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var r = CliRunner.Run("import-csv", "--activities", "nope.csv", "--dependencies", Csv("dependencies.csv"), "--members", Csv("members.csv"));
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("ontwar: cannot read 'nope.csv': the file does not exist.", r.Stderr.Trim());
    }

    private static Activity WithoutGoals(Activity a)
        => new(a.Id, a.Name, a.IdealScale, a.Requires, a.Complexity, a.Workload, a.Function, a.CurrentPackage, a.Stability);
}
