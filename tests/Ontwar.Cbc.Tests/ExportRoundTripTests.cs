using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck.Fluent;
using Ontwar.Cbc.Native;
using Ontwar.Modeling;
using Ontwar.Modeling.Mip;
using Ontwar.Solving;
using Ontwar.Tests.Shared;
using Xunit;

namespace Ontwar.Cbc.Tests;

/// <summary>Exported MPS and LP files solved by the <c>cbc</c> command line (Debian <c>coinor-cbc</c>) give the engine's optimum.</summary>
public sealed partial class ExportRoundTripTests : IDisposable
{
    private static readonly SolverOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(60) };

    private readonly string _dir = Directory.CreateTempSubdirectory("ontwar-cbc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Named() => ["two pairs", "two pairs with rules", "two pairs infeasible", "shared nurse", "planted"];

    [Theory]
    [MemberData(nameof(Named))]
    public void Mps_and_lp_files_solved_by_the_cbc_command_give_the_engine_optimum(string name)
    {
        var scenario = name switch
        {
            "two pairs" => SampleScenarios.TwoPairs(),
            "two pairs with rules" => SampleScenarios.TwoPairs([new MemberRequiredRule("p1", "wash"), new MemberRequiredRule("p1", "physio"), new MemberExcludedRule("n2", "adapt")]),
            "two pairs infeasible" => SampleScenarios.TwoPairs([new ApartRule(["wash", "dress"]), new MemberRequiredRule("n1", "wash"), new MemberRequiredRule("n1", "dress")]),
            "shared nurse" => SampleScenarios.SharedNurse(1),
            _ => PlantedScenarios.Build(activities: 9, packages: 3),
        };
        RoundTrip(scenario, name.Replace(' ', '_'));
    }

    [Fact]
    public void Generated_scenarios_round_trip_through_the_cbc_command()
    {
        int i = 0;
        foreach (var scenario in TinyScenarios.Scenarios(maxActivities: 5, maxMembers: 6).Sample(6))
        {
            RoundTrip(scenario, "generated" + (i++).ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_golden_tiny_model_has_one_optimum_natively_and_from_both_files()
    {
        var mip = SampleMips.Tiny();
        CbcLibrary.EnsureLoaded();
        var run = CbcRunner.Run(mip, new CbcRunSettings(10, 0, 1, 0, null, new Dictionary<string, string>()));

        Assert.True(run.ProvenOptimal);
        Assert.Equal(5.5, run.Objective, 9);
        Assert.Equal([1, 1, 2, -2, 3, 1, 0], run.Solution!.Select(v => Math.Round(v, 9)));
        Assert.True(mip.MaxViolation(run.Solution) < 1e-9);

        foreach (var (name, write) in new (string, Action<MipModel, string>)[] { ("tiny.mps", MpsWriter.WriteFile), ("tiny.lp", LpWriter.WriteFile) })
        {
            string file = Path.Combine(_dir, name);
            write(mip, file);
            var solution = SolveWithCommandLine(file);

            Assert.Equal("Optimal", solution.Status);
            Assert.Equal(5.5, solution.Objective, 9);
            Assert.Equal(mip.Variables.Select(v => v.Name).Order(StringComparer.Ordinal), solution.Columns.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(-2, solution.Columns["z"], 9);
        }
    }

    [Fact]
    public void The_exported_mps_file_names_variables_after_the_scenario()
    {
        var mip = TextbookFormulation.Build(PackagingModel.Build(SampleScenarios.TwoPairs())).Mip;
        string path = Path.Combine(_dir, "names.mps");
        MpsWriter.WriteFile(mip, path);
        var text = File.ReadAllText(path);

        Assert.StartsWith("NAME two_pairs\n", text, StringComparison.Ordinal);
        Assert.Contains("x_wash_1", text, StringComparison.Ordinal);
        Assert.Contains("y_n1_2", text, StringComparison.Ordinal);
        Assert.Contains("c_wash_dress", text, StringComparison.Ordinal);
        Assert.Contains("cover_adapt_physio_2", text, StringComparison.Ordinal);
    }

    private void RoundTrip(Scenario scenario, string name)
    {
        var model = PackagingModel.Build(scenario);
        var expected = new CbcEngine().Solve(model, Options);
        var formulation = TextbookFormulation.Build(model);
        var mip = formulation.Mip;
        string mps = Path.Combine(_dir, name + ".mps"), lp = Path.Combine(_dir, name + ".lp");
        MpsWriter.WriteFile(mip, mps);
        LpWriter.WriteFile(mip, lp);

        foreach (var file in new[] { mps, lp })
        {
            var solution = SolveWithCommandLine(file);

            // The reader saw every row and column under its name.
            Assert.Equal(mip.Constraints.Select(c => c.Name).Order(StringComparer.Ordinal), solution.Rows.Order(StringComparer.Ordinal));
            Assert.Equal(mip.Variables.Select(v => v.Name).Order(StringComparer.Ordinal), solution.Columns.Keys.Order(StringComparer.Ordinal));
            if (expected.Status == SolveStatus.Infeasible)
            {
                Assert.Contains("infeasible", solution.Status, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            Assert.Equal(SolveStatus.Optimal, expected.Status);
            Assert.Equal("Optimal", solution.Status);
            Assert.Equal(expected.Objective!.Value, solution.Objective, 6);

            // The command line's solution, read back through the formulation, is a valid plan with that cut.
            var values = mip.Variables.Select(v => solution.Columns[v.Name]).ToArray();
            Assert.True(mip.MaxViolation(values) < 1e-6);
            var plan = formulation.DecodePlan(values);
            Assert.Empty(PlanChecker.Violations(scenario, plan));
            Assert.Equal(expected.Objective.Value, PlanChecker.CutWeight(scenario, plan), 6);
        }
    }

    private CommandLineSolution SolveWithCommandLine(string file)
    {
        string solutionFile = file + ".sol";
        var start = new ProcessStartInfo("cbc")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir,
        };
        foreach (var arg in new[] { file, "sec", "60", "printingOptions", "all", "solve", "solu", solutionFile })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("cbc did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The 'cbc' command is missing: install the Debian package coinor-cbc (.ci/run does).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(120_000), "cbc did not finish");
            Assert.True(File.Exists(solutionFile), "cbc wrote no solution: " + output.Result);
        }

        var lines = File.ReadAllLines(solutionFile);
        var header = ObjectiveLine().Match(lines[0]);
        Assert.True(header.Success, "unexpected solution header: " + lines[0]);

        // Rows come first, then columns; each part is numbered from 0.
        var rows = new List<string>();
        var columns = new Dictionary<string, double>(StringComparer.Ordinal);
        bool inColumns = false;
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(p => p == "**").ToArray();
            if (parts.Length < 3 || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int index))
            {
                continue;
            }

            // Lines of violated rows and columns start with "**".
            inColumns |= index == 0 && rows.Count > 0;
            if (inColumns)
            {
                columns.Add(parts[1], double.Parse(parts[2], CultureInfo.InvariantCulture));
            }
            else
            {
                rows.Add(parts[1]);
            }
        }

        return new CommandLineSolution(header.Groups[1].Value.Trim(), double.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture), rows, columns);
    }

    [GeneratedRegex(@"^(.*?)\s+-\s+objective value\s+(\S+)")]
    private static partial Regex ObjectiveLine();

    private sealed record CommandLineSolution(string Status, double Objective, List<string> Rows, Dictionary<string, double> Columns);
}
