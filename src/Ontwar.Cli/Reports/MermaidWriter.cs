using System.Globalization;
using System.Text;

namespace Ontwar.Cli.Reports;

/// <summary>
/// The <c>mermaid</c> format: a <c>flowchart LR</c> with one subgraph per package and the activities as nodes; links
/// inside a package are solid, links between packages dotted, each labelled with its cohesion. Paste it into any
/// Markdown viewer that draws Mermaid.
/// </summary>
internal static class MermaidWriter
{
    /// <summary>Writes the flowchart.</summary>
    internal static string Write(ReportModel model, ReportLabels labels)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: \"").Append(Text(model.ScenarioName)).Append("\"\n---\n");
        text.Append("flowchart LR\n");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < model.Activities.Count; i++)
        {
            ids[model.Activities[i].Id] = "a" + i.ToString(CultureInfo.InvariantCulture);
        }

        var names = model.Activities.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        for (int p = 0; p < model.Packages.Count; p++)
        {
            var package = model.Packages[p];
            var label = package.Id + (package.Scale is { } s ? ": " + labels.Scale(s) : string.Empty);
            text.Append("  subgraph p").Append(p.ToString(CultureInfo.InvariantCulture)).Append("[\"").Append(Text(label)).Append("\"]\n");
            foreach (var id in package.Activities)
            {
                text.Append("    ").Append(ids[id]).Append("[\"").Append(Text(names[id])).Append("\"]\n");
            }

            text.Append("  end\n");
        }

        var planned = new HashSet<string>(model.Packages.SelectMany(p => p.Activities), StringComparer.Ordinal);
        foreach (var a in model.Activities.Where(a => !planned.Contains(a.Id)))
        {
            text.Append("  ").Append(ids[a.Id]).Append("[\"").Append(Text(a.Name)).Append("\"]\n");
        }

        foreach (var link in model.ActivityLinks)
        {
            var weight = link.Weight.ToString("0.###", CultureInfo.InvariantCulture);
            text.Append("  ").Append(ids[link.From])
                .Append(link.BetweenPackages ? " -.-|" : " ---|")
                .Append(weight).Append("| ").Append(ids[link.To]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Text inside a quoted Mermaid label: characters that would end the label or be read as markup become Mermaid
    /// entity codes (<c>#quot;</c> and friends); line breaks become spaces.
    /// </summary>
    internal static string Text(string value)
    {
        var text = new StringBuilder();
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("#quot;");
                    break;
                case '#':
                    text.Append("#35;");
                    break;
                case '<':
                    text.Append("#lt;");
                    break;
                case '>':
                    text.Append("#gt;");
                    break;
                case '&':
                    text.Append("#amp;");
                    break;
                case '|':
                    text.Append("#124;");
                    break;
                case '\\':
                    text.Append("#92;");
                    break;
                case '\n' or '\r' or '\t':
                    text.Append(' ');
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }
}
