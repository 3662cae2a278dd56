using Ontwar.Benchmarks.Comparison;
using Ontwar.Graphs;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

public class MetisFormatTests
{
    [Fact]
    public void Writes_header_and_one_based_weighted_adjacency()
    {
        // A path 0 - 1 - 2 with weights 1.5 and 4, and an isolated vertex 3.
        var graph = CohesionGraph.FromEdges(4, [new WeightedEdge(0, 1, 1.5), new WeightedEdge(1, 2, 4)]);
        var writer = new StringWriter();
        MetisFormat.Write(graph, writer);
        Assert.Equal("4 2 001\n2 150\n1 150 3 400\n2 400\n\n", writer.ToString());
    }

    [Theory]
    [InlineData(1.0, 100)]
    [InlineData(0.125, 13)]
    [InlineData(0.001, 1)]
    [InlineData(2.675, 268)]
    public void Weights_are_scaled_by_100_rounded_and_at_least_one(double weight, long expected)
        => Assert.Equal(expected, MetisFormat.IntegerWeight(weight));

    [Fact]
    public void Reads_a_partition_file()
        => Assert.Equal([0, 2, 1, 2], MetisFormat.ReadPartition(["0", "2", "1", "2", ""], 4, 3));

    [Fact]
    public void A_part_number_out_of_range_names_the_line()
    {
        var e = Assert.Throws<FormatException>(() => MetisFormat.ReadPartition(["0", "3"], 2, 3));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("'3'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_or_too_many_lines_are_errors()
    {
        Assert.Contains("has 1 lines; expected 2", Assert.Throws<FormatException>(() => MetisFormat.ReadPartition(["0"], 2, 2)).Message, StringComparison.Ordinal);
        Assert.Contains("more than 2 lines", Assert.Throws<FormatException>(() => MetisFormat.ReadPartition(["0", "1", "1"], 2, 2)).Message, StringComparison.Ordinal);
    }
}
