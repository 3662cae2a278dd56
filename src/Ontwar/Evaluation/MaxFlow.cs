namespace Ontwar.Evaluation;

/// <summary>
/// A maximum-flow network with real capacities, solved by Dinic's algorithm, for the hours check: one node per member
/// and per package, so it grows with the plan.
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
    /// <remarks>
    /// Dinic's algorithm: a breadth-first search labels nodes by distance from the source in the residual network, then
    /// a depth-first search with a current-arc pointer per node pushes flow along shortest paths until none is left
    /// (a blocking flow), and the two repeat. Shortest augmenting paths one search at a time (Edmonds-Karp) cost a search
    /// of the whole network per path, which made the check of a plan with thousands of teams take seconds. The search is
    /// iterative: alternating paths through shared members can be as long as the network.
    /// </remarks>
    internal double Run(int source, int sink)
    {
        double total = 0;
        var level = new int[NodeCount];
        var next = new int[NodeCount];
        var queue = new Queue<int>();
        var path = new List<int>();
        while (Levels(source, sink, level, queue))
        {
            Array.Clear(next);
            while (true)
            {
                // Walk forward along admissible arcs; retreat from dead ends, which leave this phase.
                path.Clear();
                int v = source;
                while (v != sink)
                {
                    var arcs = _outgoing[v];
                    while (next[v] < arcs.Count && !Admissible(arcs[next[v]], level[v], level))
                    {
                        next[v]++;
                    }

                    if (next[v] < arcs.Count)
                    {
                        int arc = arcs[next[v]];
                        path.Add(arc);
                        v = _to[arc];
                    }
                    else if (v == source)
                    {
                        break;
                    }
                    else
                    {
                        level[v] = -1;
                        int back = path[^1];
                        path.RemoveAt(path.Count - 1);
                        v = _to[back ^ 1];
                        next[v]++;
                    }
                }

                if (v != sink)
                {
                    break;
                }

                double push = double.PositiveInfinity;
                foreach (int arc in path)
                {
                    push = Math.Min(push, Residual(arc));
                }

                foreach (int arc in path)
                {
                    _flow[arc] += push;
                    _flow[arc ^ 1] -= push;
                }

                total += push;
            }
        }

        return total;
    }

    /// <summary>Distances from the source over arcs with residual capacity; whether the sink is reached.</summary>
    private bool Levels(int source, int sink, int[] level, Queue<int> queue)
    {
        Array.Fill(level, -1);
        level[source] = 0;
        queue.Clear();
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            foreach (int arc in _outgoing[u])
            {
                int v = _to[arc];
                if (level[v] < 0 && Residual(arc) > Epsilon)
                {
                    level[v] = level[u] + 1;
                    queue.Enqueue(v);
                }
            }
        }

        return level[sink] >= 0;
    }

    private bool Admissible(int arc, int fromLevel, int[] level) => level[_to[arc]] == fromLevel + 1 && Residual(arc) > Epsilon;

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
