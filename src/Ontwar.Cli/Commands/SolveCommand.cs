using System.CommandLine;
using System.Globalization;
using System.Diagnostics;
using System.Text;
using Ontwar.Cli.Reports;
using Ontwar.Interpretation;
using Ontwar.Modeling;
using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Solving.Heuristic;
using Ontwar.Solving.Mip;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar solve FILE [--format text|json|dot|mermaid|csv|html] [--lang en|nl] [--output PATH] [--time-limit SECONDS]
/// [--seed N] [--ideal] [--engine auto|exact|cpsat|branch-and-bound|heuristic|cbc|scip|highs] [--threads N] [--no-compare]</c>: cuts a scenario's
/// activities into packages with teams and scales, interprets the plan (intensity, coordination, decision levels,
/// links) and prints it. Exit 0 with a plan, 3 when infeasible, 4 when no plan was found within the time limit, 2 on
/// invalid input (docs/cli.md). Ctrl+C stops the search and reports the best plan found.
/// </summary>
internal static class SolveCommand
{
    /// <summary>The largest accepted <c>--time-limit</c>, in seconds (about 11.5 days).</summary>
    internal const double MaxTimeLimitSeconds = 1_000_000;

    /// <summary>
    /// The smallest accepted <c>--time-limit</c>, in seconds (one millisecond): below it a limit rounds to no time at all
    /// and no engine could honour it.
    /// </summary>
    internal const double MinTimeLimitSeconds = 0.001;

    /// <summary>The accepted <c>--engine</c> values; the first is the default.</summary>
    internal static readonly string[] Engines = [.. SolverCliOptions.Engines, .. Enum.GetValues<MipBackend>().Select(MipEngine.NameOf)];

    internal static Command Create(CliContext context)
    {
        var file = CommonOptions.File("scenario file");
        var format = CommonOptions.Format(ReportFormats.All);
        var lang = CommonOptions.Language();
        var noCompare = new Option<bool>("--no-compare")
        {
            Description = "html only: leave out table 3 (deviations from the ideal plan), which solves the scenario a second time.",
        };
        var output = CommonOptions.Output();
        var timeLimit = new Option<double>("--time-limit")
        {
            Description = "Stop the search after this many seconds and report the best plan found.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => SolverOptions.Default.TimeLimit!.Value.TotalSeconds,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of every random choice; the same seed gives the same plan.",
            HelpName = "N",
            DefaultValueFactory = _ => 0,
        };
        var ideal = new Option<bool>("--ideal")
        {
            Description = "Ignore the scenario's rules and solve the ideal plan (step 6 of the method: ideal first, reality second).",
        };
        var engine = new Option<string>("--engine")
        {
            Description = SolverCliOptions.EngineDescription + " Or cbc, scip or highs (that MIP solver, bundled with OR-Tools, on the textbook MIP, warm-started by the heuristic).",
            DefaultValueFactory = _ => Engines[0],
        };
        engine.AcceptOnlyFromAmong(Engines);
        var threads = new Option<int>("--threads")
        {
            Description = "Threads the engine may use; results do not depend on it for a given seed.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };

        var command = new Command(
            "solve",
            "Cut a scenario's activities into cohesive packages, each with a team and a scale, and interpret the plan; "
            + "exit 0 with a plan, 3 when infeasible, 4 when no plan was found in time, 2 on invalid input.")
        {
            file, format, lang, output, timeLimit, seed, ideal, engine, threads, noCompare,
        };
        command.SetAction(parse => context.Execute(parse, p => Run(
            context,
            new Request(
                p.GetValue(file)!,
                p.GetValue(format)!,
                ReportLabels.For(p.GetValue(lang)!),
                p.GetValue(output),
                p.GetValue(ideal),
                MipEngine.TryParse(p.GetValue(engine), out var backend) ? backend : null,
                !p.GetValue(noCompare),
                context.ErrorIsTerminal && !p.GetValue(context.QuietOption)),
            Options(p.GetValue(timeLimit), p.GetValue(seed), p.GetValue(threads), p.GetValue(engine)!))));
        return command;
    }

    /// <summary>The solver options of the command line, checked together; a bad value is invalid input (exit 2).</summary>
    /// <exception cref="CliException">The time limit or the thread count is out of range.</exception>
    internal static SolverOptions Options(double timeLimit, int seed, int threads, string engine)
    {
        var problems = new List<string>();
        if (TimeLimitProblem(timeLimit) is { } problem)
        {
            problems.Add(problem);
        }

        if (threads < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--threads must be at least 1, not {threads}."));
        }

        if (problems.Count > 0)
        {
            throw new CliException(string.Join(" ", problems));
        }

        return new SolverOptions
        {
            TimeLimit = TimeSpan.FromSeconds(timeLimit),
            Seed = seed,
            Threads = threads,
            Engine = SolverCliOptions.Parse(engine),
        };
    }

    /// <summary>What is wrong with a <c>--time-limit</c> value, or <see langword="null"/> when it is in range.</summary>
    internal static string? TimeLimitProblem(double timeLimit)
        => double.IsFinite(timeLimit) && timeLimit >= MinTimeLimitSeconds && timeLimit <= MaxTimeLimitSeconds
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"--time-limit must be a number of seconds between {MinTimeLimitSeconds} and {MaxTimeLimitSeconds}, not {timeLimit}.");

    /// <summary>The exit code of a solve status (docs/cli.md).</summary>
    internal static int ExitCodeOf(SolveStatus status) => status switch
    {
        SolveStatus.Optimal or SolveStatus.Feasible => ExitCodes.Ok,
        SolveStatus.Infeasible => ExitCodes.Infeasible,
        _ => ExitCodes.NoPlan,
    };

    private static int Run(CliContext context, Request request, SolverOptions options)
    {
        var input = context.ReadScenarioAndPlan(request.File, planFile: null);
        if (input is null)
        {
            return ExitCodes.InvalidInput;
        }

        var scenario = input.Scenario;
        var progress = new ProgressDisplay();
        var solveOptions = new SolverOptions
        {
            TimeLimit = options.TimeLimit,
            Seed = options.Seed,
            Threads = options.Threads,
            Engine = options.Engine,
            Progress = request.ShowProgress ? progress : null,
        };
        var token = context.Cancellation;
        var result = progress.Run(request.ShowProgress, () => request.Mip is { } backend
            ? SolveWithMip(backend, scenario, solveOptions, request.Ideal, token)
            : PackagingSolver.Solve(scenario, solveOptions, request.Ideal, token));
        if (token.IsCancellationRequested)
        {
            context.WriteErrorLine("ontwar: interrupted: reporting the best plan found so far.");
        }

        var interpretation = result.TryGetPlan(out var plan) ? PlanInterpreter.Interpret(scenario, plan, request.Ideal) : null;
        var document = PlanDocumentFactory.Create(scenario, result, interpretation);
        string content;
        if (ReportFormats.UsesReportModel(request.Format))
        {
            // Table 3 needs the other plan (ideal or realistic); only the HTML report shows it.
            bool compare = request.Format == ReportFormats.Html && request.Compare && !token.IsCancellationRequested;
            var comparison = compare ? new SolverOptions { TimeLimit = options.TimeLimit, Seed = options.Seed, Threads = options.Threads, Engine = options.Engine } : null;
            var model = progress.Run(request.ShowProgress && compare, () => ReportModelBuilder.FromSolve(scenario, result, request.Ideal, comparison, token, checks: request.Format == ReportFormats.Html));
            content = ReportFormats.Render(request.Format, model, request.Labels);
        }
        else
        {
            content = request.Format == ReportFormats.Json ? PlanJson.ToJson(document) + "\n" : RenderText(scenario, document, interpretation, request.Ideal);
        }

        context.WriteResult(request.Output, content);

        int exit = ExitCodeOf(result.Status);
        if (exit != ExitCodes.Ok && (request.Format != ReportFormats.Text || request.Output is not null))
        {
            // The reasons are in the result; repeat them where a person running a script will see them.
            context.WriteErrorLine($"ontwar: {input.ScenarioName}: {PlanDocument.NameOf(result.Status)}: "
                + (result.Status == SolveStatus.Infeasible ? "no plan meets the hard constraints." : "no plan was found within the time limit."));
            context.Report(document.Diagnostics);
        }

        return exit;
    }

    /// <summary>What one <c>solve</c> asks for besides the solver options.</summary>
    private sealed record Request(string File, string Format, ReportLabels Labels, string? Output, bool Ideal, MipBackend? Mip, bool Compare, bool ShowProgress);

    /// <summary>
    /// <c>--engine cbc|scip|highs</c>: the heuristic engine runs first for a tenth of the time limit (at most one second)
    /// and its plan warm-starts the MIP solver, which gets the rest of the time; the result reports the time of both.
    /// </summary>
    private static SolveResult SolveWithMip(MipBackend backend, Scenario scenario, SolverOptions options, bool ideal, CancellationToken token)
    {
        var clock = Stopwatch.StartNew();
        var model = PackagingModel.Build(scenario, ideal);
        var limit = options.TimeLimit!.Value;
        var share = TimeSpan.FromTicks(Math.Min(limit.Ticks / 10, TimeSpan.FromSeconds(1).Ticks));
        var warm = new HeuristicEngine().Solve(model, new SolverOptions { TimeLimit = share, Seed = options.Seed, Engine = EngineKind.Heuristic }, token);
        if (warm.Status == SolveStatus.Infeasible)
        {
            // The heuristic found facts that prove infeasibility on their own: the MIP solver cannot do better.
            return warm;
        }

        var rest = limit - clock.Elapsed;
        var mipOptions = new SolverOptions { TimeLimit = rest > TimeSpan.FromMilliseconds(100) ? rest : TimeSpan.FromMilliseconds(100), Seed = options.Seed, Threads = options.Threads };
        Func<SolveResult> solve = () => new MipEngine(backend).Solve(model, mipOptions, warm.HasPlan ? warm.Plan : null, token);

        // HiGHS prints a banner on standard output whatever it is told; there it would corrupt the command's result.
        var result = backend == MipBackend.Highs ? NativeStandardOutput.Discarded(solve) : solve();

        return new SolveResult(
            result.Status,
            result.Engine,
            result.HasPlan ? result.Plan : null,
            result.Objective,
            result.Bound,
            clock.Elapsed,
            result.Diagnostics);
    }

    /// <summary>The <c>text</c> format of a solve: a summary, the packages, the links and the diagnostics.</summary>
    internal static string RenderText(Scenario scenario, PlanDocument document, PlanInterpretation? interpretation, bool ideal)
    {
        var text = new StringBuilder();
        text.Append(scenario.Name).Append('\n');
        var summary = new TextTable();
        summary.Add("status", Invariant($"{PlanDocument.NameOf(document.Status)} (engine {document.Engine}, {document.ElapsedMs} ms)"));
        if (document.Metrics is { } m)
        {
            var gap = document.Gap is { } g ? g.ToString("0.#%", CultureInfo.InvariantCulture) : "unknown";
            summary.Add("cut weight", Invariant($"{Num(m.CutWeight)} (bound {Num(document.Bound ?? 0)}, gap {gap})"));
            summary.Add("cohesion", Invariant($"{Num(m.InternalWeight)} inside packages, {Num(m.CutWeight)} between, {Num(m.TotalWeight)} in all")
                + (m.Modularity is { } q ? Invariant($"; modularity {q:0.###}") : string.Empty));
            summary.Add("packages", Invariant($"{document.Packages.Count}, with {document.Links.Count} link(s) between them"));
        }
        else if (document.Bound is { } bound && document.Status == SolveStatus.Unknown)
        {
            summary.Add("bound", Invariant($"{Num(bound)} (no plan found)"));
        }

        summary.Add("rules", RulesLine(scenario, ideal));
        summary.WriteTo(text, string.Empty);

        if (interpretation is not null)
        {
            foreach (var package in interpretation.Packages)
            {
                text.Append('\n');
                WritePackage(text, scenario, package);
            }

            text.Append('\n');
            WriteLinks(text, interpretation);
            WriteLayer(text, scenario, interpretation);
            WriteGoals(text, interpretation);
        }

        text.Append('\n');
        WriteDiagnostics(text, document.Diagnostics);
        return text.ToString();
    }

    /// <summary>One package in the text format: scale, intensity, coordination, decisions, partners, activities and team.</summary>
    internal static void WritePackage(StringBuilder text, Scenario scenario, PackageInterpretation package)
    {
        text.Append("Package ").Append(package.Id).Append(": scale ")
            .Append(package.Scale is { } s ? $"{s.ToName()} ({s.ToDutch()})" : "none (its fixed-scale rules disagree)")
            .Append(package.ScaleFromPolicy ? ", from the scale policy" : string.Empty)
            .Append('\n');
        var facts = new TextTable();
        facts.Add("intensity", package.Intensity is { } i
            ? Invariant($"{i.ToName()} ({i.ToDutch()}): strongest pair cohesion {Num(package.StrongestPairCohesion ?? 0)}")
            : "none: no two of its activities are linked");
        facts.Add("coordination", $"{package.Coordination.ToName()} ({package.Coordination.ToDutch()}): "
            + (package.ComplexActivities.Count == 0 ? "every activity is simple and stable" : "complex or changing " + string.Join(", ", package.ComplexActivities)));
        facts.Add("decisions", "the team decides " + string.Join(", ", package.DecisionLevels.Select(l => $"{l.ToName()} ({l.ToDutch()})")));
        facts.Add("partners", string.Join(", ", package.Partners));
        if (scenario.Goals.Count > 0)
        {
            facts.Add("goals", package.Goals.Count == 0 ? "none of the scenario's goals" : string.Join(", ", package.Goals.Select(g => scenario.Goals.First(x => x.Id == g).Name)));
        }

        facts.WriteTo(text, "  ");

        text.Append("  activities\n");
        var activities = new TextTable();
        foreach (var id in package.Activities)
        {
            var a = scenario.GetActivity(id);
            activities.Add(a.Id, a.Name, "ideal " + a.IdealScale.ToName(), a.Complexity.ToName() + " and " + a.Stability.ToName(), a.Requires.Count == 0 ? "-" : "requires " + string.Join(", ", a.Requires));
        }

        activities.WriteTo(text, "    ");
        text.Append("  team\n");
        var team = new TextTable();
        var needed = new HashSet<string>(package.NeededMembers, StringComparer.Ordinal);
        foreach (var id in package.Members)
        {
            var member = scenario.GetMember(id);
            team.Add(member.Id, member.DisplayName, member.Partner ?? "-", member.Scale.ToName(), needed.Contains(id) ? "needed" : "filling");
        }

        team.WriteTo(text, "    ");
    }

    /// <summary>The links between packages in the text format.</summary>
    internal static void WriteLinks(StringBuilder text, PlanInterpretation interpretation)
    {
        if (interpretation.Links.Count == 0)
        {
            text.Append("Links between packages: none\n");
            return;
        }

        text.Append("Links between packages\n");
        var table = new TextTable("packages", "weight", "intensity", "coordination", "decided together (000:325)", "re-examine split", "collaboration forms (000:619-622)");
        foreach (var link in interpretation.Links)
        {
            table.Add(
                $"{link.First} - {link.Second}",
                Num(link.Weight),
                $"{link.Intensity.ToName()} ({link.Intensity.ToDutch()})",
                $"{link.Coordination.ToName()} ({link.Coordination.ToDutch()})",
                link.DecisionLevels.Count == 0 ? "nothing" : string.Join(", ", link.DecisionLevels.Select(l => l.ToName())),
                link.ReexamineSplit ? "yes" : "no",
                string.Join(", ", link.Forms.Select(f => f.ToName())));
        }

        table.WriteTo(text, "  ");
        foreach (var link in interpretation.LinksToReexamine)
        {
            text.Append("  re-examine ").Append(link.First).Append(" - ").Append(link.Second).Append(": ").Append(link.ReexamineReason).Append('\n');
        }
    }

    /// <summary>The coordination layer above the packages and the load per actor, in the text format.</summary>
    internal static void WriteLayer(StringBuilder text, Scenario scenario, PlanInterpretation interpretation)
    {
        if (interpretation.CoordinationLayer is { } layer)
        {
            text.Append("\nCoordination layer between packages (kerngroep / regieteam, 000:419-437)\n");
            var seats = new TextTable("package", "seat", "actor", "cohesion to other packages");
            foreach (var seat in layer.Seats)
            {
                seats.Add(seat.Package, $"{scenario.GetMember(seat.Member).DisplayName} ({seat.Member})", seat.Actor, Num(seat.LinksOut));
            }

            seats.WriteTo(text, "  ");
            text.Append("  decides together: ").Append(layer.DecisionLevels.Count == 0 ? "nothing; it keeps the packages informed" : string.Join(", ", layer.DecisionLevels.Select(l => $"{l.ToName()} ({l.ToDutch()})"))).Append('\n');
        }

        var loaded = interpretation.ActorLoads.Where(l => l.Tables.Count > 1).ToList();
        if (loaded.Count > 0)
        {
            text.Append("\nActors at more than one table (001:287)\n");
            var loads = new TextTable("actor", "tables", "at");
            foreach (var load in loaded)
            {
                loads.Add(load.Actor, load.Tables.Count.ToString(CultureInfo.InvariantCulture) + (load.Tables.Count > Ontwar.Interpretation.SamenwerkCheck.MaxTablesPerActor ? " (too many)" : string.Empty), string.Join(", ", load.Tables));
            }

            loads.WriteTo(text, "  ");
        }
    }

    /// <summary>The goals and the packages serving them, in the text format.</summary>
    internal static void WriteGoals(StringBuilder text, PlanInterpretation interpretation)
    {
        if (interpretation.Goals.Count == 0)
        {
            return;
        }

        text.Append("\nGoals (000:297, 000:603)\n");
        var goals = new TextTable("goal", "served by", "note");
        foreach (var g in interpretation.Goals)
        {
            goals.Add(g.Goal.Name, g.Unserved ? "-" : string.Join(", ", g.Packages), g.Unserved ? "served by no package" : g.BarelyLinked ? "split over packages that barely link" : "-");
        }

        goals.WriteTo(text, "  ");
    }

    /// <summary>The diagnostics in the text format, one line each as on standard error.</summary>
    internal static void WriteDiagnostics(StringBuilder text, IReadOnlyList<Ontwar.Diagnostics.Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            text.Append("Diagnostics: none\n");
            return;
        }

        text.Append("Diagnostics\n");
        foreach (var d in diagnostics)
        {
            text.Append("  ").Append(CliContext.FormatLine(d)).Append('\n');
        }
    }

    /// <summary>A number as the text formats print it: invariant culture, at most three decimals.</summary>
    internal static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string RulesLine(Scenario scenario, bool ideal)
    {
        int n = scenario.Rules.Count;
        if (n == 0)
        {
            return "none";
        }

        return ideal
            ? Invariant($"{n} ignored (--ideal: the ideal plan, without practical obstacles)")
            : Invariant($"{n} applied");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
