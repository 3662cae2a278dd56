using System.Text.Json;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class EvaluateCommandTests
{
    private static readonly string Maria = Json.SamplePath("maria.json");

    [Fact]
    public void Todays_organisation_is_evaluated_by_default_and_its_violations_exit_3()
    {
        var r = CliRunner.Run("evaluate", Maria, "--format", "json");
        Assert.Equal(3, r.ExitCode);
        Assert.Equal(string.Empty, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal("current", root.GetProperty("plan").GetString());
        Assert.False(root.GetProperty("feasible").GetBoolean());
        Assert.Equal(23, root.GetProperty("metrics").GetProperty("cutWeight").GetDouble());
        Assert.Equal(5, root.GetProperty("metrics").GetProperty("packageCount").GetInt32());
        var codes = root.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).ToList();
        Assert.Equal(4, codes.Count(c => c == "team-too-small"));
        Assert.Contains("missing-capability", codes);

        // Today physiotherapy and home adaptations are two islands that should perform together (000:931).
        var link = root.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("reexamineSplit").GetBoolean());
        Assert.Equal(["today-physio", "today-adaptation"], link.GetProperty("packages").EnumerateArray().Select(e => e.GetString()));
        var adaptation = root.GetProperty("packages")[3];
        Assert.Equal(["adaptation-advice"], adaptation.GetProperty("missingCapabilities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("decentralised", adaptation.GetProperty("coordination").GetString());
        Assert.Equal(["Klusjesdienst OCMW"], adaptation.GetProperty("partners").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Text_evaluation_names_the_verdict_the_packages_and_every_violation()
    {
        var r = CliRunner.Run("evaluate", Maria);
        Assert.Equal(3, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Equal("Maria: heupbreuk, thuis blijven wonen", lines[0]);
        Assert.Contains("plan        today's organisation (current)", lines);
        Assert.Contains("verdict     infeasible: 6 violated hard constraint(s)", lines);
        Assert.Contains("cut weight  23 of 23 (internal 0); modularity -0.22", lines);
        Assert.Contains("Violations", lines);
        Assert.Equal(6, lines.Count(l => l.StartsWith("  $.packages[", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.EndsWith("[missing-capability]", StringComparison.Ordinal));
    }

    [Fact]
    public void The_per_function_baseline_groups_by_function_and_cuts_more_than_the_optimum()
    {
        var r = CliRunner.Run("evaluate", Maria, "--baseline", "per-function", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal("per-function", root.GetProperty("plan").GetString());
        Assert.False(root.GetProperty("hasTeams").GetBoolean());
        Assert.Equal(["function:welfare", "function:care", "function:housing"], root.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("no-teams", Assert.Single(root.GetProperty("violations").EnumerateArray().ToList()).GetProperty("code").GetString());

        var solved = JsonDocument.Parse(CliRunner.Run("solve", Maria, "--format", "json").Stdout).RootElement;
        Assert.True(root.GetProperty("metrics").GetProperty("cutWeight").GetDouble() > solved.GetProperty("metrics").GetProperty("cutWeight").GetDouble());
    }

    [Fact]
    public void A_solved_plan_evaluates_feasible_with_the_same_cut_and_the_ideal_plan_breaks_a_rule()
    {
        var folder = Directory.CreateTempSubdirectory("ontwar-evaluate-");
        try
        {
            var realistic = Path.Combine(folder.FullName, "realistic.json");
            var ideal = Path.Combine(folder.FullName, "ideal.json");
            Assert.Equal(0, CliRunner.Run("solve", Maria, "--format", "json", "--output", realistic).ExitCode);
            Assert.Equal(0, CliRunner.Run("solve", Maria, "--format", "json", "--output", ideal, "--ideal").ExitCode);

            var r = CliRunner.Run("evaluate", Maria, "--plan", realistic, "--format", "json");
            Assert.Equal(0, r.ExitCode);
            var root = JsonDocument.Parse(r.Stdout).RootElement;
            Assert.True(root.GetProperty("feasible").GetBoolean());
            Assert.Empty(root.GetProperty("violations").EnumerateArray());
            var solved = JsonDocument.Parse(File.ReadAllText(realistic)).RootElement;
            Assert.Equal(solved.GetProperty("metrics").GetProperty("cutWeight").GetDouble(), root.GetProperty("metrics").GetProperty("cutWeight").GetDouble(), 9);

            // The ideal plan puts home adaptations at the municipality, against the fixed-scale rule.
            var broken = CliRunner.Run("evaluate", Maria, "--plan", ideal, "--format", "json");
            Assert.Equal(3, broken.ExitCode);
            Assert.Contains(
                JsonDocument.Parse(broken.Stdout).RootElement.GetProperty("violations").EnumerateArray(),
                v => v.GetProperty("code").GetString() == "rule-fixed-scale");
            Assert.Equal(0, CliRunner.Run("evaluate", Maria, "--plan", ideal, "--ideal").ExitCode);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_plan_that_does_not_fit_the_scenario_is_reported_without_interpretation()
    {
        const string plan = """{ "packages": [ { "id": "p", "activities": ["physio", "ghost"], "members": ["kine"] } ] }""";
        var r = CliRunner.RunWithText(plan, "evaluate", Maria, "--plan", "-", "--format", "json");
        Assert.Equal(3, r.ExitCode);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        var codes = root.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).ToList();
        Assert.Contains("unknown-activity", codes);
        Assert.Contains("activity-not-planned", codes);
        Assert.Empty(root.GetProperty("links").EnumerateArray());
        Assert.False(root.GetProperty("packages")[0].TryGetProperty("coordination", out _));
    }

    [Fact]
    public void Invalid_input_and_conflicting_options_exit_2()
    {
        var both = CliRunner.Run("evaluate", Maria, "--plan", "x.json", "--baseline", "current");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("exclude each other", both.Stderr, StringComparison.Ordinal);

        Assert.Equal(2, CliRunner.RunWithText("{}", "evaluate", "-", "--plan", "-").ExitCode);
        Assert.Equal(2, CliRunner.Run("evaluate", Maria, "--baseline", "yesterday").ExitCode);
        Assert.Equal(2, CliRunner.Run("evaluate", Maria, "--plan", "no-such-plan.json").ExitCode);

        var badPlan = CliRunner.RunWithText("""{ "packages": [ { "id": 3 } ] }""", "evaluate", Maria, "--plan", "-");
        Assert.Equal(2, badPlan.ExitCode);
        Assert.Equal(string.Empty, badPlan.Stdout);

        var noToday = CliRunner.RunWithText(Json.Minimal(), "evaluate", "-");
        Assert.Equal(2, noToday.ExitCode);
        Assert.Contains("nothing about today's organisation", noToday.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, noToday.Stdout);
    }
}
