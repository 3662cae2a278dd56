using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace Ontwar.Graphs.Algorithms;

/// <summary>Connected components of an undirected graph (QuikGraph's algorithm).</summary>
public static class ConnectedComponents
{
    /// <summary>Labels every vertex with its component, numbered from 0 in order of each component's smallest vertex.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="labels">Receives one label per vertex.</param>
    /// <returns>The number of components.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="labels"/> is shorter than the vertex count.</exception>
    public static int Label(IGraph graph, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.VertexCount;
        if (labels.Length < n)
        {
            throw new ArgumentException("One label per vertex is needed.", nameof(labels));
        }

        // QuikGraph's depth-first components, not on a hot path: vertices are visited in increasing order, so each
        // component's number follows its smallest vertex.
        var components = new ConnectedComponentsAlgorithm<int, UndirectedEdge<int>>(QuikGraphExtensions.ToQuikGraphStructure(graph));
        components.Compute();
        for (int v = 0; v < n; v++)
        {
            labels[v] = components.Components[v];
        }

        return components.ComponentCount;
    }

    /// <summary>The components as lists of vertices, each list in increasing order.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The components, ordered by their smallest vertex.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<IReadOnlyList<int>> Find(IGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var labels = new int[graph.VertexCount];
        int count = Label(graph, labels);
        var result = new List<int>[count];
        for (int c = 0; c < count; c++)
        {
            result[c] = [];
        }

        for (int v = 0; v < labels.Length; v++)
        {
            result[labels[v]].Add(v);
        }

        return result;
    }
}
