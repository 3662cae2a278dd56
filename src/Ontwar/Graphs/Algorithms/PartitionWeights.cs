namespace Ontwar.Graphs.Algorithms;

/// <summary>Cut and internal weight of a vertex partition given as one block label per vertex.</summary>
public static class PartitionWeights
{
    /// <summary>The summed weight of edges whose ends carry different labels.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="blockOf">One block label per vertex.</param>
    /// <returns>The cut weight.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="blockOf"/> is shorter than the vertex count.</exception>
    public static double Cut(IWeightedGraph graph, ReadOnlySpan<int> blockOf)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (blockOf.Length < graph.VertexCount)
        {
            throw new ArgumentException("One label per vertex is needed.", nameof(blockOf));
        }

        double cut = 0;
        for (int u = 0; u < graph.VertexCount; u++)
        {
            var neighbours = graph.Neighbours(u);
            var weights = graph.Weights(u);
            for (int k = 0; k < neighbours.Length; k++)
            {
                int v = neighbours[k];
                if (v > u && blockOf[v] != blockOf[u])
                {
                    cut += weights[k];
                }
            }
        }

        return cut;
    }
}
