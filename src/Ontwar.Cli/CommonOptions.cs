using System.CommandLine;

namespace Ontwar.Cli;

/// <summary>
/// Options and arguments that several commands share, so they are spelled and described the same everywhere:
/// <c>FILE</c> (or <c>-</c>), <c>--format</c> and <c>--output</c>.
/// </summary>
internal static class CommonOptions
{
    /// <summary>The input file argument; <c>-</c> reads standard input.</summary>
    internal static Argument<string> File(string what) => new("FILE")
    {
        Description = $"The {what} (JSON, UTF-8), or - to read it from standard input.",
    };

    /// <summary><c>--format</c>, restricted to <paramref name="formats"/>; the first is the default.</summary>
    internal static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"The output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary><c>--lang en|nl</c>: the language of report labels (html, csv headers, dot and mermaid labels).</summary>
    internal static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of the report's labels: en (English) or nl (the Dutch terms of the method). Applies to html, csv, dot and mermaid.",
            DefaultValueFactory = _ => Reports.ReportFormats.Languages[0],
        };
        option.AcceptOnlyFromAmong(Reports.ReportFormats.Languages);
        return option;
    }

    /// <summary><c>--output PATH</c>: write the result to a file, atomically, instead of standard output.</summary>
    internal static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the result to this file instead of standard output (written to a temporary file first, then moved into place).",
        HelpName = "PATH",
    };
}
