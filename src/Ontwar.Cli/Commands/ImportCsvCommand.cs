using System.CommandLine;
using System.Globalization;
using System.Text;
using Ontwar.Cli.Import;
using Ontwar.Serialization;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar import-csv --activities A.csv --dependencies D.csv --members M.csv [--rules R.csv] [--name NAME]
/// [--team-size MIN..MAX] [--output PATH]</c>: turns the spreadsheets coordinators keep into a scenario file (JSON),
/// checked by the library's validator. Exit 0 with the scenario, 2 when a file is missing or a row is invalid; every
/// problem names its file, row and column.
/// </summary>
internal static class ImportCsvCommand
{
    internal static Command Create(CliContext context)
    {
        Option<string> File(string name, string what, bool required) => new(name)
        {
            Description = $"The {what} CSV file (header row; ';' or ',' separated; UTF-8), or - for standard input.",
            HelpName = "CSV",
            Required = required,
        };

        var activities = File("--activities", "activities", true);
        var dependencies = File("--dependencies", "dependencies", true);
        var members = File("--members", "members (candidate team members)", true);
        var rules = File("--rules", "rules (optional)", false);
        var name = new Option<string?>("--name")
        {
            Description = "The scenario's name; default the activities file's name without extension.",
        };
        var teamSize = new Option<string>("--team-size")
        {
            Description = "Team-size limits as MIN..MAX; default 6..8 (the seed's 6 to 8 members, 000:313).",
            HelpName = "MIN..MAX",
            DefaultValueFactory = _ => "6..8",
        };
        var output = CommonOptions.Output();
        var command = new Command(
            "import-csv",
            "Build a scenario file (JSON) from CSV files of activities, dependencies, members and rules; "
            + "exit 0 with the scenario, 2 when a file or row is invalid (every problem names file, row and column).")
        {
            activities, dependencies, members, rules, name, teamSize, output,
        };
        command.SetAction(parse => context.Execute(parse, p => Run(
            context,
            p.GetValue(activities)!,
            p.GetValue(dependencies)!,
            p.GetValue(members)!,
            p.GetValue(rules),
            p.GetValue(name),
            p.GetValue(teamSize)!,
            p.GetValue(output))));
        return command;
    }

    private static int Run(CliContext context, string activities, string dependencies, string members, string? rules, string? name, string teamSize, string? output)
    {
        var limits = ParseTeamSize(teamSize);
        if (new[] { activities, dependencies, members, rules }.Count(f => f == "-") > 1)
        {
            throw new CliException("only one of the CSV files can come from standard input.");
        }

        var result = CsvScenarioImporter.Import(
            Read(context, activities),
            Read(context, dependencies),
            Read(context, members),
            rules is null ? null : Read(context, rules),
            name ?? (activities == "-" ? "imported" : Path.GetFileNameWithoutExtension(activities)),
            limits);
        foreach (var warning in result.Warnings)
        {
            context.WriteErrorLine("warning: " + warning);
        }

        foreach (var error in result.Errors)
        {
            context.WriteErrorLine(error);
        }

        if (result.Scenario is null)
        {
            context.WriteErrorLine(string.Create(CultureInfo.InvariantCulture, $"ontwar: import-csv: {result.Errors.Count} problem(s); no scenario written."));
            return ExitCodes.InvalidInput;
        }

        context.WriteResult(output, ScenarioJson.ToJson(result.Scenario) + "\n");
        return ExitCodes.Ok;
    }

    /// <summary>Parses <c>MIN..MAX</c>.</summary>
    /// <exception cref="CliException">Not two whole numbers with 1 &lt;= MIN &lt;= MAX.</exception>
    internal static TeamSizeLimits ParseTeamSize(string text)
    {
        var parts = text.Split("..");
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int min)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int max)
            && min >= 1 && min <= max)
        {
            return new TeamSizeLimits(min, max);
        }

        throw new CliException($"--team-size must be MIN..MAX with whole numbers 1 <= MIN <= MAX, such as 6..8; not '{text}'.");
    }

    private static CsvSource Read(CliContext context, string file)
    {
        var name = CliContext.DisplayName(file);
        try
        {
            if (file == "-")
            {
                using var reader = new StreamReader(context.OpenStdin(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
                return new CsvSource(name, reader.ReadToEnd());
            }

            if (Directory.Exists(file))
            {
                throw new CliException($"cannot read '{file}': it is a folder, expected a CSV file.");
            }

            if (!System.IO.File.Exists(file))
            {
                throw new CliException($"cannot read '{file}': the file does not exist.");
            }

            return new CsvSource(name, System.IO.File.ReadAllText(file, Encoding.UTF8));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"cannot read '{name}': permission denied.", e);
        }
        catch (IOException e)
        {
            throw new CliException($"cannot read '{name}': {e.Message}", e);
        }
    }
}
