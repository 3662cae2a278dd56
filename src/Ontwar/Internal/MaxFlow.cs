namespace Ontwar.Internal;

/// <summary>
/// Dinic's maximum flow on a small directed network with real capacities. Used for the necessary conditions of team
/// staffing (counts per package, capability supply, hours), where networks have a few hundred arcs.
/// </summary>
internal sealed class MaxFlow
{
    private const double Epsilon = 1e-9;
    private readonly List<int> _head = [];
    private readonly List<int> _next = [];
    private readonly List<int> _to = [];
    private readonly List<double> _cap = [];
    private int[] _level = [];
    private int[] _iter = [];

    internal MaxFlow(int nodes) => Reset(nodes);

    internal int NodeCount { get; private set; }

    internal void Reset(int nodes)
    {
        NodeCount = nodes;
        _head.Clear();
        for (int i = 0; i < nodes; i++)
        {
            _head.Add(-1);
        }

        _next.Clear();
        _to.Clear();
        _cap.Clear();
    }

    /// <summary>Adds an arc and returns its index (the reverse arc is index + 1).</summary>
    internal int AddArc(int from, int to, double capacity)
    {
        int e = _to.Count;
        _to.Add(to);
        _cap.Add(capacity);
        _next.Add(_head[from]);
        _head[from] = e;
        _to.Add(from);
        _cap.Add(0);
        _next.Add(_head[to]);
        _head[to] = e + 1;
        return e;
    }

    /// <summary>The flow on an arc after <see cref="Run"/> (the capacity of its reverse arc).</summary>
    internal double FlowOn(int arc) => _cap[arc + 1];

    internal double Run(int source, int sink)
    {
        double total = 0;
        _level = new int[NodeCount];
        _iter = new int[NodeCount];
        var queue = new int[NodeCount];
        while (true)
        {
            Array.Fill(_level, -1);
            int qh = 0, qt = 0;
            queue[qt++] = source;
            _level[source] = 0;
            while (qh < qt)
            {
                int v = queue[qh++];
                for (int e = _head[v]; e >= 0; e = _next[e])
                {
                    if (_cap[e] > Epsilon && _level[_to[e]] < 0)
                    {
                        _level[_to[e]] = _level[v] + 1;
                        queue[qt++] = _to[e];
                    }
                }
            }

            if (_level[sink] < 0)
            {
                return total;
            }

            for (int i = 0; i < NodeCount; i++)
            {
                _iter[i] = _head[i];
            }

            double pushed;
            while ((pushed = Push(source, sink, double.PositiveInfinity)) > Epsilon)
            {
                total += pushed;
            }
        }
    }

    private double Push(int v, int sink, double limit)
    {
        if (v == sink)
        {
            return limit;
        }

        for (; _iter[v] >= 0; _iter[v] = _next[_iter[v]])
        {
            int e = _iter[v];
            int w = _to[e];
            if (_cap[e] > Epsilon && _level[w] == _level[v] + 1)
            {
                double d = Push(w, sink, Math.Min(limit, _cap[e]));
                if (d > Epsilon)
                {
                    _cap[e] -= d;
                    _cap[e ^ 1] += d;
                    return d;
                }
            }
        }

        return 0;
    }
}
