using Ontwar.Graphs;
using Ontwar.Graphs.Algorithms;
using Xunit;

namespace Ontwar.Tests.Graphs;

public class PartitionWeightsTests
{
    [Fact]
    public void Cut_sums_edges_between_different_labels()
    {
        // Path 0-1-2-3 with weights 1, 2, 4: split {0,1} | {2,3} cuts only the middle edge.
        var g = CohesionGraph.FromEdges(4, [new(0, 1, 1), new(1, 2, 2), new(2, 3, 4)]);
        Assert.Equal(2, PartitionWeights.Cut(g, [7, 7, 3, 3]));
        Assert.Equal(5, PartitionWeights.Cut(g, [0, 1, 1, 0]));
        Assert.Equal(7, PartitionWeights.Cut(g, [0, 1, 0, 1]));
    }

    [Fact]
    public void Labels_may_be_longer_than_the_graph_but_not_shorter()
    {
        var g = CohesionGraph.FromEdges(2, [new(0, 1, 3)]);
        Assert.Equal(3, PartitionWeights.Cut(g, [0, 1, 0]));
        Assert.Equal("blockOf", Assert.Throws<ArgumentException>(() => PartitionWeights.Cut(g, [0])).ParamName);
        Assert.Throws<ArgumentNullException>(() => PartitionWeights.Cut(null!, [0, 1]));
    }
}
