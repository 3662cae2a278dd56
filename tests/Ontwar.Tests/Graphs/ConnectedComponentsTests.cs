using Ontwar.Graphs;
using Ontwar.Graphs.Algorithms;
using Xunit;

namespace Ontwar.Tests.Graphs;

public class ConnectedComponentsTests
{
    [Fact]
    public void Labels_count_components_and_cover_isolated_vertices()
    {
        var g = CohesionGraph.FromEdges(6, [new(5, 4, 1), new(1, 3, 1), new(3, 5, 1)]);
        var labels = new int[6];
        Assert.Equal(3, ConnectedComponents.Label(g, labels));
        Assert.Equal([0, 1, 2, 1, 1, 1], labels);
    }

    [Fact]
    public void Empty_graph_has_no_components()
    {
        var g = CohesionGraph.FromEdges(0, []);
        Assert.Equal(0, ConnectedComponents.Label(g, []));
        Assert.Empty(ConnectedComponents.Find(g));
    }

    [Fact]
    public void Rejects_null_graph_and_short_label_span()
    {
        var g = CohesionGraph.FromEdges(3, []);
        Assert.Throws<ArgumentException>(() => ConnectedComponents.Label(g, new int[2]));
        Assert.Throws<ArgumentNullException>(() => ConnectedComponents.Label(null!, new int[2]));
        Assert.Throws<ArgumentNullException>(() => ConnectedComponents.Find(null!));
    }
}
