using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Ontwar.Cli;

/// <summary>
/// <c>--help</c> with examples: the library's help, then an "Examples:" section for the command asked about. Each
/// command's examples live here, keyed by the command's name (the root command's by <c>ontwar</c>).
/// </summary>
internal sealed class HelpExamples : SynchronousCommandLineAction
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["ontwar"] =
        [
            "ontwar solve samples/maria.json",
            "ontwar solve samples/maria.json --format html --output report.html",
            "ontwar import-csv --activities activities.csv --dependencies dependencies.csv --members members.csv --output scenario.json",
            "ontwar generate --kind planted --activities 200 --seed 7 | ontwar solve - --time-limit 10",
        ],
        ["validate"] =
        [
            "ontwar validate samples/maria.json",
            "cat samples/stederen.json | ontwar validate - --format json",
        ],
        ["solve"] =
        [
            "ontwar solve samples/maria.json",
            "ontwar solve samples/maria.json --format html --lang nl --output rapport.html",
            "ontwar solve samples/stederen.json --format json --output plan.json --time-limit 10",
            "ontwar solve samples/maria.json --format dot | dot -Tsvg -o plan.svg",
            "cat samples/maria.json | ontwar solve - --ideal --engine heuristic --seed 7",
        ],
        ["export"] =
        [
            "ontwar export samples/maria.json --format html --output today.html",
            "ontwar solve samples/maria.json --format json --output plan.json && ontwar export samples/maria.json --plan plan.json --format csv",
        ],
        ["evaluate"] =
        [
            "ontwar evaluate samples/maria.json",
            "ontwar evaluate samples/maria.json --baseline per-function --format json",
        ],
        ["export-model"] =
        [
            "ontwar export-model samples/maria.json --output maria.mps && cbc maria.mps solve",
            "ontwar export-model samples/maria.json --format lp --ideal",
        ],
        ["import-csv"] =
        [
            "ontwar import-csv --activities samples/csv/activities.csv --dependencies samples/csv/dependencies.csv --members samples/csv/members.csv --rules samples/csv/rules.csv --name \"Maria\" --team-size 2..4",
            "ontwar import-csv --activities a.csv --dependencies d.csv --members m.csv --output scenario.json && ontwar solve scenario.json",
        ],
        ["check"] =
        [
            "ontwar check samples/stederen.json",
            "ontwar check samples/maria.json --format json --output check.json",
        ],
        ["compare"] =
        [
            "ontwar compare samples/maria.json",
            "ontwar compare samples/stederen.json --format json --time-limit 10 --output comparison.json",
        ],
        ["explain"] =
        [
            "ontwar explain samples/maria.json --activity adapt",
            "ontwar solve samples/maria.json --format json --output plan.json && ontwar explain samples/maria.json --plan plan.json --package P1",
            "ontwar explain samples/maria.json --activity physio --ideal --format json",
        ],
        ["robustness"] =
        [
            "ontwar robustness samples/maria.json --samples 30 --noise 0.6 --ideal",
            "ontwar robustness samples/stederen.json --format json --output robustness.json --parallel 2",
        ],
        ["generate"] =
        [
            "ontwar generate --kind planted --activities 60 --seed 3 --output planted.json",
            "ontwar generate --kind random --activities 500 --members 400 --seed 1 | ontwar solve - --engine heuristic --time-limit 20",
        ],
    };

    private readonly HelpAction _help;

    private HelpExamples(HelpAction help) => _help = help;

    /// <summary>Replaces the help action of every help option on <paramref name="root"/> (recursive, so every subcommand).</summary>
    internal static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new HelpExamples(help);
            }
        }
    }

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        // The library names the program after the running executable (Ontwar.Cli under `dotnet run`); users type
        // `ontwar`, so the usage lines say that.
        var output = parseResult.InvocationConfiguration.Output;
        var help = new StringWriter();
        parseResult.InvocationConfiguration.Output = help;
        int exit;
        try
        {
            exit = _help.Invoke(parseResult);
        }
        finally
        {
            parseResult.InvocationConfiguration.Output = output;
        }

        output.Write(ProgramName(help.ToString()));
        var command = parseResult.CommandResult.Command;
        var key = command is RootCommand ? "ontwar" : command.Name;
        if (Examples.TryGetValue(key, out var examples))
        {
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        return exit;
    }

    /// <summary>The help text with the program called <c>ontwar</c> at the start of its usage lines.</summary>
    internal static string ProgramName(string help)
    {
        string executable = "  " + RootCommand.ExecutableName;
        var lines = help.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(executable + " ", StringComparison.Ordinal) || lines[i] == executable || lines[i] == executable + "\r")
            {
                lines[i] = "  ontwar" + lines[i][executable.Length..];
            }
        }

        return string.Join('\n', lines);
    }
}
