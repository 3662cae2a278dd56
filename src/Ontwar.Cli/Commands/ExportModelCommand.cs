using System.CommandLine;
using Ontwar.Modeling;
using Ontwar.Modeling.Mip;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar export-model FILE [--format mps|lp] [--output PATH] [--ideal]</c>: writes the scenario's packaging
/// model as the textbook mixed-integer program (docs/mip.md), so any MIP solver (CBC's command line, HiGHS, Gurobi,
/// OR-Tools) can solve the same model. Exit 0, or 2 on invalid input.
/// </summary>
internal static class ExportModelCommand
{
    internal static Command Create(CliContext context)
    {
        var file = CommonOptions.File("scenario file");
        var format = CommonOptions.Format("mps", "lp");
        var output = CommonOptions.Output();
        var ideal = new Option<bool>("--ideal")
        {
            Description = "Leave the scenario's rules out of the model (the ideal plan).",
        };
        var command = new Command("export-model", "Write the packaging model as a MIP in MPS or LP format for any MIP solver, e.g. `cbc model.mps solve`.")
        {
            file,
            format,
            output,
            ideal,
        };
        command.SetAction(parse => context.Execute(parse, p => Run(context, p.GetValue(file)!, p.GetValue(format)!, p.GetValue(output), p.GetValue(ideal))));
        return command;
    }

    private static int Run(CliContext context, string file, string format, string? output, bool ideal)
    {
        var input = context.ReadScenarioAndPlan(file, planFile: null);
        if (input is null)
        {
            return ExitCodes.InvalidInput;
        }

        var formulation = TextbookFormulation.Build(PackagingModel.Build(input.Scenario, ideal));
        var text = format == "lp" ? LpWriter.WriteToString(formulation.Mip) : MpsWriter.WriteToString(formulation.Mip);
        context.WriteResult(output, text);
        return ExitCodes.Ok;
    }
}
