using System.CommandLine;
using Ontwar.Cli.Reports;
using Ontwar.Evaluation;
using Ontwar.Plans;
using Ontwar.Solving;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar export FILE [--plan PLAN] [--format html|dot|mermaid|csv] [--lang en|nl] [--ideal] [--output PATH]
/// [--no-compare] [--time-limit SECONDS]</c>: renders a given plan (a plan file, or today's organisation) without
/// solving it, for example a report of an existing plan. Exit 0 with a report, 2 on invalid input or a plan that does
/// not fit the scenario.
/// </summary>
internal static class ExportCommand
{
    internal static Command Create(CliContext context)
    {
        var file = CommonOptions.File("scenario file");
        var plan = new Option<string?>("--plan", "-p")
        {
            Description = "The plan file to render (a solve's JSON output, or any file with packages), or - for standard input. "
                + "Without it, today's organisation (the scenario's current section or currentPackage tags).",
            HelpName = "PLAN",
        };
        var format = CommonOptions.Format(ReportFormats.Html, ReportFormats.Dot, ReportFormats.Mermaid, ReportFormats.Csv);
        var lang = CommonOptions.Language();
        var ideal = new Option<bool>("--ideal")
        {
            Description = "Read the plan as an ideal plan (rules ignored).",
        };
        var noCompare = new Option<bool>("--no-compare")
        {
            Description = "html only: leave out table 3, which solves the scenario to find the ideal plan.",
        };
        var timeLimit = new Option<double>("--time-limit")
        {
            Description = "html only: the time limit of the solve behind table 3 (the plan itself is not solved).",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 10,
        };
        var output = CommonOptions.Output();
        var command = new Command(
            "export",
            "Render a given plan (a plan file, or today's organisation) as html, dot, mermaid or csv without solving it; "
            + "exit 0 with a report, 2 on invalid input.")
        {
            file, plan, format, lang, ideal, noCompare, timeLimit, output,
        };
        command.SetAction(parse => context.Execute(parse, p => Run(
            context,
            p.GetValue(file)!,
            p.GetValue(plan),
            p.GetValue(format)!,
            ReportLabels.For(p.GetValue(lang)!),
            p.GetValue(ideal),
            !p.GetValue(noCompare),
            p.GetValue(timeLimit),
            p.GetValue(output))));
        return command;
    }

    private static int Run(CliContext context, string file, string? planFile, string format, ReportLabels labels, bool ideal, bool compare, double timeLimit, string? output)
    {
        if (SolveCommand.TimeLimitProblem(timeLimit) is { } problem)
        {
            throw new CliException(problem);
        }

        var inputs = context.ReadScenarioAndPlan(file, planFile);
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
        }
        else
        {
            plan = Baselines.AsToday(scenario) ?? throw new CliException(
                $"{inputs.ScenarioName}: the scenario says nothing about today's organisation (no 'current' section and no 'currentPackage' tags); give --plan PLAN.");
            source = "current";
        }

        // A plan that names unknown activities or members, or repeats one, cannot be drawn: say what is wrong.
        var structural = PlanEvaluator.Evaluate(scenario, plan, ideal).Violations
            .Where(v => v.Code is ViolationCodes.UnknownActivity or ViolationCodes.UnknownMember or ViolationCodes.ActivityInTwoPackages
                or ViolationCodes.DuplicateActivity or ViolationCodes.DuplicateMember)
            .ToList();
        if (structural.Count > 0)
        {
            context.Report(structural);
            throw new CliException($"{source}: the plan does not fit the scenario {inputs.ScenarioName}; see the lines above.");
        }

        var comparison = format == ReportFormats.Html && compare
            ? new SolverOptions { TimeLimit = TimeSpan.FromSeconds(timeLimit) }
            : null;
        var model = ReportModelBuilder.FromPlan(scenario, plan, source, ideal, comparison, context.Cancellation, checks: format == ReportFormats.Html);
        context.WriteResult(output, ReportFormats.Render(format, model, labels));
        return ExitCodes.Ok;
    }
}
