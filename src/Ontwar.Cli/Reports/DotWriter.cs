using System.Globalization;
using System.Text;

namespace Ontwar.Cli.Reports;

/// <summary>
/// The <c>dot</c> format: a Graphviz graph with one cluster per package (its scale and intensity in the label), the
/// activities as nodes and every linked pair as an edge whose width grows with its cohesion; edges between packages are
/// dashed, and red when the packages must perform activities together (re-examine the split, 000:931).
/// <c>dot -Tsvg plan.dot -o plan.svg</c> draws it.
/// </summary>
internal static class DotWriter
{
    /// <summary>Writes the graph.</summary>
    internal static string Write(ReportModel model, ReportLabels labels)
    {
        var text = new StringBuilder();
        text.Append("graph ontwar {\n");
        text.Append("  graph [label=").Append(Quote(model.ScenarioName)).Append(", labelloc=t, fontname=\"Helvetica\", fontsize=16, compound=true, nodesep=0.4];\n");
        text.Append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=11];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
        var names = model.Activities.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < model.Activities.Count; i++)
        {
            ids[model.Activities[i].Id] = "a" + i.ToString(CultureInfo.InvariantCulture);
        }

        for (int p = 0; p < model.Packages.Count; p++)
        {
            var package = model.Packages[p];
            var label = package.Id
                + (package.Scale is { } s ? ": " + labels.Scale(s) : string.Empty)
                + (package.Intensity is { } i ? "\n" + labels.Intensity(i) : string.Empty);
            text.Append("  subgraph cluster_").Append(p.ToString(CultureInfo.InvariantCulture)).Append(" {\n");
            text.Append("    label=").Append(Quote(label)).Append("; style=\"rounded,filled\"; fillcolor=\"")
                .Append(HtmlReportWriter.PackageTint(p)).Append("\"; color=\"#666666\";\n");
            foreach (var id in package.Activities)
            {
                AppendNode(text, "    ", ids[id], id, names[id]);
            }

            text.Append("  }\n");
        }

        var planned = new HashSet<string>(model.Packages.SelectMany(p => p.Activities), StringComparer.Ordinal);
        foreach (var a in model.Activities.Where(a => !planned.Contains(a.Id)))
        {
            AppendNode(text, "  ", ids[a.Id], a.Id, a.Name);
        }

        double max = model.ActivityLinks.Count == 0 ? 1 : model.ActivityLinks.Max(l => l.Weight);
        var reexamine = new HashSet<(string, string)>(model.Links.Where(l => l.Reexamine).SelectMany(l => new[] { (l.First, l.Second), (l.Second, l.First) }));
        var packageOf = model.Activities.ToDictionary(a => a.Id, a => a.PackageId, StringComparer.Ordinal);
        foreach (var link in model.ActivityLinks)
        {
            var width = 1 + (4 * link.Weight / max);
            text.Append("  ").Append(ids[link.From]).Append(" -- ").Append(ids[link.To]).Append(" [penwidth=")
                .Append(width.ToString("0.##", CultureInfo.InvariantCulture))
                .Append(", label=").Append(Quote(Num(link.Weight)))
                .Append(", tooltip=").Append(Quote(link.Intensity is { } i ? labels.Intensity(i) : Num(link.Weight)));
            if (link.BetweenPackages)
            {
                bool red = packageOf[link.From] is { } pf && packageOf[link.To] is { } pt && reexamine.Contains((pf, pt));
                text.Append(", style=dashed, constraint=false");
                if (red)
                {
                    text.Append(", color=\"#c0392b\", fontcolor=\"#c0392b\"");
                }
            }

            text.Append("];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static void AppendNode(StringBuilder text, string indent, string node, string id, string name)
        => text.Append(indent).Append(node).Append(" [label=").Append(Quote(name + "\n(" + id + ")")).Append("];\n");

    /// <summary>A DOT string: quotes and backslashes escaped, line breaks as <c>\n</c>, other control characters dropped.</summary>
    internal static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
