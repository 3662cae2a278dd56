using System.Text;
using System.Text.Json;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Tests.Interpretation;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class SolveCommandTests
{
    private static readonly string Maria = Json.SamplePath("maria.json");

    /// <summary>Feasible only if two apart packages could each have the one nurse: the engines must search to see it fails.</summary>
    private const string OneNurseTwoPackages = """
        {
          "name": "one nurse, two apart packages",
          "teamSize": { "min": 1, "max": 2 },
          "activities": [
            { "id": "a", "name": "A", "requires": ["nursing"], "idealScale": "municipality" },
            { "id": "b", "name": "B", "requires": ["nursing"], "idealScale": "municipality" },
            { "id": "c", "name": "C", "requires": ["visiting"], "idealScale": "municipality" },
            { "id": "d", "name": "D", "requires": ["visiting"], "idealScale": "municipality" }
          ],
          "dependencies": [ { "from": "a", "to": "b", "intensity": "joint" }, { "from": "c", "to": "d", "intensity": "joint" } ],
          "members": [
            { "id": "n", "capabilities": ["nursing"], "scale": "municipality" },
            { "id": "v", "capabilities": ["visiting"], "scale": "municipality" }
          ],
          "rules": [ { "kind": "apart", "activities": ["a", "b"] } ]
        }
        """;

    /// <summary>Infeasible by one fact: nobody holds the capability an activity requires.</summary>
    private const string NobodyNurses = """
        {
          "name": "nobody nurses",
          "teamSize": { "min": 1, "max": 2 },
          "activities": [ { "id": "a", "name": "A", "requires": ["nursing"], "idealScale": "municipality" } ],
          "dependencies": [],
          "members": [ { "id": "v", "capabilities": ["visiting"], "scale": "municipality" } ]
        }
        """;

    [Theory]
    [InlineData("maria.json")]
    [InlineData("stederen.json")]
    public void Json_solve_of_a_sample_exits_0_with_a_plan_whose_cut_is_the_recomputed_cut(string sample)
    {
        var r = CliRunner.Run("solve", Json.SamplePath(sample), "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(string.Empty, r.Stderr);

        var scenario = ScenarioJson.ReadFile(Json.SamplePath(sample));
        var plan = PlanJson.ReadPlan(Encoding.UTF8.GetBytes(r.Stdout));
        Assert.Equal(
            scenario.Activities.Select(a => a.Id).Order(StringComparer.Ordinal),
            plan.Packages.SelectMany(p => p.Activities).Order(StringComparer.Ordinal));

        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal(scenario.Name, root.GetProperty("scenario").GetString());
        Assert.Contains(root.GetProperty("status").GetString(), new[] { "optimal", "feasible" });
        var metrics = root.GetProperty("metrics");
        Assert.Equal(PlanDocumentFactoryTests.CutOf(scenario, plan), metrics.GetProperty("cutWeight").GetDouble(), 9);
        Assert.Equal(metrics.GetProperty("cutWeight").GetDouble(), root.GetProperty("objective").GetDouble(), 9);
        Assert.Equal(
            metrics.GetProperty("totalWeight").GetDouble(),
            metrics.GetProperty("cutWeight").GetDouble() + metrics.GetProperty("internalWeight").GetDouble(),
            9);
        foreach (var p in root.GetProperty("packages").EnumerateArray())
        {
            Assert.Contains(p.GetProperty("coordination").GetString(), new[] { "hierarchical", "decentralised" });
            Assert.NotEmpty(p.GetProperty("decisionLevels").EnumerateArray());
        }

        double linkSum = root.GetProperty("links").EnumerateArray().Sum(l => l.GetProperty("weight").GetDouble());
        Assert.Equal(metrics.GetProperty("cutWeight").GetDouble(), linkSum, 9);
    }

    [Fact]
    public void Ideal_keeps_physiotherapy_and_home_adaptations_together_and_realistic_splits_them_for_re_examination()
    {
        // Maria's fixed-scale rule keeps home adaptations regional (000:877), where the physiotherapist does not work.
        var ideal = Solve("--ideal");
        var realistic = Solve();
        Assert.Equal(0, ideal.Exit);
        Assert.Equal(0, realistic.Exit);
        Assert.True(ideal.Cut < realistic.Cut, $"ideal {ideal.Cut} should beat realistic {realistic.Cut}");

        var together = ideal.Root.GetProperty("packages").EnumerateArray().Single(p => Activities(p).Contains("physio"));
        Assert.Contains("adapt", Activities(together));
        Assert.Equal("joint", together.GetProperty("intensity").GetString());
        Assert.Equal("decentralised", together.GetProperty("coordination").GetString());

        var packages = realistic.Root.GetProperty("packages").EnumerateArray().ToList();
        var physio = packages.Single(p => Activities(p).Contains("physio")).GetProperty("id").GetString();
        var adapt = packages.Single(p => Activities(p).Contains("adapt")).GetProperty("id").GetString();
        Assert.NotEqual(physio, adapt);
        var link = realistic.Root.GetProperty("links").EnumerateArray()
            .Single(l => l.GetProperty("packages").EnumerateArray().Select(e => e.GetString()).Order().SequenceEqual(new[] { physio, adapt }.Order()));
        Assert.True(link.GetProperty("reexamineSplit").GetBoolean());
        Assert.Equal("joint", link.GetProperty("intensity").GetString());
        Assert.Contains(realistic.Root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "reexamine-split");
    }

    [Fact]
    public void Text_solve_prints_the_summary_packages_links_and_diagnostics()
    {
        var r = CliRunner.Run("solve", Maria, "--ideal");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stderr);
        var lines = r.Stdout.Split('\n');
        Assert.Equal("Maria: heupbreuk, thuis blijven wonen", lines[0]);
        Assert.StartsWith("status      optimal (engine cp-sat, ", lines[1], StringComparison.Ordinal);
        Assert.Equal("cut weight  5 (bound 5, gap 0%)", lines[2]);
        Assert.Contains("rules       2 ignored (--ideal: the ideal plan, without practical obstacles)", lines);
        Assert.Contains("  intensity     joint (samen activiteiten uitvoeren): strongest pair cohesion 8", lines);
        Assert.Contains("  coordination  hierarchical (hiërarchisch): every activity is simple and stable", lines);
        Assert.Contains("  decisions     the team decides operational (operationeel)", lines);
        Assert.Contains(lines, l => l.StartsWith("    kine ", StringComparison.Ordinal) && l.EndsWith("Kinepraktijk De Beweging  municipality  needed", StringComparison.Ordinal));
        Assert.Contains("  packages  weight  intensity                           coordination                decided together (000:325)  re-examine split  collaboration forms (000:619-622)", lines);
        Assert.Contains("Diagnostics: none", lines);
        Assert.DoesNotContain(lines, l => l.EndsWith(' '));
    }

    [Fact]
    public void A_scenario_infeasible_by_one_fact_exits_3_with_the_reason_in_the_json_and_on_stderr()
    {
        var r = CliRunner.RunWithText(NobodyNurses, "solve", "-", "--format", "json");
        Assert.Equal(3, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("infeasible", root.GetProperty("status").GetString());
        Assert.Empty(root.GetProperty("packages").EnumerateArray());
        Assert.False(root.TryGetProperty("metrics", out _));
        var reason = Assert.Single(root.GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal("capability-missing", reason.GetProperty("code").GetString());
        Assert.Equal("$.activities[0].requires[0]", reason.GetProperty("path").GetString());
        Assert.Equal("ontwar: <stdin>: infeasible: no plan meets the hard constraints.", r.ErrorLines[0]);
        Assert.EndsWith("[capability-missing]", r.ErrorLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_infeasible_only_by_search_exits_3_in_text_with_the_diagnostics_on_stdout()
    {
        var r = CliRunner.RunWithText(OneNurseTwoPackages, "solve", "-", "--engine", "exact");
        Assert.Equal(3, r.ExitCode);
        Assert.Equal(string.Empty, r.Stderr);
        Assert.Contains("status  infeasible (engine cp-sat, ", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nDiagnostics\n  ", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Package ", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_plan_within_the_limits_exits_4()
    {
        // The heuristic cannot prove infeasibility, so it reports unknown.
        var r = CliRunner.RunWithText(OneNurseTwoPackages, "solve", "-", "--engine", "heuristic", "--time-limit", "2", "--format", "json");
        Assert.Equal(4, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("unknown", doc.RootElement.GetProperty("status").GetString());
        Assert.Equal("ontwar-heuristic", doc.RootElement.GetProperty("engine").GetString());
        Assert.NotEmpty(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.StartsWith("ontwar: <stdin>: unknown: ", r.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_scenario_exits_2_with_nothing_on_stdout()
    {
        var r = CliRunner.RunWithText(Json.Minimal(activity: ", \"workload\": -1"), "solve", "-", "--format", "json");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.EndsWith("[not-positive]", Assert.Single(r.ErrorLines), StringComparison.Ordinal);

        var missing = CliRunner.Run("solve", "no-such-file.json");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(string.Empty, missing.Stdout);
    }

    [Theory]
    [InlineData("--time-limit", "0")]
    [InlineData("--time-limit", "-3")]
    [InlineData("--time-limit", "NaN")]
    [InlineData("--time-limit", "soon")]
    [InlineData("--time-limit", "1e-7")]
    [InlineData("--time-limit", "0.0009")]
    [InlineData("--threads", "0")]
    [InlineData("--seed", "x")]
    [InlineData("--engine", "cplex")]
    [InlineData("--format", "yaml")]
    public void A_bad_option_value_exits_2(string option, string value)
    {
        var r = CliRunner.Run("solve", Maria, option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.StartsWith("ontwar: ", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("solve")]
    [InlineData("export")]
    [InlineData("robustness")]
    [InlineData("check")]
    public void A_time_limit_below_a_millisecond_is_invalid_input_with_its_range(string command)
    {
        var r = CliRunner.Run(command, Maria, "--time-limit", "1e-7");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--time-limit must be a number of seconds between 0.001 and 1000000, not 1E-07.", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_are_capped_per_code_on_standard_error_and_in_the_plan()
    {
        // 60 activities that each need a capability nobody has: 60 reasons of one kind.
        var activities = string.Join(",", Enumerable.Range(0, 60).Select(i => $$"""{ "id": "a{{i}}", "name": "A", "requires": ["c{{i}}"], "idealScale": "municipality" }"""));
        var json = $$"""{ "teamSize": { "min": 1, "max": 2 }, "activities": [{{activities}}], "dependencies": [], "members": [ { "id": "m", "scale": "localRegion" } ] }""";

        var r = CliRunner.RunWithText(json, "solve", "-", "--format", "json", "--time-limit", "2");

        Assert.Equal(3, r.ExitCode);
        var codes = r.ErrorLines.Select(l => l[(l.LastIndexOf('[') + 1)..^1]).GroupBy(c => c).ToList();
        Assert.All(codes, g => Assert.True(g.Count() <= Ontwar.Diagnostics.DiagnosticLists.DefaultMaxPerCode + 1, string.Join("\n", r.ErrorLines)));
        Assert.Contains(r.ErrorLines, l => l.Contains(" more like this (", StringComparison.Ordinal));
        using var plan = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var listed = plan.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).GroupBy(c => c);
        Assert.All(listed, g => Assert.True(g.Count() <= Ontwar.Diagnostics.DiagnosticLists.DefaultMaxPerCode + 1));
    }

    [Fact]
    public void Control_characters_in_messages_reach_the_terminal_escaped()
    {
        var r = CliRunner.RunWithText("""{ "name": "x", "activities": [], "dependencies": [], "members": [], "\u001b]0;pwned\u0007": 1 }""", "validate", "-");

        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain('\u001b', r.Stderr);
        Assert.DoesNotContain('\u0007', r.Stderr);
        Assert.Contains("\\u001B]0;pwned\\u0007", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_gives_the_same_plan_as_the_file()
    {
        using var stdin = new MemoryStream(File.ReadAllBytes(Maria));
        var piped = CliRunner.Run(stdin, "solve", "-", "--format", "json");
        var file = CliRunner.Run("solve", Maria, "--format", "json");
        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(PlanJson.ReadPlan(Encoding.UTF8.GetBytes(file.Stdout)), PlanJson.ReadPlan(Encoding.UTF8.GetBytes(piped.Stdout)));
    }

    [Fact]
    public void Output_writes_the_file_and_nothing_to_stdout()
    {
        var folder = Directory.CreateTempSubdirectory("ontwar-solve-");
        try
        {
            var path = Path.Combine(folder.FullName, "plan.json");
            var r = CliRunner.Run("solve", Maria, "--format", "json", "--output", path, "--seed", "7", "--threads", "2", "--engine", "heuristic", "--time-limit", "1");
            Assert.Equal(0, r.ExitCode);
            Assert.Equal(string.Empty, r.Stdout);
            Assert.Equal(string.Empty, r.Stderr);
            var plan = PlanJson.ReadPlanFile(path);
            Assert.Equal(5, plan.Packages.Sum(p => p.Activities.Count));
            Assert.Single(Directory.GetFiles(folder.FullName));

            var text = Path.Combine(folder.FullName, "plan.txt");
            Assert.Equal(0, CliRunner.Run("solve", Maria, "--output", text).ExitCode);
            Assert.StartsWith("Maria: heupbreuk", File.ReadAllText(text), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("cbc")]
    [InlineData("scip")]
    [InlineData("highs")]
    public void The_mip_engines_find_the_same_optimum_as_the_exact_engine(string engine)
    {
        var mip = Solve("--engine", engine);
        var exact = Solve("--engine", "exact");
        Assert.Equal(0, mip.Exit);
        Assert.Equal(engine, mip.Root.GetProperty("engine").GetString());
        Assert.Equal("optimal", mip.Root.GetProperty("status").GetString());
        Assert.Equal(exact.Cut, mip.Cut, 9);
        Assert.Equal(5, Solve("--engine", engine, "--ideal").Cut, 9);
    }

    [Theory]
    [InlineData("text", "Maria: heupbreuk")]
    [InlineData("json", "{")]
    [InlineData("dot", "graph ontwar {")]
    [InlineData("mermaid", "---")]
    [InlineData("csv", "activity,name,package,scale,idealScale,team,partners")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Every_format_writes_only_its_result_to_stdout(string format, string start)
    {
        var r = CliRunner.Run("solve", Maria, "--format", format, "--no-compare");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(string.Empty, r.Stderr);
        Assert.StartsWith(start, r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_in_dutch_to_a_file_with_table_3()
    {
        var folder = Directory.CreateTempSubdirectory("ontwar-solve-");
        try
        {
            var report = Path.Combine(folder.FullName, "rapport.html");
            var r = CliRunner.Run("solve", Maria, "--format", "html", "--lang", "nl", "--output", report);
            Assert.True(r.ExitCode == 0, r.Stderr);
            Assert.Equal(string.Empty, r.Stdout);
            var html = File.ReadAllText(report);
            Assert.Contains("Tabel 3: afwijkingen van de ideale samenwerking", html, StringComparison.Ordinal);
            Assert.Contains("ideaal 5, realistisch 11", html, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_unknown_language_or_format_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("solve", Maria, "--format", "pdf").ExitCode);
        Assert.Equal(2, CliRunner.Run("solve", Maria, "--format", "html", "--lang", "fr").ExitCode);
    }

    private static (int Exit, JsonElement Root, double Cut) Solve(params string[] extra)
    {
        var r = CliRunner.Run(["solve", Maria, "--format", "json", .. extra]);

        // A failed solve writes no plan; its message (for CBC: which Debian package is missing) is the useful failure.
        Assert.True(r.Stdout.Length > 0, $"ontwar solve {string.Join(' ', extra)} exited {r.ExitCode} without a plan: {r.Stderr}");
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        return (r.ExitCode, root, root.GetProperty("metrics").GetProperty("cutWeight").GetDouble());
    }

    private static List<string?> Activities(JsonElement package)
        => package.GetProperty("activities").EnumerateArray().Select(e => e.GetString()).ToList();
}
