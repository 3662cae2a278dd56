namespace Ontwar.Graphs;

/// <summary>An undirected graph on vertices <c>0 .. VertexCount-1</c> whose adjacency can be read as spans.</summary>
public interface IGraph
{
    /// <summary>Number of vertices.</summary>
    int VertexCount { get; }

    /// <summary>Number of undirected edges (each pair counted once).</summary>
    int EdgeCount { get; }

    /// <summary>The neighbours of a vertex, in increasing order, without duplicates or self-loops.</summary>
    /// <param name="vertex">A vertex.</param>
    /// <returns>A view valid as long as the graph.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vertex"/> is not a vertex.</exception>
    ReadOnlySpan<int> Neighbours(int vertex);
}

/// <summary>An undirected graph with a positive weight on every edge.</summary>
public interface IWeightedGraph : IGraph
{
    /// <summary>Sum of all edge weights (each edge once).</summary>
    double TotalWeight { get; }

    /// <summary>The weights of the edges to <see cref="IGraph.Neighbours(int)"/>, position by position.</summary>
    /// <param name="vertex">A vertex.</param>
    /// <returns>A view valid as long as the graph.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vertex"/> is not a vertex.</exception>
    ReadOnlySpan<double> Weights(int vertex);

    /// <summary>Sum of the weights of a vertex's edges.</summary>
    /// <param name="vertex">A vertex.</param>
    /// <returns>The weighted degree.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vertex"/> is not a vertex.</exception>
    double WeightedDegree(int vertex);
}
