using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Tests.Serialization;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class ExportModelCommandTests : IDisposable
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
    [InlineData("mps", true)]
    public void The_exported_file_read_back_by_or_tools_has_the_engines_optimum(string format, bool ideal)
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
        var imported = ImportedMip.Solve(file);
        Assert.Equal(Google.OrTools.ModelBuilder.SolveStatus.OPTIMAL, imported.Status);
        Assert.Equal(expected.Objective!.Value, imported.Objective, 6);
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
}
