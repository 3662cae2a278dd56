using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ontwar.Serialization;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar validate FILE [--format text|json] [--output PATH]</c>: checks a scenario file. Exit 0 when valid,
/// 2 when not; every problem goes to standard error as <c>path: message [code]</c>. With <c>--format json</c> a report
/// (file, valid, scenario summary, diagnostics) also goes to standard output or to <c>--output</c>.
/// </summary>
internal static class ValidateCommand
{
    internal static Command Create(CliContext context)
    {
        var file = CommonOptions.File("scenario file");
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var command = new Command("validate", "Check a scenario file and report every problem with its JSON path; exit 0 when valid, 2 when not.")
        {
            file,
            format,
            output,
        };
        command.SetAction(parse => context.Execute(parse, p => Run(context, p.GetValue(file)!, p.GetValue(format)!, p.GetValue(output))));
        return command;
    }

    private static int Run(CliContext context, string file, string format, string? output)
    {
        bool json = format == "json";
        if (output is not null && !json)
        {
            throw new CliException("validate writes a file only with --format json; in text form its findings go to standard error.");
        }

        var result = context.ReadScenario(file);
        context.Report(result.Diagnostics);
        if (json)
        {
            context.WriteResult(output, Report(result));
        }
        else if (result.IsValid)
        {
            var s = result.Value;
            context.WriteErrorLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{result.Name}: valid ({s.Activities.Count} activities, {s.Dependencies.Count} dependencies, {s.Members.Count} members, {s.Rules.Count} rules)"));
        }

        return result.IsValid ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    private static string Report(InputResult<Scenario> result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("file", result.Name);
            w.WriteBoolean("valid", result.IsValid);
            if (result.Value is { } s)
            {
                w.WriteString("scenario", s.Name);
                w.WriteStartObject("counts");
                w.WriteNumber("activities", s.Activities.Count);
                w.WriteNumber("dependencies", s.Dependencies.Count);
                w.WriteNumber("members", s.Members.Count);
                w.WriteNumber("rules", s.Rules.Count);
                w.WriteEndObject();
            }

            w.WritePropertyName("diagnostics");
            PlanJson.WriteDiagnostics(result.Diagnostics, w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }
}
