#:project ../../src/Ontwar/Ontwar.csproj
#:property PublishAot=false

// Parameter sweep for researchers (a .NET 10 file-based program):
//   dotnet run samples/research/sweep.cs -- [SCENARIO] [OUTPUT-DIR]
// Defaults: samples/tienen.json, the current directory. Writes sweep.csv and sweep.svg:
//   1. team-size limits: min 4..7, max = min + 2, everything else as in the scenario;
//   2. noise: every dependency's cohesion multiplied by a seeded log-normal factor of mean 1 (the library's
//      WeightPerturbation.Perturb), sigma 0.1, 0.25 and 0.5, three replicates each; the plan is re-solved and compared
//      with the unperturbed plan by the share of activity pairs it kept together that are still together.
// The library's RobustnessAnalyzer (Ontwar.Interpretation.Robustness, `ontwar robustness`) does the noise part with
// many samples, co-assignment frequencies and confidence intervals; this script keeps every single run visible.
using System.Globalization;
using System.Text;
using Ontwar;
using Ontwar.Interpretation.Robustness;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Solving;

string scenarioPath = args.Length > 0 ? args[0] : Path.Combine("samples", "tienen.json");
string outputDir = args.Length > 1 ? args[1] : ".";
Directory.CreateDirectory(outputDir);
var scenario = ScenarioJson.ReadFile(scenarioPath);
var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(10), Seed = 0 };
var rows = new List<Row>();

// 1. Team-size limits.
for (int min = 4; min <= 7; min++)
{
    var result = PackagingSolver.Solve(scenario.WithTeamSize(new TeamSizeLimits(min, min + 2)), options);
    rows.Add(Row.Of("team-size", min, min + 2, 0, 0, result, null));
}

// 2. Noise on the dependency weights, at the scenario's own team size.
var reference = PackagingSolver.Solve(scenario, options);
rows.Add(Row.Of("noise", scenario.TeamSize.Min, scenario.TeamSize.Max, 0, 0, reference, reference.HasPlan ? 1.0 : null));
foreach (double sigma in new[] { 0.1, 0.25, 0.5 })
{
    for (int replicate = 1; replicate <= 3; replicate++)
    {
        int seed = (1000 * replicate) + (int)Math.Round(sigma * 1000); // a fixed seed per cell: reproducible
        var noisy = WeightPerturbation.Perturb(scenario, sigma, seed);
        var result = PackagingSolver.Solve(noisy, options);
        double? kept = reference.HasPlan && result.HasPlan ? PairsKept(reference.Plan, result.Plan) : null;
        rows.Add(Row.Of("noise", scenario.TeamSize.Min, scenario.TeamSize.Max, sigma, replicate, result, kept));
    }
}

string csvPath = Path.Combine(outputDir, "sweep.csv");
File.WriteAllLines(csvPath, [Row.Header, .. rows.Select(r => r.ToCsv())]);
string svgPath = Path.Combine(outputDir, "sweep.svg");
File.WriteAllText(svgPath, Chart(scenario.Name, rows));
Console.WriteLine($"{rows.Count} runs of '{scenario.Name}': {csvPath}, {svgPath}");

// Of the activity pairs the reference plan keeps in one package, the share the other plan keeps together too.
static double PairsKept(Plan reference, Plan other)
{
    var packageOf = other.Packages.SelectMany(p => p.Activities.Select(a => (a, p.Id))).ToDictionary(x => x.a, x => x.Id);
    int together = 0, kept = 0;
    foreach (var package in reference.Packages)
    {
        for (int i = 0; i < package.Activities.Count; i++)
        {
            for (int j = i + 1; j < package.Activities.Count; j++)
            {
                together++;
                kept += packageOf[package.Activities[i]] == packageOf[package.Activities[j]] ? 1 : 0;
            }
        }
    }

    return together == 0 ? 1 : (double)kept / together;
}

// Two panels: cut weight against the smallest team size; pairs kept together against the noise level.
static string Chart(string title, List<Row> rows)
{
    static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
    var svg = new StringBuilder();
    svg.AppendLine("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"340\" viewBox=\"0 0 760 340\" font-family=\"sans-serif\" font-size=\"12\">");
    svg.AppendLine(CultureInfo.InvariantCulture, $"  <title>{System.Security.SecurityElement.Escape(title)}: parameter sweep</title>");
    svg.AppendLine("  <rect width=\"760\" height=\"340\" fill=\"white\"/>");
    Panel(svg, 40, "cut weight by team size (min..min+2)", "team size min",
        rows.Where(r => r.Experiment == "team-size").Select(r => (X: (double)r.TeamMin, Y: r.CutWeight)).ToList(), 4, 7, connect: true);
    Panel(svg, 420, "activity pairs kept together under noise", "noise sigma",
        rows.Where(r => r.Experiment == "noise").Select(r => (X: r.Noise, Y: r.PairsKept)).ToList(), 0, 0.5, connect: false, yMax: 1);
    svg.AppendLine("</svg>");
    return svg.ToString();

    static void Panel(StringBuilder svg, double left, string caption, string xLabel, List<(double X, double? Y)> points, double xMin, double xMax, bool connect, double? yMax = null)
    {
        const double Top = 40, Width = 300, Height = 240;
        double top = yMax ?? Math.Max(1, points.Where(p => p.Y.HasValue).Select(p => p.Y!.Value).DefaultIfEmpty(1).Max() * 1.1);
        double Sx(double x) => left + (x - xMin) / (xMax - xMin) * Width;
        double Sy(double y) => Top + Height - y / top * Height;
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <text x=\"{F(left)}\" y=\"24\" font-weight=\"bold\">{caption}</text>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <line x1=\"{F(left)}\" y1=\"{F(Top + Height)}\" x2=\"{F(left + Width)}\" y2=\"{F(Top + Height)}\" stroke=\"black\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <line x1=\"{F(left)}\" y1=\"{F(Top)}\" x2=\"{F(left)}\" y2=\"{F(Top + Height)}\" stroke=\"black\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <text x=\"{F(left + Width / 2)}\" y=\"{F(Top + Height + 32)}\" text-anchor=\"middle\">{xLabel}</text>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <text x=\"{F(left - 6)}\" y=\"{F(Top + 4)}\" text-anchor=\"end\">{F(top)}</text>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"  <text x=\"{F(left - 6)}\" y=\"{F(Top + Height)}\" text-anchor=\"end\">0</text>");
        foreach (double x in points.Select(p => p.X).Distinct())
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"  <text x=\"{F(Sx(x))}\" y=\"{F(Top + Height + 16)}\" text-anchor=\"middle\">{F(x)}</text>");
        }

        var solved = points.Where(p => p.Y.HasValue).ToList();
        if (connect && solved.Count > 1)
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"  <polyline fill=\"none\" stroke=\"steelblue\" stroke-width=\"2\" points=\"{string.Join(" ", solved.Select(p => $"{F(Sx(p.X))},{F(Sy(p.Y!.Value))}"))}\"/>");
        }

        foreach (var p in points)
        {
            svg.AppendLine(p.Y is { } y
                ? $"  <circle cx=\"{F(Sx(p.X))}\" cy=\"{F(Sy(y))}\" r=\"4\" fill=\"steelblue\"><title>{F(p.X)}: {F(y)}</title></circle>"
                : $"  <text x=\"{F(Sx(p.X))}\" y=\"{F(Top + Height - 6)}\" text-anchor=\"middle\" fill=\"firebrick\">no plan</text>");
        }
    }
}

internal sealed record Row(string Experiment, int TeamMin, int TeamMax, double Noise, int Replicate, string Status, double? CutWeight, int Packages, double? PairsKept, long ElapsedMs)
{
    internal const string Header = "experiment,teamMin,teamMax,noise,replicate,status,cutWeight,packages,pairsKept,elapsedMs";

    internal static Row Of(string experiment, int min, int max, double noise, int replicate, SolveResult result, double? kept) =>
        new(experiment, min, max, noise, replicate, result.Status.ToString().ToLowerInvariant(), result.Objective,
            result.HasPlan ? result.Plan.Packages.Count : 0, kept, (long)result.Elapsed.TotalMilliseconds);

    internal string ToCsv() => string.Join(',',
        Experiment, TeamMin.ToString(CultureInfo.InvariantCulture), TeamMax.ToString(CultureInfo.InvariantCulture),
        Noise.ToString(CultureInfo.InvariantCulture), Replicate.ToString(CultureInfo.InvariantCulture), Status,
        CutWeight?.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty, Packages.ToString(CultureInfo.InvariantCulture),
        PairsKept?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty, ElapsedMs.ToString(CultureInfo.InvariantCulture));
}
