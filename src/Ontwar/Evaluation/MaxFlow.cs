namespace Ontwar.Evaluation;

/// <summary>
/// A small maximum-flow network with real capacities, solved by Edmonds-Karp (shortest augmenting paths), for the
/// hours check. Written for clarity rather than speed: the networks are one node per member and per package.
/// </summary>
/// <remarks>
/// Capacities may be <see cref="double.PositiveInfinity"/>. A residual capacity at or below <see cref="Epsilon"/>
/// counts as saturated, which makes the search terminate on rounding noise.
/// </remarks>
internal sealed class MaxFlow
{
    private readonly List<int>[] _outgoing;
    private readonly List<int> _to = [];
    private readonly List<double> _capacity = [];
    private readonly List<double> _flow = [];

    internal MaxFlow(int nodeCount, double epsilon)
    {
        _outgoing = new List<int>[nodeCount];
        for (int v = 0; v < nodeCount; v++)
        {
            _outgoing[v] = [];
        }

        Epsilon = epsilon;
    }

    internal double Epsilon { get; }

    internal int NodeCount => _outgoing.Length;

    /// <summary>Adds an arc and its reverse residual arc; returns the arc's handle (the reverse is <c>handle ^ 1</c>).</summary>
    internal int AddArc(int from, int to, double capacity)
    {
        int handle = _to.Count;
        _outgoing[from].Add(handle);
        _to.Add(to);
        _capacity.Add(capacity);
        _flow.Add(0);
        _outgoing[to].Add(handle + 1);
        _to.Add(from);
        _capacity.Add(0);
        _flow.Add(0);
        return handle;
    }

    /// <summary>The flow on an arc added by <see cref="AddArc"/>.</summary>
    internal double FlowOn(int handle) => _flow[handle];

    /// <summary>Pushes the maximum flow from <paramref name="source"/> to <paramref name="sink"/> and returns its value.</summary>
    internal double Run(int source, int sink)
    {
        double total = 0;
        var via = new int[NodeCount];
        while (true)
        {
            // Breadth-first search for a shortest path with residual capacity.
            Array.Fill(via, -1);
            var queue = new Queue<int>();
            queue.Enqueue(source);
            bool found = false;
            while (queue.Count > 0 && !found)
            {
                int u = queue.Dequeue();
                foreach (int arc in _outgoing[u])
                {
                    int v = _to[arc];
                    if (v != source && via[v] < 0 && Residual(arc) > Epsilon)
                    {
                        via[v] = arc;
                        found = v == sink;
                        queue.Enqueue(v);
                    }
                }
            }

            if (!found)
            {
                return total;
            }

            double push = double.PositiveInfinity;
            for (int v = sink; v != source; v = _to[via[v] ^ 1])
            {
                push = Math.Min(push, Residual(via[v]));
            }

            for (int v = sink; v != source; v = _to[via[v] ^ 1])
            {
                _flow[via[v]] += push;
                _flow[via[v] ^ 1] -= push;
            }

            total += push;
        }
    }

    /// <summary>
    /// The nodes that can still reach <paramref name="sink"/> through arcs with residual capacity. After a maximum flow
    /// this is the sink side of the sink-maximal minimum cut, the same for every maximum flow.
    /// </summary>
    internal bool[] CanReach(int sink)
    {
        var reaches = new bool[NodeCount];
        reaches[sink] = true;
        var queue = new Queue<int>();
        queue.Enqueue(sink);
        while (queue.Count > 0)
        {
            int v = queue.Dequeue();

            // Every arc into v is the reverse (handle ^ 1) of an arc out of v.
            foreach (int back in _outgoing[v])
            {
                int arc = back ^ 1;
                int u = _to[back];
                if (!reaches[u] && Residual(arc) > Epsilon)
                {
                    reaches[u] = true;
                    queue.Enqueue(u);
                }
            }
        }

        return reaches;
    }

    private double Residual(int arc) => _capacity[arc] - _flow[arc];
}
