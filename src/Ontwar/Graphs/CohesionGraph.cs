using Ontwar.Internal;

namespace Ontwar.Graphs;

/// <summary>
/// The symmetric cohesion between activities as a compact weighted graph (compressed sparse rows): vertex <c>i</c> is
/// the scenario's activity <c>i</c>; the weight of an edge is the sum of the cohesion of every dependency between the
/// pair, in either direction. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Written for Ontwar rather than taken from a graph library: engines read adjacency in their inner loop, so it is
/// kept as two flat arrays with sorted neighbour lists (binary search for <see cref="Weight"/>).
/// </remarks>
public sealed class CohesionGraph : IWeightedGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _weights;
    private readonly double[] _degrees;

    private CohesionGraph(int[] offsets, int[] targets, double[] weights)
    {
        _offsets = offsets;
        _targets = targets;
        _weights = weights;
        VertexCount = offsets.Length - 1;
        EdgeCount = targets.Length / 2;
        _degrees = new double[VertexCount];
        double twice = 0;
        for (int v = 0; v < VertexCount; v++)
        {
            double d = 0;
            for (int k = offsets[v]; k < offsets[v + 1]; k++)
            {
                d += weights[k];
            }

            _degrees[v] = d;
            twice += d;
        }

        TotalWeight = twice / 2;
    }

    /// <inheritdoc/>
    public int VertexCount { get; }

    /// <inheritdoc/>
    public int EdgeCount { get; }

    /// <inheritdoc/>
    public double TotalWeight { get; }

    /// <summary>Builds the graph from weighted pairs; pairs are undirected and repeated pairs add up.</summary>
    /// <param name="vertexCount">Number of vertices.</param>
    /// <param name="edges">The pairs with their weights.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is out of range, a pair is a self-loop, or a weight is not finite and positive.</exception>
    public static CohesionGraph FromEdges(int vertexCount, ReadOnlySpan<WeightedEdge> edges)
    {
        Preconditions.CheckAtLeast(vertexCount, 0);
        var degree = new int[vertexCount + 1];
        foreach (var e in edges)
        {
            if ((uint)e.Source >= (uint)vertexCount || (uint)e.Target >= (uint)vertexCount || e.Source == e.Target)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge {e.Source}-{e.Target} is a self-loop or leaves the {vertexCount} vertices.");
            }

            Preconditions.CheckPositiveFinite(e.Weight, nameof(edges));
            degree[e.Source]++;
            degree[e.Target]++;
        }

        // Fill both directions, then sort each row and merge parallel entries in place.
        var start = new int[vertexCount + 1];
        for (int v = 0; v < vertexCount; v++)
        {
            start[v + 1] = start[v] + degree[v];
        }

        var fill = (int[])start.Clone();
        var targets = new int[start[vertexCount]];
        var weights = new double[start[vertexCount]];
        foreach (var e in edges)
        {
            targets[fill[e.Source]] = e.Target;
            weights[fill[e.Source]++] = e.Weight;
            targets[fill[e.Target]] = e.Source;
            weights[fill[e.Target]++] = e.Weight;
        }

        var offsets = new int[vertexCount + 1];
        int write = 0;
        for (int v = 0; v < vertexCount; v++)
        {
            int from = start[v], to = start[v + 1];
            Array.Sort(targets, weights, from, to - from);
            offsets[v] = write;
            for (int k = from; k < to; k++)
            {
                if (write > offsets[v] && targets[write - 1] == targets[k])
                {
                    weights[write - 1] += weights[k];
                }
                else
                {
                    targets[write] = targets[k];
                    weights[write] = weights[k];
                    write++;
                }
            }
        }

        offsets[vertexCount] = write;
        return new CohesionGraph(offsets, targets[..write], weights[..write]);
    }

    /// <summary>Builds the cohesion graph of a scenario under its intensity weights.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The graph; vertex <c>i</c> is <c>scenario.Activities[i]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static CohesionGraph FromScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var edges = new WeightedEdge[scenario.Dependencies.Count];
        for (int i = 0; i < edges.Length; i++)
        {
            var d = scenario.Dependencies[i];
            edges[i] = new WeightedEdge(scenario.IndexOfActivity(d.From), scenario.IndexOfActivity(d.To), d.CohesionUnder(scenario.IntensityWeights));
        }

        return FromEdges(scenario.Activities.Count, edges);
    }

    /// <inheritdoc/>
    public ReadOnlySpan<int> Neighbours(int vertex)
    {
        CheckVertex(vertex);
        return new ReadOnlySpan<int>(_targets, _offsets[vertex], _offsets[vertex + 1] - _offsets[vertex]);
    }

    /// <inheritdoc/>
    public ReadOnlySpan<double> Weights(int vertex)
    {
        CheckVertex(vertex);
        return new ReadOnlySpan<double>(_weights, _offsets[vertex], _offsets[vertex + 1] - _offsets[vertex]);
    }

    /// <inheritdoc/>
    public double WeightedDegree(int vertex)
    {
        CheckVertex(vertex);
        return _degrees[vertex];
    }

    /// <summary>The weight between two vertices, zero when they are not adjacent.</summary>
    /// <param name="u">A vertex.</param>
    /// <param name="v">A vertex.</param>
    /// <returns>The summed cohesion of the pair.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is out of range.</exception>
    public double Weight(int u, int v)
    {
        CheckVertex(u);
        CheckVertex(v);
        int from = _offsets[u];
        int k = Array.BinarySearch(_targets, from, _offsets[u + 1] - from, v);
        return k >= 0 ? _weights[k] : 0;
    }

    /// <summary>All edges, each once with <c>Source &lt; Target</c>, ordered by source then target.</summary>
    /// <returns>The edges.</returns>
    public IEnumerable<WeightedEdge> Edges()
    {
        for (int u = 0; u < VertexCount; u++)
        {
            for (int k = _offsets[u]; k < _offsets[u + 1]; k++)
            {
                if (_targets[k] > u)
                {
                    yield return new WeightedEdge(u, _targets[k], _weights[k]);
                }
            }
        }
    }

    /// <summary>
    /// The subgraph induced by some vertices: vertex <c>i</c> of the result is <c>vertices[i]</c> here, and only edges
    /// between chosen vertices are kept.
    /// </summary>
    /// <param name="vertices">Distinct vertices of this graph.</param>
    /// <returns>The subgraph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vertices"/> is null.</exception>
    /// <exception cref="ArgumentException">A vertex repeats or is out of range.</exception>
    public CohesionGraph InducedSubgraph(IReadOnlyList<int> vertices)
    {
        ArgumentNullException.ThrowIfNull(vertices);
        var local = new int[VertexCount];
        Array.Fill(local, -1);
        for (int i = 0; i < vertices.Count; i++)
        {
            int v = vertices[i];
            if ((uint)v >= (uint)VertexCount || local[v] >= 0)
            {
                throw new ArgumentException($"Vertex {v} repeats or is not in the graph.", nameof(vertices));
            }

            local[v] = i;
        }

        var offsets = new int[vertices.Count + 1];
        var targets = new List<int>();
        var weights = new List<double>();
        for (int i = 0; i < vertices.Count; i++)
        {
            int v = vertices[i];
            int rowStart = targets.Count;
            for (int k = _offsets[v]; k < _offsets[v + 1]; k++)
            {
                int w = local[_targets[k]];
                if (w >= 0)
                {
                    targets.Add(w);
                    weights.Add(_weights[k]);
                }
            }

            // Local numbering need not follow the original order: keep rows sorted.
            var rowT = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(targets)[rowStart..];
            var rowW = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weights)[rowStart..];
            rowT.Sort(rowW);
            offsets[i + 1] = targets.Count;
        }

        return new CohesionGraph(offsets, targets.ToArray(), weights.ToArray());
    }

    private void CheckVertex(int vertex)
    {
        if ((uint)vertex >= (uint)VertexCount)
        {
            throw new ArgumentOutOfRangeException(nameof(vertex), vertex, $"The graph has vertices 0..{VertexCount - 1}.");
        }
    }
}

/// <summary>An undirected weighted pair of vertices.</summary>
/// <param name="Source">One end.</param>
/// <param name="Target">The other end.</param>
/// <param name="Weight">The weight.</param>
public readonly record struct WeightedEdge(int Source, int Target, double Weight);
