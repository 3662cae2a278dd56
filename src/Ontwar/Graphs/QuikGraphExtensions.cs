using QuikGraph;

namespace Ontwar.Graphs;

/// <summary>
/// The library's graphs as QuikGraph graphs, for researchers' own algorithms (shortest paths, flows, cliques…) on the
/// cohesion graph. The library keeps its compact arrays for the engines' hot loops (see docs/architecture.md); these
/// are copies, made on request.
/// </summary>
public static class QuikGraphExtensions
{
    /// <summary>
    /// Copies a weighted graph into a QuikGraph undirected graph: vertices 0 … <see cref="IGraph.VertexCount"/> − 1
    /// (for a <see cref="CohesionGraph"/> of a scenario: the activities in scenario order), one edge per linked pair with
    /// the smaller vertex as source, tagged with its weight.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <returns>A new QuikGraph graph; changing it does not change <paramref name="graph"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static UndirectedGraph<int, TaggedUndirectedEdge<int, double>> ToQuikGraph(this IWeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new UndirectedGraph<int, TaggedUndirectedEdge<int, double>>(allowParallelEdges: false);
        for (int v = 0; v < graph.VertexCount; v++)
        {
            result.AddVertex(v);
        }

        for (int u = 0; u < graph.VertexCount; u++)
        {
            var neighbours = graph.Neighbours(u);
            var weights = graph.Weights(u);
            for (int k = 0; k < neighbours.Length; k++)
            {
                if (u < neighbours[k])
                {
                    result.AddEdge(new TaggedUndirectedEdge<int, double>(u, neighbours[k], weights[k]));
                }
            }
        }

        return result;
    }

    /// <summary>Copies a graph's structure into a QuikGraph undirected graph (vertices 0 … n − 1, the smaller vertex as source).</summary>
    internal static UndirectedGraph<int, UndirectedEdge<int>> ToQuikGraphStructure(IGraph graph)
    {
        var result = new UndirectedGraph<int, UndirectedEdge<int>>(allowParallelEdges: false);
        for (int v = 0; v < graph.VertexCount; v++)
        {
            result.AddVertex(v);
        }

        for (int u = 0; u < graph.VertexCount; u++)
        {
            foreach (int w in graph.Neighbours(u))
            {
                if (u < w)
                {
                    result.AddEdge(new UndirectedEdge<int>(u, w));
                }
            }
        }

        return result;
    }
}
