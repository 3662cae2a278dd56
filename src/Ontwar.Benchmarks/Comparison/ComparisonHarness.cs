using System.Globalization;
using System.Text;
using Ontwar.Evaluation;
using Ontwar.Solving;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>
/// <c>compare [--quick] [--time-limit SECONDS] [--max-size N] [--write-docs PATH]</c>: runs Ontwar's engines and the
/// peers side by side on the catalogue's scenarios, in one process and one run, checks every plan with the
/// independent plan checker, and prints (or writes, with the SVG plot next to it) the Markdown report.
/// </summary>
internal static class ComparisonHarness
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static int Run(string[] args, TextWriter output, TextWriter progress)
    {
        HarnessOptions options;
        try
        {
            options = HarnessOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            progress.WriteLine("compare: " + e.Message);
            progress.WriteLine("usage: compare [--quick] [--time-limit SECONDS] [--max-size N] [--write-docs PATH]");
            return 2;
        }

        var peers = new IPeer[]
        {
            new OntwarPeer(EngineKind.CpSat), new OntwarPeer(EngineKind.BranchAndBound), new OntwarPeer(EngineKind.Heuristic), new OntwarPeer(EngineKind.Auto),
            new MipPeer(), new MetisPeer(), new LouvainPeer(),
        };
        var availability = peers.ToDictionary(p => p, p => p.CheckAvailability());
        foreach (var (peer, status) in availability)
        {
            progress.WriteLine(status.IsAvailable ? $"{peer.Name}: {status.Detail}" : $"{peer.Name}: SKIPPED — {status.Detail}");
        }

        string work = Directory.CreateTempSubdirectory("ontwar-compare-").FullName;
        var rows = new List<ResultRow>();
        try
        {
            WarmUp(peers.OfType<OntwarPeer>(), work);
            foreach (var entry in ScenarioCatalogue.Entries(options.Quick, options.MaxSize))
            {
                var scenario = entry.Generate();
                progress.WriteLine($"{scenario.Name}: {scenario.Scenario.Members.Count} members, {scenario.Scenario.Dependencies.Count} dependencies");
                rows.AddRange(RunScenario(scenario, peers, availability, options, work, progress));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        var report = Report.Render(rows, availability, options);
        if (options.DocsPath is { } docs)
        {
            string svgPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(docs))!, Report.SvgFileName);
            File.WriteAllText(docs, report.Markdown);
            File.WriteAllText(svgPath, report.Svg);
            progress.WriteLine($"wrote {docs} and {svgPath}");
        }
        else
        {
            output.Write(report.Markdown);
        }

        return 0;
    }

    /// <summary>Runs Ontwar's engines, the staffer and the checker once on a small scenario so that JIT compilation is not timed.</summary>
    private static void WarmUp(IEnumerable<OntwarPeer> engines, string work)
    {
        var scenario = new CatalogueEntry(ScenarioCatalogue.Planted, 20, 2).Generate();
        foreach (var engine in engines)
        {
            if (engine.Run(scenario, new PeerContext(TimeSpan.FromSeconds(10), 1, null, work)).Plan is { } plan)
            {
                PlanEvaluator.Evaluate(scenario.Scenario, plan);
            }
        }

        PartitionStaffer.Staff(scenario.Model, new int[scenario.Size]);
    }

    private static List<ResultRow> RunScenario(
        BenchmarkScenario scenario,
        IReadOnlyList<IPeer> peers,
        IReadOnlyDictionary<IPeer, PeerAvailability> availability,
        HarnessOptions options,
        string work,
        TextWriter progress)
    {
        // The default engine runs first: its package count is METIS's k and its time and cut the reference.
        var auto = peers.OfType<OntwarPeer>().Single(p => p.Kind == EngineKind.Auto);
        var results = new Dictionary<IPeer, ResultRow>();
        var autoRow = RunOne(auto, scenario, new PeerContext(options.TimeLimit, 1, null, work), progress);
        results[auto] = autoRow;
        var context = new PeerContext(options.TimeLimit, 1, autoRow.Packages, work);
        foreach (var peer in peers.Where(p => p != auto))
        {
            results[peer] = !availability[peer].IsAvailable
                ? ResultRow.NotRun(scenario, peer.Name, "not installed")
                : peer.NotRunReason(scenario) is { } why
                    ? ResultRow.NotRun(scenario, peer.Name, why)
                    : peer is MetisPeer && context.PackageCount is null
                        ? ResultRow.NotRun(scenario, peer.Name, "no k: the default engine found no plan")
                        : RunOne(peer, scenario, context, progress);
        }

        return peers.Select(p => results[p].RelativeTo(autoRow)).ToList();
    }

    private static ResultRow RunOne(IPeer peer, BenchmarkScenario scenario, PeerContext context, TextWriter progress)
    {
        PeerRun run;
        try
        {
            run = peer.Run(scenario, context);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            run = new PeerRun("failed", null, null, TimeSpan.Zero, e.Message);
        }

        int? parts = null, staffed = null;
        var plan = run.Plan;
        if (run.PackageOf is { } packageOf)
        {
            var staffing = PartitionStaffer.Staff(scenario.Model, packageOf);
            plan = staffing.Plan;
            parts = staffing.Parts;
            staffed = staffing.Staffed;
        }

        var row = new ResultRow(scenario.Kind, scenario.Size, scenario.PlantedCut, peer.Name, run.Status, run.Elapsed.TotalMilliseconds, run.Note)
        {
            Parts = parts,
            Staffed = staffed,
        };
        if (plan is not null)
        {
            var evaluation = PlanEvaluator.Evaluate(scenario.Scenario, plan);
            var errors = evaluation.Violations.Where(v => v.Severity == Diagnostics.DiagnosticSeverity.Error)
                .GroupBy(v => v.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count())).ToList();
            row = row with { Packages = plan.Packages.Count, Cut = evaluation.Metrics.CutWeight, Feasible = evaluation.IsFeasible, Errors = errors };
        }

        progress.WriteLine($"  {peer.Name,-20} {row.Status,-10} {row.CutText,10} {row.FeasibleText,-40} {row.Ms.ToString("F0", Invariant),8} ms");
        return row;
    }
}

/// <summary>The harness's settings.</summary>
internal sealed record HarnessOptions(bool Quick, TimeSpan TimeLimit, int? MaxSize, string? DocsPath)
{
    /// <exception cref="ArgumentException">An unknown option, or a value missing or out of range.</exception>
    internal static HarnessOptions Parse(IReadOnlyList<string> args)
    {
        bool quick = false;
        double? seconds = null;
        int? maxSize = null;
        string? docs = null;
        for (int i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--time-limit":
                    seconds = double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s > 0 && double.IsFinite(s)
                        ? s : throw new ArgumentException("--time-limit must be a positive number of seconds.");
                    break;
                case "--max-size":
                    maxSize = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
                        ? n : throw new ArgumentException("--max-size must be a positive number of activities.");
                    break;
                case "--write-docs":
                    docs = Value();
                    break;
                default:
                    throw new ArgumentException($"unknown option '{args[i]}'.");
            }
        }

        return new HarnessOptions(quick, TimeSpan.FromSeconds(seconds ?? (quick ? 10 : 30)), maxSize, docs);
    }
}

/// <summary>One engine on one scenario: what it returned and what the independent checker said of its (staffed) plan.</summary>
internal sealed record ResultRow(string Kind, int Size, double? PlantedCut, string Peer, string Status, double Ms, string? Note)
{
    internal int? Packages { get; init; }

    internal int? Parts { get; init; }

    internal int? Staffed { get; init; }

    internal double? Cut { get; init; }

    internal bool? Feasible { get; init; }

    internal IReadOnlyList<(string Code, int Count)> Errors { get; init; } = [];

    internal bool Ran => NotRunReason is null;

    internal string? NotRunReason { get; init; }

    internal double? TimeRatio { get; init; }

    internal double? CutRatio { get; init; }

    internal static ResultRow NotRun(BenchmarkScenario scenario, string peer, string why)
        => new(scenario.Kind, scenario.Size, scenario.PlantedCut, peer, "not run", 0, null) { NotRunReason = why };

    internal ResultRow RelativeTo(ResultRow reference) => !Ran ? this : this with
    {
        TimeRatio = reference.Ms > 0 ? Ms / reference.Ms : null,
        CutRatio = Cut is { } c && reference.Cut is { } r && r > 0 ? c / r : null,
    };

    internal string CutText => Cut is { } c ? c.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    internal string FeasibleText
    {
        get
        {
            if (Feasible is not { } feasible)
            {
                return Ran ? "no plan" : "–";
            }

            if (feasible)
            {
                return "yes";
            }

            int total = Errors.Sum(e => e.Count);
            var top = string.Join(", ", Errors.Take(3).Select(e => $"{e.Count.ToString(CultureInfo.InvariantCulture)} {e.Code}"));
            return $"no: {total.ToString(CultureInfo.InvariantCulture)} errors ({top}{(Errors.Count > 3 ? ", …" : string.Empty)})";
        }
    }
}
