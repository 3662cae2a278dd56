using System.Text.RegularExpressions;
using Ontwar.Cli.Reports;
using Xunit;

namespace Ontwar.Tests.Cli.Reports;

public sealed partial class MermaidWriterTests
{
    [Fact]
    public void The_flowchart_is_well_formed_for_the_samples_and_hostile_names()
    {
        foreach (var model in new[] { ReportSamples.Maria, ReportSamples.Stederen, ReportSamples.HostileModel() })
        {
            var text = MermaidWriter.Write(model, ReportLabels.English);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("---", lines[0]);
            Assert.Matches("^title: \"[^\"]*\"$", lines[1]);
            Assert.Equal("---", lines[2]);
            Assert.Equal("flowchart LR", lines[3]);

            var defined = new HashSet<string>(StringComparer.Ordinal);
            int depth = 0;
            foreach (var line in lines.Skip(4))
            {
                var t = line.Trim();
                if (t.StartsWith("subgraph ", StringComparison.Ordinal))
                {
                    Assert.Matches("^subgraph p[0-9]+\\[\"[^\"]*\"\\]$", t);
                    depth++;
                }
                else if (t == "end")
                {
                    depth--;
                    Assert.True(depth >= 0, "an end without a subgraph");
                }
                else if (Node().Match(t) is { Success: true } node)
                {
                    Assert.True(defined.Add(node.Groups[1].Value), "node defined twice: " + t);
                }
                else
                {
                    var edge = Edge().Match(t);
                    Assert.True(edge.Success, "not a node, edge or subgraph line: " + t);
                    Assert.Contains(edge.Groups[1].Value, defined);
                    Assert.Contains(edge.Groups[2].Value, defined);
                }
            }

            Assert.Equal(0, depth);
            Assert.Equal(model.Activities.Count, defined.Count);
        }
    }

    [Theory]
    [InlineData("a \"b\"", "a #quot;b#quot;")]
    [InlineData("<b> & c|d #1", "#lt;b#gt; #amp; c#124;d #35;1")]
    [InlineData("x\ny", "x y")]
    public void Text_turns_label_breaking_characters_into_entity_codes(string value, string expected)
        => Assert.Equal(expected, MermaidWriter.Text(value));

    [GeneratedRegex("^(a[0-9]+)\\[\"[^\"\\[\\]]*\"\\]$")]
    private static partial Regex Node();

    [GeneratedRegex("^(a[0-9]+) (?:---|-\\.-)\\|[0-9.]+\\| (a[0-9]+)$")]
    private static partial Regex Edge();
}
