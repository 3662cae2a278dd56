using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Graphs;
using Ontwar.Graphs.Algorithms;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Graphs;

public class CohesionGraphTests
{
    [Fact]
    public void Parallel_and_reverse_edges_add_up()
    {
        var g = CohesionGraph.FromEdges(3, [new(0, 1, 1.5), new(1, 0, 2), new(1, 2, 1)]);
        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(3.5, g.Weight(0, 1));
        Assert.Equal(3.5, g.Weight(1, 0));
        Assert.Equal(0, g.Weight(0, 2));
        Assert.Equal(4.5, g.TotalWeight);
        Assert.Equal(4.5, g.WeightedDegree(1));
        Assert.Equal([0, 2], g.Neighbours(1).ToArray());
    }

    [Fact]
    public void Rejects_self_loops_and_bad_weights()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CohesionGraph.FromEdges(2, [new(1, 1, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CohesionGraph.FromEdges(2, [new(0, 1, double.NaN)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CohesionGraph.FromEdges(2, [new(0, 2, 1)]));
    }

    [Fact]
    public void Induced_subgraph_keeps_only_inner_edges_and_renumbers()
    {
        var g = CohesionGraph.FromEdges(4, [new(0, 1, 1), new(1, 2, 2), new(2, 3, 3), new(0, 3, 4)]);
        var sub = g.InducedSubgraph([3, 2, 0]);
        Assert.Equal(3, sub.VertexCount);
        Assert.Equal(3, sub.Weight(0, 1));
        Assert.Equal(4, sub.Weight(0, 2));
        Assert.Equal(0, sub.Weight(1, 2));
        Assert.Equal(7, sub.TotalWeight);
    }

    [Fact]
    public void Components_are_labelled_by_smallest_vertex()
    {
        var g = CohesionGraph.FromEdges(5, [new(3, 4, 1), new(0, 2, 1)]);
        var comps = ConnectedComponents.Find(g);
        Assert.Equal(3, comps.Count);
        Assert.Equal([0, 2], comps[0]);
        Assert.Equal([1], comps[1]);
        Assert.Equal([3, 4], comps[2]);
    }

    [Property]
    public Property Graph_of_generated_scenarios_conserves_total_weight()
    {
        return Prop.ForAll(ScenarioGen.Arbitrary(), s =>
        {
            var g = CohesionGraph.FromScenario(s);
            double expected = s.Dependencies.Sum(d => d.CohesionUnder(s.IntensityWeights));
            double degrees = Enumerable.Range(0, g.VertexCount).Sum(g.WeightedDegree);
            return Math.Abs(g.TotalWeight - expected) < 1e-9 && Math.Abs(degrees - 2 * expected) < 1e-9;
        });
    }

    [Property]
    public Property Cut_of_single_block_is_zero_and_of_singletons_is_total()
    {
        return Prop.ForAll(ScenarioGen.Arbitrary(), s =>
        {
            var g = CohesionGraph.FromScenario(s);
            var one = new int[g.VertexCount];
            var each = Enumerable.Range(0, g.VertexCount).ToArray();
            return PartitionWeights.Cut(g, one) == 0 && Math.Abs(PartitionWeights.Cut(g, each) - g.TotalWeight) < 1e-9;
        });
    }
}

public class CohesionGraphEdgeCaseTests
{
    [Fact]
    public void Edges_lists_each_pair_once_in_order()
    {
        var g = CohesionGraph.FromEdges(4, [new(3, 0, 1), new(2, 1, 2), new(0, 3, 0.5), new(1, 0, 4)]);
        Assert.Equal([new WeightedEdge(0, 1, 4), new WeightedEdge(0, 3, 1.5), new WeightedEdge(1, 2, 2)], g.Edges());
        Assert.Equal(3, g.EdgeCount);
    }

    [Fact]
    public void Vertex_access_is_range_checked()
    {
        var g = CohesionGraph.FromEdges(2, [new(0, 1, 1)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => g.Neighbours(2).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => g.Weights(-1).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => g.WeightedDegree(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => g.Weight(0, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => CohesionGraph.FromEdges(-1, []));
    }

    [Fact]
    public void Induced_subgraph_rejects_repeated_or_foreign_vertices()
    {
        var g = CohesionGraph.FromEdges(3, [new(0, 1, 1)]);
        Assert.Throws<ArgumentException>(() => g.InducedSubgraph([0, 0]));
        Assert.Throws<ArgumentException>(() => g.InducedSubgraph([3]));
        Assert.Throws<ArgumentNullException>(() => g.InducedSubgraph(null!));
        Assert.Equal(0, g.InducedSubgraph([]).VertexCount);
    }

    [Fact]
    public void Scenario_graph_sums_parallel_and_opposite_dependencies_under_its_weights()
    {
        var s = new ScenarioBuilder("g")
            .WithIntensityWeights(1, 3, 9, 27)
            .AddActivity("a", "A", Scale.Municipality).AddActivity("b", "B", Scale.Municipality).AddActivity("c", "C", Scale.Municipality)
            .AddDependency("a", "b", Intensity.Alignment)
            .AddDependency("b", "a", 0.5)
            .AddDependency("c", "b", Intensity.Referral)
            .Build();
        var g = CohesionGraph.FromScenario(s);
        Assert.Equal(9.5, g.Weight(0, 1));
        Assert.Equal(1, g.Weight(1, 2));
        Assert.Equal(10.5, g.TotalWeight);
        Assert.Throws<ArgumentNullException>(() => CohesionGraph.FromScenario(null!));
    }
}
