using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Xunit;

namespace Ontwar.Packaging.Tests;

/// <summary>
/// The researchers' scripts in samples/research run as documented (<c>dotnet fsi sweep.fsx</c>, <c>dotnet run sweep.cs</c>)
/// and write a CSV with every sweep cell and an SVG chart; both scripts use the same seeds, so their numbers agree.
/// The notebook is valid nbformat 4 with the same steps.
/// </summary>
[Collection(ExternalBuilds.Name)]
public sealed class ResearchScriptTests : IDisposable
{
    private static readonly string Repo = PackageTests.Feed.FindRepoRoot();
    private readonly string _output = Directory.CreateTempSubdirectory("ontwar-sweep-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void The_fsharp_and_csharp_sweeps_write_the_same_cells_and_a_chart()
    {
        // The F# script loads the Release build of the library, as its header says.
        if (!File.Exists(Path.Combine(Repo, "src", "Ontwar", "bin", "Release", "net10.0", "Ontwar.dll")))
        {
            var build = PackageTests.Feed.Dotnet(Repo, "build", "src/Ontwar/Ontwar.csproj", "-c", "Release", "-f", "net10.0");
            Assert.True(build.ExitCode == 0, build.ToString());
        }

        // Maria, not the scripts' default Tienen: every one of the 2 × 14 solves is then proven in well under a second
        // instead of running into its 10 s limit; the scripts' steps and output are the same.
        var fsx = PackageTests.Feed.Dotnet(Repo, "fsi", "samples/research/sweep.fsx", "samples/maria.json", _output);
        Assert.True(fsx.ExitCode == 0, fsx.ToString());
        var cs = PackageTests.Feed.Dotnet(Repo, "run", "-c", "Release", "samples/research/sweep.cs", "--", "samples/maria.json", _output);
        Assert.True(cs.ExitCode == 0, cs.ToString());

        var fromFsx = CheckCsv(Path.Combine(_output, "sweep-fsx.csv"));
        var fromCs = CheckCsv(Path.Combine(_output, "sweep.csv"));
        Assert.Equal(fromCs, fromFsx);
        CheckSvg(Path.Combine(_output, "sweep.svg"));
        CheckSvg(Path.Combine(_output, "sweep-fsx.svg"));
    }

    [Fact]
    public void The_notebook_is_nbformat_4_with_the_csharp_kernel_and_the_sweep_steps()
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo, "samples", "research", "sweep.ipynb")));
        var root = notebook.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(".net-csharp", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        var cells = root.GetProperty("cells").EnumerateArray().ToList();
        Assert.All(cells, c => Assert.Contains(c.GetProperty("cell_type").GetString(), new[] { "markdown", "code" }));
        string code = string.Concat(cells.Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("source").EnumerateArray().Select(s => s.GetString())));
        foreach (string step in new[] { "#r \"../../src/Ontwar/bin/Release/net10.0/Ontwar.dll\"", "ScenarioJson.ReadFile", "WithTeamSize", "WeightPerturbation.Perturb", "PairsKept", "sweep.csv", "Chart(" })
        {
            Assert.Contains(step, code, StringComparison.Ordinal);
        }
    }

    /// <summary>Checks the CSV's shape and returns its rows without the elapsed time, for comparison.</summary>
    private static List<string> CheckCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.Equal("experiment,teamMin,teamMax,noise,replicate,status,cutWeight,packages,pairsKept,elapsedMs", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(4 + 1 + 9, rows.Count);
        Assert.Equal(["4", "5", "6", "7"], rows.Where(r => r[0] == "team-size").Select(r => r[1]));
        Assert.All(rows.Where(r => r[0] == "team-size"), r => Assert.Equal(int.Parse(r[1], CultureInfo.InvariantCulture) + 2, int.Parse(r[2], CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Contains(r[5], new[] { "optimal", "feasible", "infeasible", "unknown" }));
        var noise = rows.Where(r => r[0] == "noise").ToList();
        Assert.Equal(["0", "0.1", "0.1", "0.1", "0.25", "0.25", "0.25", "0.5", "0.5", "0.5"], noise.Select(r => r[3]));
        Assert.Equal("1", noise[0][8]);
        Assert.All(noise.Where(r => r[8].Length > 0), r => Assert.InRange(double.Parse(r[8], CultureInfo.InvariantCulture), 0, 1));
        return rows.Select(r => string.Join(',', r[..^1])).ToList();
    }

    private static void CheckSvg(string path)
    {
        var svg = XDocument.Load(path).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.StartsWith("cut weight by team size", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.StartsWith("activity pairs kept together", StringComparison.Ordinal));
        Assert.True(svg.Descendants().Count(e => e.Name.LocalName is "circle" || (e.Name.LocalName == "text" && e.Value == "no plan")) == 14, "one mark per run");
    }
}

/// <summary>The tests that build or pack the repository's projects run one at a time: two builds of one project at once would collide.</summary>
[CollectionDefinition(Name)]
public sealed class ExternalBuilds
{
    public const string Name = "external builds";
}
