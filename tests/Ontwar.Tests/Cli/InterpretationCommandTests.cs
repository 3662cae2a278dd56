using System.Text.Json;
using Ontwar.Interpretation;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

/// <summary><c>ontwar check</c>, <c>compare</c> and <c>explain</c>: output, JSON blocks and exit codes.</summary>
public sealed class InterpretationCommandTests
{
    private static readonly string Maria = Json.SamplePath("maria.json");

    [Fact]
    public void Check_prints_the_plan_document_with_a_check_block_and_exits_0()
    {
        var r = CliRunner.Run("check", Maria, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        var check = root.GetProperty("check");
        Assert.Equal(["current", "perFunction", "optimised"], check.GetProperty("reports").EnumerateArray().Select(x => x.GetProperty("name").GetString()));
        var today = check.GetProperty("reports")[0];
        Assert.Equal(4, today.GetProperty("counts").GetProperty(CheckCodes.TeamSizeOutsideLimits).GetInt32());
        var improvement = check.GetProperty("improvements")[0];
        Assert.Equal("current", improvement.GetProperty("baseline").GetString());
        Assert.Equal(12, improvement.GetProperty("cutReduction").GetDouble());
        Assert.Equal(1, improvement.GetProperty("findings").GetProperty(CheckCodes.MissingPartner).GetProperty("before").GetInt32());
    }

    [Fact]
    public void Check_in_text_lists_the_findings_per_organisation()
    {
        var r = CliRunner.Run("check", Maria);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Samenwerk-check", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("[missingPartner] Package today-adaptation needs capability 'adaptation-advice'", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("n/a (no teams)", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_gives_each_rule_its_marginal_cost_in_json_and_text()
    {
        var r = CliRunner.Run("compare", Maria, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var comparison = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("comparison");
        Assert.Equal(6, comparison.GetProperty("costDifference").GetDouble());
        Assert.True(comparison.GetProperty("proven").GetBoolean());
        var costs = comparison.GetProperty("ruleCosts").EnumerateArray().ToList();
        Assert.Equal(["fixedScale", "memberRequired"], costs.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(6, costs[0].GetProperty("marginalCost").GetDouble());
        Assert.Equal(2, comparison.GetProperty("ideal").GetProperty("packages").GetArrayLength());
        Assert.Contains(comparison.GetProperty("newlyCutDependencies").EnumerateArray(), d => d.GetProperty("from").GetString() == "physio" && d.GetProperty("cohesion").GetDouble() == 8);

        var text = CliRunner.Run("compare", Maria).Stdout;
        Assert.Contains("Cost of the rules together: 6 (proven)", text, StringComparison.Ordinal);
        Assert.Contains("newly cut: physio - adapt (cohesion 8)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_an_activity_shows_its_ties_and_what_stops_each_move()
    {
        var r = CliRunner.Run("explain", Maria, "--activity", "adapt", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var e = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("explanation");
        Assert.Equal("adapt", e.GetProperty("activity").GetString());
        Assert.Equal("physio", e.GetProperty("outside")[0].GetProperty("activity").GetString());
        var move = Assert.Single(e.GetProperty("moves").EnumerateArray());
        Assert.False(move.GetProperty("feasible").GetBoolean());
        Assert.Contains(move.GetProperty("obstacles").EnumerateArray(), o => o.GetProperty("code").GetString() == ObstacleCodes.Scale);

        var text = CliRunner.Run("explain", Maria, "--activity", "adapt").Stdout;
        Assert.Contains("Ties outside its package", text, StringComparison.Ordinal);
        Assert.Contains("[scale]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_a_package_of_a_given_plan()
    {
        var plan = Path.Combine(Path.GetTempPath(), $"ontwar-explain-{Guid.NewGuid():N}.json");
        File.WriteAllText(plan, """
            { "packages": [
              { "id": "home", "activities": ["household", "hygiene", "physio", "company"], "members": ["kine", "nurse", "daughter"] },
              { "id": "adaptations", "activities": ["adapt"], "members": ["socialworker", "handyman"] } ] }
            """);
        try
        {
            var r = CliRunner.Run("explain", Maria, "--package", "adaptations", "--plan", plan);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("closest neighbour: home (cohesion 11 between them)", r.Stdout, StringComparison.Ordinal);
            Assert.Contains("what stops the merge", r.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(plan);
        }
    }

    [Theory]
    [InlineData("explain", "--activity", "nope")]
    [InlineData("explain", "--package", "nope")]
    [InlineData("explain")]
    [InlineData("explain", "--activity", "adapt", "--package", "P1")]
    [InlineData("compare", "--engine", "cbc")]
    [InlineData("check", "--time-limit", "0")]
    public void Bad_requests_are_invalid_input(params string[] args)
    {
        var r = CliRunner.Run([args[0], Maria, .. args[1..]]);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.StartsWith("ontwar: ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_activity_is_named_with_the_ones_that_exist()
    {
        var r = CliRunner.Run("explain", Maria, "--activity", "nope");
        Assert.Contains("no activity 'nope'", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("physio", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("compare")]
    [InlineData("explain")]
    public void Help_describes_the_command_with_an_example(string command)
    {
        var r = CliRunner.Run(command, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Example: ontwar " + command, r.Stdout, StringComparison.Ordinal);
    }
}
