using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class ExportCommandTests
{
    private static readonly string Maria = Json.SamplePath("maria.json");

    [Fact]
    public void Without_a_plan_it_renders_todays_organisation_with_the_scenario_comparison_and_the_check()
    {
        var r = CliRunner.Run("export", Maria, "--time-limit", "20");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(string.Empty, r.Stderr);
        Assert.Contains("today-homecare", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("given plan (not solved)", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Cohesion between packages: ideal 5, realistic 11, so the rules together cost +6 (proven)", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("The plan shown above is a given plan", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_solved_plan_renders_in_every_export_format()
    {
        var folder = Directory.CreateTempSubdirectory("ontwar-export-");
        try
        {
            var plan = Path.Combine(folder.FullName, "plan.json");
            Assert.Equal(0, CliRunner.Run("solve", Maria, "--format", "json", "--output", plan).ExitCode);
            foreach (var format in new[] { "csv", "dot", "mermaid", "html" })
            {
                var r = CliRunner.Run("export", Maria, "--plan", plan, "--format", format, "--no-compare");
                Assert.True(r.ExitCode == 0, format + ": " + r.Stderr);
                Assert.Contains("Kinesitherapie", r.Stdout, StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_plan_that_does_not_fit_the_scenario_is_invalid_input()
    {
        var plan = """{ "packages": [ { "id": "P1", "activities": ["household", "ghost"] } ] }""";
        var r = CliRunner.RunWithText(plan, "export", Maria, "--plan", "-", "--format", "csv");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("ghost", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("the plan does not fit the scenario", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void Text_and_json_are_not_export_formats()
        => Assert.Equal(2, CliRunner.Run("export", Maria, "--format", "json").ExitCode);
}
