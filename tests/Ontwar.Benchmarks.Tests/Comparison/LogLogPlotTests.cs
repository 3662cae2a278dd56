using System.Xml.Linq;
using Ontwar.Benchmarks.Comparison;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

public class LogLogPlotTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Plot() => XDocument.Parse(LogLogPlot.Render(
        "Time & size <test>",
        "activities",
        "time",
        [
            new PlotSeries("A (b = 1.00)", "#d95f02", false, [(10, 1), (1_000, 100), (100_000, 10_000)]),
            new PlotSeries("B", "#1b9e77", true, [(30, 5_000)]),
        ],
        ["a note"]));

    [Fact]
    public void Is_well_formed_svg_with_escaped_text()
    {
        var doc = Plot();
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "Time & size <test>");
    }

    [Fact]
    public void Has_one_line_per_series_and_a_marker_per_point()
    {
        var doc = Plot();
        Assert.Equal(2, doc.Descendants(Svg + "polyline").Count());
        Assert.Equal(3, doc.Descendants(Svg + "polyline").First().Attribute("points")!.Value.Split(' ').Length);
        Assert.Equal(4 + 2, doc.Descendants(Svg + "circle").Count()); // four points, two legend markers
        Assert.Equal("6 4", doc.Descendants(Svg + "polyline").Last().Attribute("stroke-dasharray")!.Value);
    }

    [Fact]
    public void Labels_every_decade_of_both_axes()
    {
        var texts = Plot().Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Subset(texts.ToHashSet(), new HashSet<string> { "10", "100", "1k", "10k", "100k", "1 ms", "10 ms", "100 ms", "1 s", "10 s" });
        Assert.Contains("A (b = 1.00)", texts);
        Assert.Contains("a note", texts);
    }

    [Fact]
    public void Nothing_to_plot_is_an_error()
        => Assert.Throws<ArgumentException>(() => LogLogPlot.Render("t", "x", "y", [new PlotSeries("A", "red", false, [(0, 1)])]));

    [Theory]
    [InlineData(0, "1")]
    [InlineData(2, "100")]
    [InlineData(3, "1k")]
    [InlineData(5, "100k")]
    [InlineData(6, "1M")]
    public void Size_labels(int decade, string expected) => Assert.Equal(expected, LogLogPlot.SizeLabel(decade));

    [Theory]
    [InlineData(-4, "0.0001 ms")]
    [InlineData(-1, "0.1 ms")]
    [InlineData(2, "100 ms")]
    [InlineData(3, "1 s")]
    [InlineData(5, "100 s")]
    public void Time_labels(int decade, string expected) => Assert.Equal(expected, LogLogPlot.TimeLabel(decade));
}
