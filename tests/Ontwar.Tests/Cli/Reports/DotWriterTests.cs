using Ontwar.Cli.Reports;
using Xunit;

namespace Ontwar.Tests.Cli.Reports;

public sealed class DotWriterTests
{
    [Fact]
    public void The_samples_and_hostile_names_parse_with_graphviz_dot()
    {
        var dot = ExternalTool.Require("dot", "graphviz");
        foreach (var model in new[] { ReportSamples.Maria, ReportSamples.Stederen, ReportSamples.HostileModel() })
        {
            foreach (var labels in new[] { ReportLabels.English, ReportLabels.Dutch })
            {
                var text = DotWriter.Write(model, labels);
                var run = ExternalTool.Execute(dot, ["-Tsvg"], text, TimeSpan.FromSeconds(30));
                Assert.True(run.ExitCode == 0, $"dot rejected the graph: {run.Stderr}\n{text}");
                Assert.Contains("<svg", run.Stdout, StringComparison.Ordinal);
                Assert.Equal(string.Empty, run.Stderr);
            }
        }
    }

    [Fact]
    public void Every_package_is_a_cluster_and_every_linked_pair_an_edge_dashed_between_packages()
    {
        var model = ReportSamples.Maria;
        var text = DotWriter.Write(model, ReportLabels.English);
        Assert.Equal(model.Packages.Count, CountOf(text, "subgraph cluster_"));
        Assert.Equal(model.ActivityLinks.Count, CountOf(text, " -- "));
        Assert.Equal(model.ActivityLinks.Count(l => l.BetweenPackages), CountOf(text, "style=dashed"));
        Assert.Contains("color=\"#c0392b\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    public void Quote_escapes_quotes_backslashes_and_line_breaks(string value, string expected)
        => Assert.Equal(expected, DotWriter.Quote(value));

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
