using CsvHelper;
using Ontwar.Cli.Reports;
using Xunit;

namespace Ontwar.Tests.Cli.Reports;

public sealed class CsvPlanWriterTests
{
    [Fact]
    public void Reading_the_table_back_gives_every_activity_with_its_package_scale_and_team()
    {
        foreach (var model in new[] { ReportSamples.Maria, ReportSamples.Stederen, ReportSamples.HostileModel() })
        {
            var text = CsvPlanWriter.Write(model, ReportLabels.English);
            using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { Separator = ',' });
            Assert.Equal(["activity", "name", "package", "scale", "idealScale", "team", "partners", "packageLinks"], reader.Headers.ToArray());
            var rows = new List<string[]>();
            while (reader.Read())
            {
                rows.Add([.. Enumerable.Range(0, 7).Select(i => reader.GetString(i) ?? string.Empty)]);
            }

            Assert.Equal(model.Activities.Count, rows.Count);
            foreach (var (row, a) in rows.Zip(model.Activities))
            {
                Assert.Equal(a.Id, row[0]);
                Assert.Equal(a.Name, row[1]);
                var package = model.Packages.Single(p => p.Activities.Contains(a.Id));
                Assert.Equal(package.Id, row[2]);
                Assert.Equal(package.Scale!.Value.ToName(), row[3]);
                Assert.Equal(a.IdealScale.ToName(), row[4]);
                Assert.Equal(package.Team.Select(m => m.Id), row[5].Split('|'));
            }
        }
    }

    [Fact]
    public void Dutch_headers_with_lang_nl()
    {
        var text = CsvPlanWriter.Write(ReportSamples.Maria, ReportLabels.Dutch);
        Assert.StartsWith("activiteit,naam,pakket,schaal,idealeSchaal,team,partners,pakketverbanden\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_cell_starts_like_a_formula()
    {
        var s = new Scenario(
            "=HYPERLINK(\"http://evil\")",
            [
                new Activity("=cmd", "=cmd|' /C calc'!A0", Ontwar.Scale.Municipality, ["c"]),
                new Activity("+a", "+HYPERLINK(\"x\")", Ontwar.Scale.Municipality, ["c"]),
                new Activity("@b", "-2+3", Ontwar.Scale.Municipality, ["c"]),
            ],
            [new Dependency("=cmd", "+a", Intensity.Joint), new Dependency("+a", "@b", Intensity.Joint)],
            [new Member("-m", Ontwar.Scale.Municipality, ["c"], "@SUM(1)", "=partner")],
            teamSize: new TeamSizeLimits(1, 2));
        var model = ReportModelBuilder.FromSolve(s, Ontwar.Solving.PackagingSolver.Solve(s, ReportSamples.Options), false, null);

        var text = CsvPlanWriter.Write(model, ReportLabels.English);

        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { Separator = ',' });
        var cells = new List<string>();
        while (reader.Read())
        {
            cells.AddRange(Enumerable.Range(0, 7).Select(i => reader.GetString(i) ?? string.Empty));
        }

        Assert.Equal(21, cells.Count);
        Assert.DoesNotContain(cells, CsvCells.IsFormulaLike);
        Assert.Contains("'=cmd|' /C calc'!A0", cells);
        Assert.Contains("'-m", cells);
        Assert.Contains("'=partner", cells);
    }
}
