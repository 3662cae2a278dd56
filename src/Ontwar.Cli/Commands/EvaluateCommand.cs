using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ontwar.Evaluation;
using Ontwar.Interpretation;
using Ontwar.Plans;
using Ontwar.Serialization;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar evaluate FILE [--plan PLAN | --baseline current|per-function] [--ideal] [--format text|json]
/// [--output PATH]</c>: scores a plan against a scenario with <see cref="PlanEvaluator"/> (metrics and every violated
/// hard constraint in domain words) and interprets it when it fits the scenario. Without <c>--plan</c> it evaluates
/// today's organisation. Exit 0 when the plan meets every hard constraint, 3 when it violates one, 2 on invalid input.
/// </summary>
internal static class EvaluateCommand
{
    private const string Current = "current";
    private const string PerFunction = "per-function";

    /// <summary>Violations after which the plan cannot be interpreted package by package.</summary>
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        ViolationCodes.UnknownActivity,
        ViolationCodes.UnknownMember,
        ViolationCodes.ActivityInTwoPackages,
        ViolationCodes.DuplicateActivity,
        ViolationCodes.DuplicateMember,
    };

    internal static Command Create(CliContext context)
    {
        var file = CommonOptions.File("scenario file");
        var plan = new Option<string?>("--plan", "-p")
        {
            Description = "The plan file to evaluate (a solve's JSON output, or any file with packages), or - for standard input.",
            HelpName = "PLAN",
        };
        var baseline = new Option<string?>("--baseline", "-b")
        {
            Description = "Evaluate a baseline instead of a plan file: current (today's organisation, the default) "
                + "or per-function (one package per function tag, the split the method argues against).",
        };
        baseline.AcceptOnlyFromAmong(Current, PerFunction);
        var ideal = new Option<bool>("--ideal")
        {
            Description = "Evaluate without the scenario's rules, as an ideal plan.",
        };
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var command = new Command(
            "evaluate",
            "Score a plan against a scenario: metrics, every violated hard constraint, and the interpretation of its packages; "
            + "by default today's organisation. Exit 0 when the plan is feasible, 3 when it violates a hard constraint, 2 on invalid input.")
        {
            file, plan, baseline, ideal, format, output,
        };
        command.SetAction(parse => context.Execute(parse, p => Run(
            context,
            p.GetValue(file)!,
            p.GetValue(plan),
            p.GetValue(baseline),
            p.GetValue(ideal),
            p.GetValue(format) == "json",
            p.GetValue(output))));
        return command;
    }

    private static int Run(CliContext context, string file, string? planFile, string? baseline, bool ideal, bool json, string? output)
    {
        if (planFile is not null && baseline is not null)
        {
            throw new CliException("--plan and --baseline exclude each other: evaluate either a plan file or a baseline.");
        }

        var inputs = context.ReadScenarioAndPlan(file, planFile);
        if (inputs is null)
        {
            return ExitCodes.InvalidInput;
        }

        var scenario = inputs.Scenario;
        Plan plan;
        string what;
        if (inputs is { Plan: { } given, PlanName: { } givenName })
        {
            plan = given;
            what = givenName;
        }
        else if (baseline == PerFunction)
        {
            plan = Baselines.PerFunction(scenario);
            what = PerFunction;
        }
        else
        {
            plan = Baselines.AsToday(scenario) ?? throw new CliException(
                $"{inputs.ScenarioName}: the scenario says nothing about today's organisation (no 'current' section and no 'currentPackage' tags); "
                + "give --plan PLAN or --baseline per-function.");
            what = Current;
        }

        var evaluation = PlanEvaluator.Evaluate(scenario, plan, ideal);
        var interpretation = evaluation.Violations.Any(v => Structural.Contains(v.Code)) ? null : PlanInterpreter.Interpret(scenario, plan, ideal);
        context.WriteResult(output, json
            ? Json(scenario, what, evaluation, interpretation)
            : Text(scenario, what, evaluation, interpretation));
        return evaluation.IsFeasible ? ExitCodes.Ok : ExitCodes.Infeasible;
    }

    private static string Describe(string what) => what switch
    {
        Current => "today's organisation (current)",
        PerFunction => "one package per function (per-function baseline, 000:301)",
        _ => what,
    };

    private static string Text(Scenario scenario, string what, PlanEvaluation evaluation, PlanInterpretation? interpretation)
    {
        var text = new StringBuilder();
        text.Append(scenario.Name).Append('\n');
        var m = evaluation.Metrics;
        int errors = evaluation.Violations.Count(v => v.Severity == Diagnostics.DiagnosticSeverity.Error);
        var summary = new TextTable();
        summary.Add("plan", Describe(what));
        summary.Add("verdict", evaluation.IsFeasible
            ? "feasible: every hard constraint holds" + (evaluation.HasTeams ? string.Empty : " (no teams: team constraints not checked)")
            : Invariant($"infeasible: {errors} violated hard constraint(s)"));
        summary.Add("cut weight", Invariant($"{SolveCommand.Num(m.CutWeight)} of {SolveCommand.Num(m.TotalWeight)} (internal {SolveCommand.Num(m.InternalWeight)}); modularity {m.Modularity:0.###}"));
        summary.Add("packages", m.PackageCount.ToString(CultureInfo.InvariantCulture));
        summary.Add("rules", scenario.Rules.Count == 0 ? "none" : evaluation.RulesIgnored ? Invariant($"{scenario.Rules.Count} ignored (--ideal)") : Invariant($"{scenario.Rules.Count} checked"));
        summary.WriteTo(text, string.Empty);

        text.Append("\nPackages\n");
        var table = new TextTable("id", "activities", "team", "scale", "intensity", "coordination", "missing", "unneeded");
        foreach (var p in evaluation.Packages)
        {
            var i = interpretation?.Packages[p.Index];
            table.Add(
                p.PackageId,
                List(p.Activities),
                List(p.Members),
                p.Scale?.ToName() ?? "-",
                i?.Intensity?.ToName() ?? "-",
                i?.Coordination.ToName() ?? "-",
                List(p.MissingCapabilities),
                List(p.UnneededMembers));
        }

        table.WriteTo(text, "  ");
        if (interpretation is not null)
        {
            text.Append('\n');
            SolveCommand.WriteLinks(text, interpretation);
        }

        text.Append('\n');
        if (evaluation.Violations.Count == 0)
        {
            text.Append("Violations: none\n");
        }
        else
        {
            text.Append("Violations\n");
            foreach (var v in evaluation.Violations)
            {
                text.Append("  ").Append(CliContext.FormatLine(v)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Json(Scenario scenario, string what, PlanEvaluation evaluation, PlanInterpretation? interpretation)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", scenario.Name);
            w.WriteString("plan", what);
            w.WriteBoolean("feasible", evaluation.IsFeasible);
            w.WriteBoolean("hasTeams", evaluation.HasTeams);
            w.WriteBoolean("rulesIgnored", evaluation.RulesIgnored);
            var m = evaluation.Metrics;
            w.WriteStartObject("metrics");
            w.WriteNumber("cutWeight", m.CutWeight);
            w.WriteNumber("internalWeight", m.InternalWeight);
            w.WriteNumber("totalWeight", m.TotalWeight);
            w.WriteNumber("modularity", m.Modularity);
            w.WriteNumber("packageCount", m.PackageCount);
            w.WriteEndObject();

            w.WriteStartArray("packages");
            foreach (var p in evaluation.Packages)
            {
                w.WriteStartObject();
                w.WriteString("id", p.PackageId);
                Strings(w, "activities", p.Activities);
                Strings(w, "members", p.Members);
                if (p.Scale is { } scale)
                {
                    w.WriteString("scale", scale.ToName());
                }

                if (p.PolicyScale is { } policy)
                {
                    w.WriteString("policyScale", policy.ToName());
                }

                w.WriteNumber("internalWeight", p.InternalWeight);
                w.WriteNumber("boundaryWeight", p.BoundaryWeight);
                w.WriteNumber("cohesion", p.Cohesion);
                w.WriteNumber("conductance", p.Conductance);
                w.WriteNumber("workload", p.Workload);
                Strings(w, "missingCapabilities", p.MissingCapabilities);
                Strings(w, "unneededMembers", p.UnneededMembers);
                if (interpretation?.Packages[p.Index] is { } i)
                {
                    if (i.Intensity is { } intensity)
                    {
                        w.WriteString("intensity", intensity.ToName());
                    }

                    w.WriteString("coordination", i.Coordination.ToName());
                    Strings(w, "decisionLevels", i.DecisionLevels.Select(l => l.ToName()));
                    Strings(w, "partners", i.Partners);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("links");
            foreach (var l in interpretation?.Links ?? [])
            {
                w.WriteStartObject();
                Strings(w, "packages", [l.First, l.Second]);
                w.WriteNumber("weight", l.Weight);
                w.WriteString("intensity", l.Intensity.ToName());
                w.WriteString("coordination", l.Coordination.ToName());
                w.WriteBoolean("reexamineSplit", l.ReexamineSplit);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("violations");
            PlanJson.WriteDiagnostics(evaluation.Violations, w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(", ", values);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
