using System.Text;
using System.Text.Json;
using Ontwar.Serialization;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class RobustnessCommandTests
{
    private static readonly string Maria = Json.SamplePath("maria.json");

    private const string NobodyNurses = """
        {
          "name": "nobody nurses",
          "teamSize": { "min": 1, "max": 2 },
          "activities": [ { "id": "a", "name": "A", "requires": ["nursing"], "idealScale": "municipality" } ],
          "dependencies": [],
          "members": [ { "id": "v", "capabilities": ["visiting"], "scale": "municipality" } ]
        }
        """;

    [Fact]
    public void Text_report_shows_the_noise_the_package_stability_and_the_dsm_order()
    {
        var r = CliRunner.Run("robustness", Maria, "--samples", "4", "--noise", "0.6", "--ideal", "--seed", "2");

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(string.Empty, r.Stderr);
        Assert.Contains("log-normal factor on every weight, σ 0.6 (μ -0.18, mean 1), seed 2", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("4 solved of 4", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Package stability", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("95% CI", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("DSM order", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("rules ignored (--ideal)", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_is_a_plan_document_with_robustness_and_dsm_order_sections_and_still_a_plan_file()
    {
        var r = CliRunner.Run("robustness", Maria, "--samples", "3", "--noise", "0", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);

        using var json = JsonDocument.Parse(r.Stdout);
        var root = json.RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        var robustness = root.GetProperty("robustness");
        Assert.Equal("log-normal", robustness.GetProperty("distribution").GetProperty("kind").GetString());
        Assert.Equal(0, robustness.GetProperty("distribution").GetProperty("sigma").GetDouble());
        Assert.Equal(3, robustness.GetProperty("samples").GetProperty("solved").GetInt32());
        Assert.Equal(3, robustness.GetProperty("samples").GetProperty("matchingReference").GetInt32());
        Assert.All(robustness.GetProperty("packages").EnumerateArray(), p => Assert.Equal(1, p.GetProperty("stability").GetProperty("mean").GetDouble()));
        Assert.All(robustness.GetProperty("pairs").EnumerateArray(), p => Assert.True(p.GetProperty("frequency").GetDouble() is 0 or 1));
        Assert.Equal(5, robustness.GetProperty("matrix").GetProperty("frequencies").GetArrayLength());
        var order = root.GetProperty("dsmOrder");
        Assert.Equal("spectral", order.GetProperty("method").GetString());
        Assert.Equal(5, order.GetProperty("activities").GetArrayLength());

        // The output is still a plan file: evaluate can read it back.
        var plan = PlanJson.ReadPlan(Encoding.UTF8.GetBytes(r.Stdout));
        Assert.Equal(root.GetProperty("packages").GetArrayLength(), plan.Packages.Count);
    }

    [Fact]
    public void The_same_seed_gives_the_same_json_apart_from_timings()
    {
        static string Run() => Strip(CliRunner.Run("robustness", Maria, "--samples", "3", "--noise", "0.5", "--seed", "4", "--format", "json", "--ideal").Stdout);
        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Output_goes_to_a_file_when_asked()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ontwar-robustness-{Guid.NewGuid():N}.json");
        try
        {
            var r = CliRunner.Run("robustness", Maria, "--samples", "2", "--format", "json", "--output", path);
            Assert.True(r.ExitCode == 0, r.Stderr);
            Assert.Equal(string.Empty, r.Stdout);
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            Assert.True(json.RootElement.TryGetProperty("robustness", out _));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--samples", "0", "--samples must be between 1")]
    [InlineData("--noise", "-1", "--noise must be between 0")]
    [InlineData("--time-limit", "0", "--time-limit must be")]
    [InlineData("--parallel", "0", "--parallel must be at least 1")]
    public void Bad_option_values_are_invalid_input(string option, string value, string message)
    {
        var r = CliRunner.Run("robustness", Maria, option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once_and_cbc_is_not_an_engine_here()
    {
        var r = CliRunner.Run("robustness", Maria, "--samples", "0", "--noise", "9");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--samples", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("--noise", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("robustness", Maria, "--engine", "cbc").ExitCode);
    }

    [Fact]
    public void An_infeasible_scenario_exits_3_with_the_reason_and_no_report()
    {
        var r = CliRunner.RunWithText(NobodyNurses, "robustness", "-", "--samples", "2");
        Assert.Equal(3, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Contains("infeasible", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("nursing", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_invalid_input_and_help_shows_an_example()
    {
        Assert.Equal(2, CliRunner.Run("robustness", "no-such-file.json").ExitCode);
        var help = CliRunner.Run("robustness", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("ontwar robustness samples/maria.json --samples 100", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--noise", help.Stdout, StringComparison.Ordinal);
    }

    private static string Strip(string json)
        => string.Join('\n', json.Split('\n').Where(l => !l.Contains("\"elapsedMs\"", StringComparison.Ordinal)));
}
