using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed partial class ExportModelCommandTests : IDisposable
{
    private static readonly string Maria = Json.SamplePath("maria.json");
    private readonly string _dir = Directory.CreateTempSubdirectory("ontwar-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Mps_goes_to_stdout_with_every_section()
    {
        var result = CliRunner.Run("export-model", Maria);
        Assert.Equal(0, result.ExitCode);
        foreach (var section in new[] { "NAME", "ROWS", "COLUMNS", "RHS", "BOUNDS", "ENDATA" })
        {
            Assert.Contains(section, result.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("MARKER", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mps", false)]
    [InlineData("lp", false)]
    [InlineData("mps", true)]
    public void The_cbc_command_line_finds_the_engines_optimum_in_the_exported_file(string format, bool ideal)
    {
        string file = Path.Combine(_dir, "maria." + format);
        var args = new List<string> { "export-model", Maria, "--format", format, "--output", file };
        if (ideal)
        {
            args.Add("--ideal");
        }

        var result = CliRunner.Run([.. args]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);

        var expected = PackagingSolver.Solve(ScenarioJson.ReadFile(Maria), new SolverOptions { Engine = EngineKind.Exact }, ignoreRules: ideal);
        Assert.Equal(SolveStatus.Optimal, expected.Status);
        Assert.Equal(expected.Objective!.Value, SolveWithCbcCommand(file), 6);
    }

    [Fact]
    public void Invalid_scenario_exits_2_and_writes_nothing()
    {
        string bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, """{ "name": "x", "activities": [ { "id": "a" } ], "dependencies": [], "members": [] }""");
        string file = Path.Combine(_dir, "out.mps");
        var result = CliRunner.Run("export-model", bad, "--output", file);
        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(file));
        Assert.Contains("$.activities[0]", result.Stderr, StringComparison.Ordinal);
    }

    private double SolveWithCbcCommand(string file)
    {
        string solution = file + ".sol";
        var start = new ProcessStartInfo(Reports.ExternalTool.Require("cbc", "coinor-cbc")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _dir };
        foreach (var arg in new[] { file, "sec", "60", "solve", "solu", solution })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cbc did not start; install the Debian package coinor-cbc.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "cbc did not finish");
        Assert.True(File.Exists(solution), "cbc wrote no solution: " + stdout.Result);
        var header = Objective().Match(File.ReadLines(solution).First());
        Assert.True(header.Success, "unexpected cbc solution header");
        Assert.StartsWith("Optimal", header.Groups[1].Value.Trim(), StringComparison.Ordinal);
        return double.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(.*?)\s+-\s+objective value\s+(\S+)")]
    private static partial Regex Objective();
}
