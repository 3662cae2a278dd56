using System.CommandLine;
using System.Text;
using System.Text.Json;
using Ontwar.Interpretation;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Solving;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar explain FILE (--activity ID | --package ID) [--plan PLAN] [--ideal] [--format text|json] [--output PATH]
/// [solver options]</c>: why an activity sits in its package (its strongest ties inside and outside, and the cost of
/// moving it to each other package or which constraint stops the move), or why a package is not merged with its closest
/// neighbour. The plan is the one of <c>--plan</c>, otherwise the scenario is solved first. Exit 0, 2 on invalid input
/// or an unknown activity or package, 3 or 4 when the solve finds no plan.
/// </summary>
internal static class ExplainCommand
{
    internal static Command Create(CliContext context)
    {
        var file = CommonOptions.File("scenario file");
        var activity = new Option<string?>("--activity", "-a") { Description = "The activity to explain.", HelpName = "ID" };
        var package = new Option<string?>("--package") { Description = "The package to explain (why it is not merged with its closest neighbour).", HelpName = "ID" };
        var plan = new Option<string?>("--plan", "-p")
        {
            Description = "The plan to explain (a solve's JSON output or any plan file); without it the scenario is solved first.",
            HelpName = "PLAN",
        };
        var ideal = new Option<bool>("--ideal") { Description = "Ignore the scenario's rules (solve and explain the ideal plan)." };
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var solver = new SolverCliOptions();
        var command = new Command(
            "explain",
            "Explain an activity (its strongest ties, and the cost of moving it to each other package or what stops the move) "
            + "or a package (why it is not merged with its closest neighbour). Example: ontwar explain samples/maria.json --activity adapt")
        {
            file, activity, package, plan, ideal, format, output,
        };
        solver.AddTo(command);
        command.SetAction(parse => context.Execute(parse, p => Run(
            context,
            p.GetValue(file)!,
            p.GetValue(activity),
            p.GetValue(package),
            p.GetValue(plan),
            p.GetValue(ideal),
            p.GetValue(format) == "json",
            p.GetValue(output),
            solver.Read(p))));
        return command;
    }

    private static int Run(CliContext context, string file, string? activity, string? packageId, string? planFile, bool ideal, bool json, string? output, SolverOptions options)
    {
        if ((activity is null) == (packageId is null))
        {
            throw new CliException("give exactly one of --activity ID or --package ID.");
        }

        var inputs = context.ReadScenarioAndPlan(file, planFile, (name, s) =>
        {
            if (activity is not null && s.IndexOfActivity(activity) < 0)
            {
                throw new CliException($"{name}: no activity '{activity}'; the activities are {string.Join(", ", s.Activities.Select(a => a.Id))}.");
            }
        });
        if (inputs is null)
        {
            return ExitCodes.InvalidInput;
        }

        var scenario = inputs.Scenario;
        Plan plan;
        string source;
        if (inputs is { Plan: { } given, PlanName: { } givenName })
        {
            plan = given;
            source = givenName;
            try
            {
                PlanInterpreter.Interpret(scenario, plan, ideal);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"{source}: {e.Message}", e);
            }
        }
        else
        {
            var result = PackagingSolver.Solve(scenario, options, ideal);
            if (!result.TryGetPlan(out var solved))
            {
                context.WriteErrorLine($"ontwar: {inputs.ScenarioName}: {PlanDocument.NameOf(result.Status)}: no plan to explain.");
                context.Report(PlanDocumentFactory.Create(scenario, result).Diagnostics);
                return SolveCommand.ExitCodeOf(result.Status);
            }

            plan = solved;
            source = ideal ? "ideal plan (solved)" : "realistic plan (solved)";
        }

        if (packageId is not null && !plan.Packages.Any(p => p.Id == packageId))
        {
            throw new CliException($"{source}: no package '{packageId}'; the packages are {string.Join(", ", plan.Packages.Select(p => p.Id))}.");
        }

        JsonElement element;
        string text;
        if (activity is not null)
        {
            var explanation = PlanExplainer.ExplainActivity(scenario, plan, activity, ideal);
            element = InterpretationJson.ToJson(explanation);
            text = Text(scenario, source, explanation);
        }
        else
        {
            var explanation = PlanExplainer.ExplainPackage(scenario, plan, packageId!, ideal);
            element = InterpretationJson.ToJson(explanation);
            text = Text(source, explanation);
        }

        context.WriteResult(output, json ? Wrap(scenario, source, element) : text);
        return ExitCodes.Ok;
    }

    private static string Wrap(Scenario scenario, string source, JsonElement explanation)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", scenario.Name);
            w.WriteString("plan", source);
            w.WritePropertyName("explanation");
            explanation.WriteTo(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    internal static string Text(Scenario scenario, string source, ActivityExplanation e)
    {
        var text = new StringBuilder();
        var a = scenario.GetActivity(e.Activity);
        text.Append("Activity ").Append(a.Id).Append(" (").Append(a.Name).Append(") in ").Append(e.Package is null ? "no package" : "package " + e.Package).Append(", ").Append(source).Append('\n');
        WriteTies(text, "Ties inside its package", e.Inside);
        WriteTies(text, "Ties outside its package", e.Outside);
        if (e.Moves.Count > 0)
        {
            text.Append("\nMoving it\n");
            var table = new TextTable("to", "cut change", "feasible", "what stops it");
            foreach (var m in e.Moves)
            {
                table.Add(m.Target ?? "a package of its own", Signed(m.CutChange), m.Feasible ? "yes" : "no", m.Feasible ? "-" : string.Join(" ", m.Obstacles.Select(o => $"[{o.Code}] {o.Message}")));
            }

            table.WriteTo(text, "  ");
        }

        return text.ToString();
    }

    internal static string Text(string source, PackageExplanation e)
    {
        var text = new StringBuilder();
        text.Append("Package ").Append(e.Package).Append(", ").Append(source).Append('\n');
        if (e.Merge is not { } merge)
        {
            text.Append("  It shares no dependency with another package: nothing to merge.\n");
            return text.ToString();
        }

        text.Append("  closest neighbour: ").Append(e.ClosestNeighbour).Append(" (cohesion ").Append(SolveCommand.Num(e.ClosestLink!.Weight)).Append(" between them)\n");
        text.Append("  merging them would change the cut by ").Append(Signed(merge.CutChange)).Append('\n');
        if (merge.Feasible)
        {
            text.Append("  nothing stops the merge, and it cuts less: this plan is not optimal (a given plan, or a solve stopped early).\n");
        }
        else
        {
            text.Append("  what stops the merge:\n");
            foreach (var o in merge.Obstacles)
            {
                text.Append("    [").Append(o.Code).Append("] ").Append(o.Message).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void WriteTies(StringBuilder text, string title, IReadOnlyList<ActivityTie> ties)
    {
        text.Append('\n').Append(title).Append(ties.Count == 0 ? ": none\n" : "\n");
        var table = new TextTable();
        foreach (var t in ties)
        {
            table.Add(t.Activity, t.Package ?? "(no package)", "cohesion " + SolveCommand.Num(t.Cohesion));
        }

        table.WriteTo(text, "  ");
    }

    private static string Signed(double value) => value > 0 ? "+" + SolveCommand.Num(value) : SolveCommand.Num(value);
}
