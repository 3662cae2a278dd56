namespace Ontwar.Cli.Reports;

/// <summary>The formats of <c>solve --format</c> and <c>export --format</c>, and which of them render a <see cref="ReportModel"/>.</summary>
internal static class ReportFormats
{
    /// <summary>Readable tables (the default).</summary>
    internal const string Text = "text";

    /// <summary>The plan document of json-format.md.</summary>
    internal const string Json = "json";

    /// <summary>Graphviz DOT.</summary>
    internal const string Dot = "dot";

    /// <summary>A Mermaid flowchart.</summary>
    internal const string Mermaid = "mermaid";

    /// <summary>One CSV row per activity.</summary>
    internal const string Csv = "csv";

    /// <summary>The self-contained HTML report.</summary>
    internal const string Html = "html";

    /// <summary>Every format, the default first.</summary>
    internal static readonly string[] All = [Text, Json, Dot, Mermaid, Csv, Html];

    /// <summary>The accepted <c>--lang</c> values, the default first.</summary>
    internal static readonly string[] Languages = ["en", "nl"];

    /// <summary>Whether a format is rendered from a <see cref="ReportModel"/> (all but text and JSON).</summary>
    internal static bool UsesReportModel(string format) => format is Dot or Mermaid or Csv or Html;

    /// <summary>Renders a report model in one of the <see cref="UsesReportModel"/> formats.</summary>
    /// <exception cref="ArgumentException">Another format.</exception>
    internal static string Render(string format, ReportModel model, ReportLabels labels) => format switch
    {
        Dot => DotWriter.Write(model, labels),
        Mermaid => MermaidWriter.Write(model, labels),
        Csv => CsvPlanWriter.Write(model, labels),
        Html => HtmlReportWriter.Write(model, labels),
        _ => throw new ArgumentException($"Format '{format}' is not rendered from a report model.", nameof(format)),
    };
}
