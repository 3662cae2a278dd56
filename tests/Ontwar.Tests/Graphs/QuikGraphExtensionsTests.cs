using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Graphs;
using Ontwar.Graphs.Algorithms;
using Ontwar.Tests.Support;
using QuikGraph.Algorithms;
using Xunit;

namespace Ontwar.Tests.Graphs;

public class QuikGraphExtensionsTests
{
    [Fact]
    public void The_copy_has_every_vertex_and_one_weighted_edge_per_pair()
    {
        var g = CohesionGraph.FromEdges(4, [new(0, 1, 1.5), new(1, 0, 2), new(2, 1, 1)]);
        var q = g.ToQuikGraph();
        Assert.Equal([0, 1, 2, 3], q.Vertices);
        Assert.Equal(2, q.EdgeCount);
        Assert.True(q.TryGetEdge(1, 0, out var edge));
        Assert.Equal((0, 1, 3.5), (edge.Source, edge.Target, edge.Tag));
        Assert.Equal((1, 2, 1.0), q.Edges.Select(e => (e.Source, e.Target, e.Tag)).Last());
        Assert.Throws<ArgumentNullException>(() => QuikGraphExtensions.ToQuikGraph(null!));
    }

    [Fact]
    public void Researchers_can_run_quikgraph_algorithms_on_it()
    {
        // Heaviest cohesion as shortest distance: the path 0-1-2 (cost 1/2 + 1/4) beats the direct link (cost 1).
        var g = CohesionGraph.FromEdges(3, [new(0, 1, 2), new(1, 2, 4), new(0, 2, 1)]);
        var paths = g.ToQuikGraph().ShortestPathsDijkstra(e => 1 / e.Tag, 0);
        Assert.True(paths(2, out var path));
        Assert.Equal([0, 1], path!.Select(e => e.Source));
    }

    [Property]
    public Property The_copy_of_a_scenarios_graph_has_its_edges_weights_and_components()
    {
        return Prop.ForAll(ScenarioGen.Arbitrary(), s =>
        {
            var g = CohesionGraph.FromScenario(s);
            var q = g.ToQuikGraph();
            Assert.Equal(g.VertexCount, q.VertexCount);
            Assert.Equal(g.EdgeCount, q.EdgeCount);
            Assert.All(q.Edges, e => Assert.Equal(g.Weight(e.Source, e.Target), e.Tag));
            Assert.Equal(g.TotalWeight, q.Edges.Sum(e => e.Tag), 9);
            var components = new int[g.VertexCount];
            Assert.Equal(q.ConnectedComponents(new Dictionary<int, int>()), ConnectedComponents.Label(g, components));
        });
    }
}
