using System.Diagnostics;
using System.Globalization;
using Ontwar.Evaluation;
using Ontwar.Generation;
using Ontwar.Modeling;
using Ontwar.Solving;

namespace Ontwar.Benchmarks;

/// <summary>
/// <c>targets KIND SIZE SECONDS [SEED] [heuristic|exact|auto]</c>: generates one scenario (planted, random with the
/// comparison's options, or tight), solves it in process with the given time limit, checks the plan with the
/// independent checker and prints status, cut, planted cut, bound and wall time (model building included); then the
/// same solve is cancelled after a tenth of the limit and the time from cancellation to return is printed. These are the
/// figures issue 11's targets are stated in; they are measurements, never assertions.
/// </summary>
internal static class Targets
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static int Run(string[] args, TextWriter output)
    {
        if (args.Length < 3)
        {
            output.WriteLine("usage: targets planted|random|tight SIZE SECONDS [SEED] [auto|exact|heuristic]");
            return 2;
        }

        string kind = args[0];
        int size = int.Parse(args[1], Invariant);
        double seconds = double.Parse(args[2], Invariant);
        int seed = args.Length > 3 ? int.Parse(args[3], Invariant) : 1;
        var engine = args.Length > 4 ? Enum.Parse<EngineKind>(args[4], ignoreCase: true) : EngineKind.Auto;
        var entry = new Comparison.CatalogueEntry(kind, size, seed).Generate();
        var options = new SolverOptions { Engine = engine, TimeLimit = TimeSpan.FromSeconds(seconds), Seed = seed };

        var watch = Stopwatch.StartNew();
        var result = PackagingSolver.Solve(PackagingModel.Build(entry.Scenario), options);
        watch.Stop();
        string check = "no plan";
        double? cut = null;
        if (result.TryGetPlan(out var plan))
        {
            var evaluation = PlanEvaluator.Evaluate(entry.Scenario, plan);
            cut = evaluation.Metrics.CutWeight;
            check = evaluation.IsFeasible ? "passes the checker" : "FAILS the checker";
        }

        output.WriteLine(string.Create(Invariant,
            $"{kind} {size} seed {seed}, limit {seconds} s, {result.Engine}: {result.Status}, cut {cut?.ToString("0.##", Invariant) ?? "–"}, " +
            $"planted {entry.PlantedCut?.ToString("0.##", Invariant) ?? "–"}, bound {result.Bound:0.##}, {check}, wall {watch.Elapsed.TotalSeconds:0.00} s"));

        using var cancel = new CancellationTokenSource();
        var model = PackagingModel.Build(entry.Scenario);
        var solve = Task.Run(() => PackagingSolver.Solve(model, options, cancel.Token));
        Thread.Sleep(TimeSpan.FromSeconds(seconds / 10));
        var cancelled = Stopwatch.StartNew();
        cancel.Cancel();
        var late = solve.GetAwaiter().GetResult();
        output.WriteLine(string.Create(Invariant,
            $"  cancelled after {seconds / 10:0.##} s: returned {late.Status} {cancelled.Elapsed.TotalMilliseconds:0} ms after cancellation"));
        return 0;
    }
}
