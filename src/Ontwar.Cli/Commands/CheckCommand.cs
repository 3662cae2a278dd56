using System.CommandLine;
using System.Globalization;
using System.Text;
using Ontwar.Interpretation;
using Ontwar.Serialization;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar check FILE [--format text|json] [--output PATH] [solver options]</c>: the Samenwerk-check "Ontwar de
/// bomen" (seed 000:591-622) of today's organisation and of the per-function split, next to the optimised plan: missing
/// and superfluous partners, team sizes, scales, joint execution across packages, activities split from their strongest
/// partner, unorganised activities, and how much the optimised plan improves on each. Exit as <c>solve</c>: 0 with an
/// optimised plan, 3 infeasible, 4 none found in time, 2 invalid input.
/// </summary>
internal static class CheckCommand
{
    internal static Command Create(CliContext context)
    {
        var file = CommonOptions.File("scenario file");
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var solver = new SolverCliOptions();
        var command = new Command(
            "check",
            "Samenwerk-check of today's organisation and of one package per function: needed partners missing, superfluous partners, "
            + "team sizes, scales, joint work across packages, activities split from their strongest partner; and how much the optimised plan improves "
            + "on each. Example: ontwar check samples/stederen.json --format json")
        {
            file, format, output,
        };
        solver.AddTo(command);
        command.SetAction(parse => context.Execute(parse, p => Run(context, p.GetValue(file)!, p.GetValue(format) == "json", p.GetValue(output), solver.Read(p))));
        return command;
    }

    private static int Run(CliContext context, string file, bool json, string? output, Solving.SolverOptions options)
    {
        var input = context.ReadScenarioAndPlan(file, planFile: null);
        if (input is null)
        {
            return ExitCodes.InvalidInput;
        }

        var scenario = input.Scenario;
        var check = SamenwerkCheck.Run(scenario, options);
        var interpretation = check.Optimised?.Interpretation;
        var document = PlanDocumentFactory.Create(scenario, check.Solve, interpretation).WithBlocks(check: InterpretationJson.ToJson(check));
        context.WriteResult(output, json ? PlanJson.ToJson(document) + "\n" : Text(scenario, check));
        return SolveCommand.ExitCodeOf(check.Solve.Status);
    }

    internal static string Text(Scenario scenario, SamenwerkCheckResult check)
    {
        var text = new StringBuilder();
        text.Append(scenario.Name).Append(" — Samenwerk-check 'Ontwar de bomen'\n");
        if (check.Current is null)
        {
            text.Append("Today's organisation: not described (no 'current' section and no 'currentPackage' tags).\n");
        }

        var reports = new[] { check.Current, check.PerFunction, check.Optimised }.OfType<CheckReport>().ToList();
        text.Append("\nSummary\n");
        var summary = new TextTable(["", .. reports.Select(r => r.Name)]);
        summary.Add(["cut weight", .. reports.Select(r => SolveCommand.Num(r.CutWeight))]);
        summary.Add(["packages", .. reports.Select(r => r.Plan.Packages.Count.ToString(CultureInfo.InvariantCulture))]);
        foreach (var code in CheckCodes.All)
        {
            summary.Add([code, .. reports.Select(r => r.TeamsAssessed || !IsTeamCode(code) ? r.Counts[code].ToString(CultureInfo.InvariantCulture) : "n/a (no teams)")]);
        }

        summary.WriteTo(text, "  ");
        foreach (var improvement in new[] { check.OverCurrent, check.OverPerFunction }.OfType<Improvement>())
        {
            text.Append(CultureInfo.InvariantCulture, $"\nThe optimised plan against {improvement.Baseline}: cut {SolveCommand.Num(improvement.BaselineCut)} -> {SolveCommand.Num(improvement.OptimisedCut)} ({SolveCommand.Num(improvement.CutReduction)} less)\n");
        }

        if (check.Optimised is null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nNo optimised plan: the solve ended {Serialization.PlanDocument.NameOf(check.Solve.Status)}.\n");
        }

        foreach (var report in reports)
        {
            text.Append('\n').Append("Findings for ").Append(report.Name).Append(report.Findings.Count == 0 ? ": none\n" : "\n");
            foreach (var f in report.Findings)
            {
                text.Append("  [").Append(f.Code).Append("] ").Append(f.Message).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsTeamCode(string code)
        => code is CheckCodes.MissingPartner or CheckCodes.SuperfluousPartner or CheckCodes.TeamSizeOutsideLimits;
}
