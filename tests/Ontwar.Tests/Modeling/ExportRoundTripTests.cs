using System.Globalization;
using FsCheck.Fluent;
using Ontwar.Modeling;
using Ontwar.Modeling.Mip;
using Ontwar.Solving;
using Ontwar.Solving.Mip;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Support;
using Xunit;
using SolveStatus = Ontwar.Solving.SolveStatus;

namespace Ontwar.Tests.Modeling;

/// <summary>
/// Exported MPS files, read back by OR-Tools' own reader and solved with SCIP (<see cref="ImportedMip"/>), give the MIP
/// engine's optimum, and their solutions decode to valid plans. (The LP writer's output is pinned by MipWriterTests.)
/// </summary>
public sealed class ExportRoundTripTests : IDisposable
{
    private static readonly SolverOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(60) };

    private readonly string _dir = Directory.CreateTempSubdirectory("ontwar-mip-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Named() => ["two pairs", "two pairs with rules", "two pairs infeasible", "shared nurse", "planted"];

    [Theory]
    [MemberData(nameof(Named))]
    public void Mps_files_read_back_and_solved_give_the_engine_optimum(string name)
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
    public void Generated_scenarios_round_trip_through_the_files()
    {
        int i = 0;
        foreach (var scenario in TinyScenarios.Scenarios(maxActivities: 5, maxMembers: 6).Sample(6))
        {
            RoundTrip(scenario, "generated" + (i++).ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_golden_tiny_model_has_its_optimum_from_the_file()
    {
        var mip = SampleMips.Tiny();
        string file = Path.Combine(_dir, "tiny.mps");
        MpsWriter.WriteFile(mip, file);
        var solution = ImportedMip.Solve(file);

        Assert.Equal(Google.OrTools.ModelBuilder.SolveStatus.OPTIMAL, solution.Status);
        Assert.Equal(5.5, solution.Objective, 9);
        var values = mip.Variables.Select(v => solution.Columns[v.Name]).ToArray();
        Assert.Equal([1, 1, 2, -2, 3, 1, 0], values.Select(v => Math.Round(v, 6)));
        Assert.True(mip.MaxViolation(values) < 1e-6);
        Assert.Equal(mip.Variables.Select(v => v.Name).Order(StringComparer.Ordinal), solution.Columns.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(-2, solution.Columns["z"], 9);
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
        var expected = new MipEngine().Solve(model, Options);
        var formulation = TextbookFormulation.Build(model);
        var mip = formulation.Mip;
        string file = Path.Combine(_dir, name + ".mps");
        MpsWriter.WriteFile(mip, file);
        var solution = ImportedMip.Solve(file);

        // The reader saw every row and column under its name.
        Assert.Equal(mip.Constraints.Select(c => c.Name).Order(StringComparer.Ordinal), solution.Rows.Order(StringComparer.Ordinal));
        Assert.Equal(mip.Variables.Select(v => v.Name).Order(StringComparer.Ordinal), solution.Columns.Keys.Order(StringComparer.Ordinal));
        if (expected.Status == SolveStatus.Infeasible)
        {
            Assert.Equal(Google.OrTools.ModelBuilder.SolveStatus.INFEASIBLE, solution.Status);
            return;
        }

        Assert.Equal(SolveStatus.Optimal, expected.Status);
        Assert.Equal(Google.OrTools.ModelBuilder.SolveStatus.OPTIMAL, solution.Status);
        Assert.Equal(expected.Objective!.Value, solution.Objective, 6);

        // The solver's solution, read back through the formulation, is a valid plan with that cut.
        var values = mip.Variables.Select(v => solution.Columns[v.Name]).ToArray();
        Assert.True(mip.MaxViolation(values) < 1e-6);
        var plan = formulation.DecodePlan(values);
        Assert.Empty(PlanChecker.Violations(scenario, plan));
        Assert.Equal(expected.Objective.Value, PlanChecker.CutWeight(scenario, plan), 6);
    }
}
