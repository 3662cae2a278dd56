using System.Diagnostics;
using System.Globalization;
using Ontwar.Cbc;
using Ontwar.Generation;
using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Solving.Exact;
using Ontwar.Solving.Heuristic;

namespace Ontwar.Benchmarks;

/// <summary>
/// Runs the engines side by side on the same generated scenarios, in one process and one run, and prints Markdown
/// tables: the exact engine against CBC on the textbook MIP (planted 30 activities, 40 members), and the heuristic on
/// 1 000 to 100 000 activities against the planted plan, with the growth exponent of its time.
/// </summary>
internal static class ComparisonHarness
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static int Run(string[] args, TextWriter output)
    {
        bool quick = args.Contains("--quick");
        int[] seeds = quick ? [1] : [1, 2, 3];
        output.WriteLine($"# Ontwar comparison ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version})");
        output.WriteLine();
        ExactVersusCbc(seeds, quick ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(120), output);
        Heuristic(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000], output);
        return 0;
    }

    private static void ExactVersusCbc(int[] seeds, TimeSpan cbcLimit, TextWriter output)
    {
        output.WriteLine("## Exact engine vs CBC (textbook MIP, no warm start), planted 30 activities / 40 members");
        output.WriteLine();
        output.WriteLine("| seed | exact status | exact cut | exact ms (median of 5) | CBC status | CBC cut | CBC bound | CBC ms | CBC / exact |");
        output.WriteLine("|---:|---|---:|---:|---|---:|---:|---:|---:|");
        bool cbc = CbcEngine.IsAvailable;
        foreach (int seed in seeds)
        {
            var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 30, Packages = 5, Seed = seed });
            var model = PackagingModel.Build(planted.Scenario);
            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60), Seed = seed };
            SolveResult exact = null!;
            var times = new List<double>();
            for (int run = 0; run < 5; run++)
            {
                var watch = Stopwatch.StartNew();
                exact = new ExactEngine().Solve(model, options);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            double exactMs = Median(times);
            string cbcCells = "| n/a (CBC not installed) | | | | |";
            if (cbc)
            {
                var watch = Stopwatch.StartNew();
                var result = new CbcEngine().Solve(model, new SolverOptions { TimeLimit = cbcLimit, Seed = seed });
                double cbcMs = watch.Elapsed.TotalMilliseconds;
                cbcCells = $"| {Status(result)} | {Num(result.Objective)} | {Num(result.Bound)} | {cbcMs:F0} | {(cbcMs / exactMs).ToString("F0", Invariant)}x |";
            }

            output.WriteLine($"| {seed} | {Status(exact)} | {Num(exact.Objective)} | {exactMs.ToString("F0", Invariant)} {cbcCells}");
        }

        output.WriteLine();
    }

    private static void Heuristic(int[] sizes, TextWriter output)
    {
        output.WriteLine("## Heuristic engine on planted scenarios (seed 1)");
        output.WriteLine();
        output.WriteLine("| activities | members | status | cut | planted cut | ms |");
        output.WriteLine("|---:|---:|---|---:|---:|---:|");
        var points = new List<(double N, double Ms)>();
        foreach (int n in sizes)
        {
            var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = n, Seed = 1 });
            var model = PackagingModel.Build(planted.Scenario);
            var watch = Stopwatch.StartNew();
            var result = new HeuristicEngine().Solve(model, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(300), Seed = 1 });
            double ms = watch.Elapsed.TotalMilliseconds;
            points.Add((n, ms));
            output.WriteLine($"| {n} | {planted.Scenario.Members.Count} | {Status(result)} | {Num(result.Objective)} | {Num(planted.PlantedCut)} | {ms.ToString("F0", Invariant)} |");
        }

        if (points.Count >= 2)
        {
            output.WriteLine();
            output.WriteLine($"Growth exponent of time in activities (least squares on log-log): {GrowthExponent(points).ToString("F2", Invariant)}");
        }

        output.WriteLine();
    }

    internal static double GrowthExponent(IReadOnlyList<(double N, double Ms)> points)
    {
        double mx = points.Average(p => Math.Log(p.N)), my = points.Average(p => Math.Log(p.Ms));
        double sxy = points.Sum(p => (Math.Log(p.N) - mx) * (Math.Log(p.Ms) - my));
        double sxx = points.Sum(p => (Math.Log(p.N) - mx) * (Math.Log(p.N) - mx));
        return sxy / sxx;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Status(SolveResult r) => r.Status.ToString().ToLowerInvariant();

    private static string Num(double? value) => value is { } v ? v.ToString("0.##", Invariant) : "-";
}
