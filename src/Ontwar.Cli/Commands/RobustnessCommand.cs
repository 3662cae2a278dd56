using System.CommandLine;
using System.Globalization;
using System.Text;
using Ontwar.Graphs.Algorithms;
using Ontwar.Interpretation;
using Ontwar.Interpretation.Robustness;
using Ontwar.Serialization;
using Ontwar.Solving;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar robustness FILE [--samples N] [--noise SIGMA] [--seed N] [--engine auto|exact|heuristic] [--time-limit S]
/// [--ideal] [--parallel N] [--format text|json] [--output PATH]</c>: solves the scenario, then re-solves it under
/// log-normal noise on every cohesion weight and reports how stable the plan's packages are. Exit 0 with a report,
/// 3 when infeasible, 4 when no plan was found in time, 2 on invalid input (docs/cli.md).
/// </summary>
internal static class RobustnessCommand
{
    /// <summary>How many least stable pairs the text format lists.</summary>
    internal const int PairsShown = 10;

    private static readonly string[] Engines = SolverCliOptions.Engines;

    internal static Command Create(CliContext context)
    {
        var file = CommonOptions.File("scenario file");
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var samples = new Option<int>("--samples", "-n")
        {
            Description = $"Number of perturbed samples to re-solve, between 1 and {RobustnessOptions.MaxSamples}.",
            HelpName = "N",
            DefaultValueFactory = _ => RobustnessOptions.Default.Samples,
        };
        var noise = new Option<double>("--noise")
        {
            Description = "σ of the multiplicative log-normal noise on every weight (mean 1): 0.25 moves most weights by up to ±50 %; 0 means no noise.",
            HelpName = "SIGMA",
            DefaultValueFactory = _ => RobustnessOptions.Default.Noise,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the noise and of the solver; the same seed gives the same report.",
            HelpName = "N",
            DefaultValueFactory = _ => 0,
        };
        var engine = new Option<string>("--engine")
        {
            Description = "The engine for the reference plan and every sample: " + string.Join(", ", Engines) + ".",
            DefaultValueFactory = _ => Engines[0],
        };
        engine.AcceptOnlyFromAmong(Engines);
        var timeLimit = new Option<double>("--time-limit")
        {
            Description = "Time limit of each solve (the reference and every sample), in seconds.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => RobustnessOptions.Default.Solver.TimeLimit!.Value.TotalSeconds,
        };
        var ideal = new Option<bool>("--ideal")
        {
            Description = "Ignore the scenario's rules: test the ideal plan.",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Samples solved at the same time; the report does not depend on it.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };

        var command = new Command(
            "robustness",
            "Test how much the plan rests on the exact cohesion weights: re-solve under log-normal noise on every weight and report "
            + "how often activities land together, the stability of every package with a 95% confidence interval, and the unstable activities. "
            + "Example: ontwar robustness samples/maria.json --samples 100 --noise 0.3. "
            + "Exit 0 with a report, 3 when infeasible, 4 when no plan was found in time, 2 on invalid input.")
        {
            file, samples, noise, seed, engine, timeLimit, ideal, parallel, format, output,
        };
        command.SetAction(parse => context.Execute(parse, p => Run(
            context,
            p.GetValue(file)!,
            p.GetValue(format) == "json",
            p.GetValue(output),
            Options(p.GetValue(samples), p.GetValue(noise), p.GetValue(seed), p.GetValue(engine)!, p.GetValue(timeLimit), p.GetValue(ideal), p.GetValue(parallel)))));
        return command;
    }

    /// <summary>The options of the command line, every problem reported together as invalid input (exit 2).</summary>
    /// <exception cref="CliException">A value is out of range.</exception>
    private static RobustnessOptions Options(int samples, double noise, int seed, string engine, double timeLimit, bool ideal, int parallel)
    {
        var problems = new List<string>();
        if (samples < 1 || samples > RobustnessOptions.MaxSamples)
        {
            problems.Add(Invariant($"--samples must be between 1 and {RobustnessOptions.MaxSamples}, not {samples}."));
        }

        if (!double.IsFinite(noise) || noise < 0 || noise > RobustnessOptions.MaxNoise)
        {
            problems.Add(Invariant($"--noise must be between 0 and {RobustnessOptions.MaxNoise}, not {noise}."));
        }

        if (SolveCommand.TimeLimitProblem(timeLimit) is { } problem)
        {
            problems.Add(problem);
        }

        if (parallel < 1)
        {
            problems.Add(Invariant($"--parallel must be at least 1, not {parallel}."));
        }

        if (problems.Count > 0)
        {
            throw new CliException(string.Join(" ", problems));
        }

        return new RobustnessOptions
        {
            Samples = samples,
            Noise = noise,
            Seed = seed,
            IgnoreRules = ideal,
            MaxDegreeOfParallelism = parallel,
            Solver = new SolverOptions
            {
                TimeLimit = TimeSpan.FromSeconds(timeLimit),
                Seed = seed,
                Engine = SolverCliOptions.Parse(engine),
            },
        };
    }

    private static int Run(CliContext context, string file, bool json, string? output, RobustnessOptions options)
    {
        var input = context.ReadScenarioAndPlan(file, planFile: null);
        if (input is null)
        {
            return ExitCodes.InvalidInput;
        }

        var scenario = input.Scenario;
        var result = PackagingSolver.Solve(scenario, options.Solver, options.IgnoreRules);
        if (!result.TryGetPlan(out var plan))
        {
            // Nothing to test: say why, as solve would, and write no report.
            context.WriteErrorLine($"ontwar: {input.ScenarioName}: {PlanDocument.NameOf(result.Status)}: "
                + (result.Status == SolveStatus.Infeasible ? "no plan meets the hard constraints" : "no plan was found within the time limit")
                + "; there is no plan to test.");
            context.Report(PlanDocumentFactory.Create(scenario, result).Diagnostics);
            return SolveCommand.ExitCodeOf(result.Status);
        }

        RobustnessReport report;
        try
        {
            report = RobustnessAnalyzer.Analyze(scenario, plan, options);
        }
        catch (InvalidOperationException e)
        {
            // No sample gave a plan within the per-sample limit: the same answer as a solve that found none.
            throw new CliException(ExitCodes.NoPlan, e.Message);
        }

        var interpretation = PlanInterpreter.Interpret(scenario, plan, options.IgnoreRules);
        var document = PlanDocumentFactory.Create(scenario, result, interpretation);
        var order = SpectralOrdering.Order(scenario, plan);
        context.WriteResult(output, json ? RobustnessJson.ToJson(document, report, order) + "\n" : RenderText(scenario, result, report, order));
        return ExitCodes.Ok;
    }

    /// <summary>The text format: the reference, the noise, package stability, unstable activities, least stable pairs, the DSM order.</summary>
    internal static string RenderText(Scenario scenario, SolveResult reference, RobustnessReport report, DsmOrder order)
    {
        var text = new StringBuilder();
        string level = Percent(report.ConfidenceLevel);
        text.Append(scenario.Name).Append('\n');
        var summary = new TextTable();
        summary.Add("reference", Invariant($"{PlanDocument.NameOf(reference.Status)} (engine {reference.Engine}), cut weight {Num(report.ReferenceCutWeight)}, {report.Reference.Packages.Count} package(s)")
            + (report.RulesIgnored ? ", rules ignored (--ideal)" : string.Empty));
        summary.Add("noise", Invariant($"{RobustnessReport.Distribution} factor on every weight, σ {Num(report.Noise)} (μ {Num(report.Mu)}, mean 1), seed {report.Seed}"));
        summary.Add("samples", Invariant($"{report.SamplesSolved} solved of {report.SamplesRequested} ({report.SamplesWithoutPlan} without a plan); {report.SamplesMatchingReference} cut exactly as the reference"));
        summary.Add("cut weight", Invariant($"mean {Num(report.CutWeight.Mean)} ({level} CI {Range(report.CutWeight)}), min {Num(report.CutWeight.Minimum)}, max {Num(report.CutWeight.Maximum)}, under the perturbed weights"));
        summary.Add(string.Empty, Invariant($"mean {Num(report.CutWeightUnderOriginalWeights.Mean)} ({level} CI {Range(report.CutWeightUnderOriginalWeights)}) under the original weights"));
        summary.WriteTo(text, string.Empty);

        text.Append('\n').Append(Invariant($"Package stability (best-match Jaccard over the samples; mean with {level} confidence interval)\n"));
        var packages = new TextTable("package", "activities", "stability", $"{level} CI", "pairs together", "intact");
        foreach (var p in report.Packages)
        {
            packages.Add(
                p.Id,
                string.Join(", ", p.Activities),
                Num(p.Stability.Mean),
                Range(p.Stability),
                p.PairsTogether is { } pairs ? Invariant($"{Num(pairs.Mean)} ({Range(pairs)})") : "-",
                Invariant($"{p.SamplesIntact}/{report.SamplesSolved}"));
        }

        packages.WriteTo(text, "  ");

        text.Append('\n');
        if (report.UnstableActivities.Count == 0)
        {
            text.Append(Invariant($"Unstable activities (stability below {Num(report.UnstableThreshold)}): none\n"));
        }
        else
        {
            text.Append(Invariant($"Unstable activities (stability below {Num(report.UnstableThreshold)})\n"));
            var unstable = new TextTable("activity", "package", "stability", $"{level} CI", "most often joins");
            foreach (var a in report.UnstableActivities)
            {
                unstable.Add(
                    a.Id,
                    a.ReferencePackage ?? "-",
                    Num(a.Stability.Mean),
                    Range(a.Stability),
                    a.Partner is { } partner ? Invariant($"{partner} ({Percent(a.PartnerFrequency)})") : "-");
            }

            unstable.WriteTo(text, "  ");
        }

        text.Append('\n');
        var least = report.LeastStablePairs(PairsShown);
        if (least.Count == 0)
        {
            text.Append("Least stable pairs: none (every sample agrees with the reference on every linked pair)\n");
        }
        else
        {
            text.Append("Least stable pairs (where the samples disagree most with the reference)\n");
            var pairs = new TextTable("pair", "cohesion", "reference", "together", $"{level} CI");
            foreach (var p in least)
            {
                pairs.Add(
                    $"{p.First} - {p.Second}",
                    Num(p.Cohesion),
                    p.TogetherInReference ? "together" : "apart",
                    Invariant($"{Percent(p.Frequency)} ({p.Together}/{p.Samples})"),
                    Invariant($"{Percent(p.Lower)}-{Percent(p.Upper)}"));
            }

            pairs.WriteTo(text, "  ");
        }

        text.Append('\n').Append("DSM order (spectral: strongly linked packages and activities next to each other)\n");
        var rows = new TextTable();
        int at = 0;
        foreach (var id in order.Packages)
        {
            var package = report.Reference.Packages.First(p => p.Id == id);
            rows.Add(id, string.Join(", ", order.Activities.Skip(at).Take(package.Activities.Count)));
            at += package.Activities.Count;
        }

        if (order.Unplaced.Count > 0)
        {
            rows.Add("(unplaced)", string.Join(", ", order.Unplaced));
        }

        rows.WriteTo(text, "  ");
        return text.ToString();
    }

    private static string Range(Estimate e) => Invariant($"{Num(e.Lower)}-{Num(e.Upper)}");

    private static string Num(double value) => SolveCommand.Num(value);

    private static string Percent(double value) => value.ToString("0.#%", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
