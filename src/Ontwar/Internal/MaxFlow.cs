using OrToolsMaxFlow = Google.OrTools.Graph.MaxFlow;

namespace Ontwar.Internal;

/// <summary>
/// A maximum-flow network with real capacities, solved by OR-Tools' push-relabel <c>MaxFlow</c>: the one max-flow of
/// the library, used by the staffing conditions (counts, capability supply, hours), the plan checker's hours check and
/// the MIP start's hours split.
/// </summary>
/// <remarks>
/// <para>
/// OR-Tools takes integer capacities, so <see cref="Run"/> scales every finite capacity by the smallest power of ten
/// (10⁰ … 10⁹) that makes them all integers: hours and workloads as people write them (37.5, 2.25, 0.1) are then exact,
/// and so are the flow values. Differences up to 10⁻⁹ of a value are read as the binary rounding of a decimal
/// (0.1 + 0.2), not as digits. When no such power exists (1/3 of an hour) or when it would overflow 64-bit flows, the
/// largest power that fits is used and every capacity is rounded <em>down</em>: the computed flow never exceeds the real
/// one and falls short of it by at most the number of arcs times the scale's unit, so a "covered" answer is never
/// wrong and callers' tolerances absorb the rest.
/// </para>
/// <para>
/// An infinite capacity becomes one more than the sum of all finite ones: when every source-to-sink path crosses a
/// finite arc, no minimum cut can contain such an arc, so the maximum flow is unchanged.
/// </para>
/// </remarks>
internal sealed class MaxFlow
{
    /// <summary>Largest exponent of the scale: 10⁹ keeps a sum of 10⁹ hours within 64 bits.</summary>
    private const int MaxDigits = 9;

    /// <summary>Total scaled capacity allowed (flows are 64-bit; a quarter of the range leaves room for the infinity stand-in).</summary>
    private const double Headroom = long.MaxValue / 4.0;

    private readonly List<int> _from = [];
    private readonly List<int> _to = [];
    private readonly List<double> _capacity = [];
    private long[] _scaledCapacity = [];
    private long[] _flow = [];

    /// <summary>Creates an empty network.</summary>
    /// <param name="nodes">Number of nodes, numbered from 0.</param>
    internal MaxFlow(int nodes) => Reset(nodes);

    /// <summary>Number of nodes.</summary>
    internal int NodeCount { get; private set; }

    /// <summary>The scale of the last <see cref="Run"/>: capacities were multiplied by it (a power of ten).</summary>
    internal double Scale { get; private set; } = 1;

    /// <summary>Removes every arc and sets the number of nodes, to reuse the network.</summary>
    /// <param name="nodes">Number of nodes.</param>
    internal void Reset(int nodes)
    {
        NodeCount = nodes;
        _from.Clear();
        _to.Clear();
        _capacity.Clear();
        _flow = [];
    }

    /// <summary>Adds an arc and returns its index, for <see cref="FlowOn"/>.</summary>
    /// <param name="from">Tail node.</param>
    /// <param name="to">Head node.</param>
    /// <param name="capacity">Capacity; <see cref="double.PositiveInfinity"/> for unlimited, at or below zero for none.</param>
    /// <returns>The arc's index.</returns>
    internal int AddArc(int from, int to, double capacity)
    {
        _from.Add(from);
        _to.Add(to);
        _capacity.Add(double.IsNaN(capacity) || capacity <= 0 ? 0 : capacity);
        return _to.Count - 1;
    }

    /// <summary>The flow on an arc after <see cref="Run"/>.</summary>
    /// <param name="arc">An index from <see cref="AddArc"/>.</param>
    /// <returns>The flow, in the capacities' unit.</returns>
    internal double FlowOn(int arc) => _flow.Length == 0 ? 0 : _flow[arc] / Scale;

    /// <summary>Pushes a maximum flow from <paramref name="source"/> to <paramref name="sink"/>.</summary>
    /// <param name="source">Source node.</param>
    /// <param name="sink">Sink node.</param>
    /// <returns>The flow's value, in the capacities' unit.</returns>
    internal double Run(int source, int sink)
    {
        var scaling = IntegerScaling.For(_capacity, MaxDigits, minDigits: 0, Headroom);
        bool exact = scaling.Exact;
        double scale = scaling.Factor;
        Scale = scale;
        int arcs = _to.Count;
        _scaledCapacity = new long[arcs];
        long finiteSum = 0;
        for (int a = 0; a < arcs; a++)
        {
            double c = _capacity[a];
            if (double.IsFinite(c))
            {
                double scaled = c * scale;
                _scaledCapacity[a] = (long)(exact ? Math.Round(scaled) : Math.Floor(scaled));
                finiteSum += _scaledCapacity[a];
            }
        }

        for (int a = 0; a < arcs; a++)
        {
            if (double.IsPositiveInfinity(_capacity[a]))
            {
                _scaledCapacity[a] = finiteSum + 1;
            }
        }

        _flow = new long[arcs];
        if (source == sink || arcs == 0)
        {
            return 0;
        }

        using var solver = new OrToolsMaxFlow();
        for (int a = 0; a < arcs; a++)
        {
            solver.AddArcWithCapacity(_from[a], _to[a], _scaledCapacity[a]);
        }

        // Nodes are known to OR-Tools only through arcs; a source or sink without arcs carries no flow.
        bool known = _from.Contains(source) || _to.Contains(source);
        bool reached = _from.Contains(sink) || _to.Contains(sink);
        if (!known || !reached)
        {
            return 0;
        }

        var status = solver.Solve(source, sink);
        if (status != OrToolsMaxFlow.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools max-flow ended with status {status}.");
        }

        for (int a = 0; a < arcs; a++)
        {
            _flow[a] = solver.Flow(a);
        }

        return solver.OptimalFlow() / scale;
    }

    /// <summary>
    /// The nodes that can still reach <paramref name="sink"/> through arcs with residual capacity; call after
    /// <see cref="Run"/>. After a maximum flow this is the sink side of the sink-maximal minimum cut, the same for every
    /// maximum flow.
    /// </summary>
    /// <param name="sink">The sink of the last run.</param>
    /// <returns>One flag per node.</returns>
    internal bool[] CanReach(int sink)
    {
        var into = new List<int>[NodeCount];
        var outOf = new List<int>[NodeCount];
        for (int v = 0; v < NodeCount; v++)
        {
            into[v] = [];
            outOf[v] = [];
        }

        for (int a = 0; a < _to.Count; a++)
        {
            into[_to[a]].Add(a);
            outOf[_from[a]].Add(a);
        }

        var reaches = new bool[NodeCount];
        reaches[sink] = true;
        var queue = new Queue<int>();
        queue.Enqueue(sink);
        while (queue.Count > 0)
        {
            int v = queue.Dequeue();

            // u reaches v over arc u→v with room left, or over the reverse of a flow-carrying arc v→u.
            foreach (int a in into[v])
            {
                Visit(_from[a], _scaledCapacity[a] - _flow[a]);
            }

            foreach (int a in outOf[v])
            {
                Visit(_to[a], _flow[a]);
            }
        }

        return reaches;

        void Visit(int u, long residual)
        {
            if (!reaches[u] && residual > 0)
            {
                reaches[u] = true;
                queue.Enqueue(u);
            }
        }
    }

}
