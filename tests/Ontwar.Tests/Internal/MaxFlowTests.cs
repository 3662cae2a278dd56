using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Internal;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Internal;

/// <summary>The library's one max-flow (OR-Tools' MaxFlow behind exact decimal scaling).</summary>
public class MaxFlowTests
{
    [Fact]
    public void Decimal_hours_are_exact_even_when_their_binary_sums_are_not()
    {
        // 0.1 + 0.2 is 0.30000000000000004 in binary; scaled by 10 both are whole tenths and the flow is exact.
        var net = new MaxFlow(4);
        net.AddArc(0, 1, 0.1);
        net.AddArc(0, 2, 0.2);
        int a = net.AddArc(1, 3, 37.5);
        net.AddArc(2, 3, 0.1 + 0.2);
        Assert.Equal(0.3, net.Run(0, 3), 15);
        Assert.Equal(10, net.Scale);
        Assert.Equal(0.1, net.FlowOn(a), 15);
    }

    [Fact]
    public void Capacities_without_a_decimal_scale_are_rounded_down()
    {
        // A third of an hour has no power of ten: the flow may only fall short, by at most one unit per arc.
        var net = new MaxFlow(3);
        net.AddArc(0, 1, 1.0 / 3);
        net.AddArc(1, 2, 5);
        double flow = net.Run(0, 2);
        Assert.True(flow <= 1.0 / 3, $"flow {flow} exceeds the capacity");
        Assert.True(flow >= 1.0 / 3 - (2 / net.Scale), $"flow {flow} falls short by more than the rounding");
    }

    [Fact]
    public void No_arcs_or_the_same_source_and_sink_give_no_flow()
    {
        Assert.Equal(0, new MaxFlow(2).Run(0, 1));
        var net = new MaxFlow(2);
        net.AddArc(0, 1, 3);
        Assert.Equal(0, net.Run(1, 1));
    }

    [Fact]
    public void Textbook_network_has_flow_23()
    {
        // The network of Cormen et al., figure 26.1: s=0, v1..v4 = 1..4, t=5.
        var net = new MaxFlow(6);
        net.AddArc(0, 1, 16);
        net.AddArc(0, 2, 13);
        net.AddArc(2, 1, 4);
        net.AddArc(1, 3, 12);
        net.AddArc(3, 2, 9);
        net.AddArc(2, 4, 14);
        net.AddArc(4, 3, 7);
        net.AddArc(3, 5, 20);
        net.AddArc(4, 5, 4);
        Assert.Equal(23, net.Run(0, 5), 9);

        // The minimum cut separates {s, v1, v2, v4} from {v3, t}: the sink side is what still reaches t.
        Assert.Equal([false, false, false, true, false, true], net.CanReach(5));
    }

    [Fact]
    public void Infinite_arcs_are_limited_by_finite_ones()
    {
        var net = new MaxFlow(4);
        net.AddArc(0, 1, double.PositiveInfinity);
        int middle = net.AddArc(1, 2, double.PositiveInfinity);
        net.AddArc(2, 3, 7.5);
        Assert.Equal(7.5, net.Run(0, 3));
        Assert.Equal(7.5, net.FlowOn(middle));
        Assert.Equal([false, false, false, true], net.CanReach(3)); // the last arc is saturated
    }

    [Fact]
    public void Flow_is_rerouted_through_reverse_arcs()
    {
        // Greedy s-a-b-t would block s-b; augmenting along the reverse arc b-a recovers flow 2.
        var net = new MaxFlow(4);
        net.AddArc(0, 1, 1);
        net.AddArc(0, 2, 1);
        net.AddArc(1, 2, 1);
        net.AddArc(1, 3, 1);
        net.AddArc(2, 3, 1);
        Assert.Equal(2, net.Run(0, 3));
    }

    [Fact]
    public void Disconnected_sink_gets_no_flow()
    {
        var net = new MaxFlow(3);
        net.AddArc(0, 1, 5);
        Assert.Equal(0, net.Run(0, 2));
        Assert.Equal([false, false, true], net.CanReach(2));
    }

    /// <summary>A small network: node count (source 0, sink n-1) and arcs with capacities (some unlimited, but none into the sink).</summary>
    public sealed record Network(int Nodes, (int From, int To, double Capacity)[] Arcs)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{Nodes} nodes: " + string.Join(" ", Arcs.Select(a => $"{a.From}->{a.To}:{a.Capacity}"));
    }

    private static Arbitrary<Network> Networks()
        => Arb.From(
            from n in Gen.Choose(2, 7)
            from arcs in (from u in Gen.Choose(0, n - 1)
                          from v in Gen.Choose(0, n - 1)
                          from c in Gen.Elements(0.5, 1.0, 2.5, 3.0, 7.0, double.PositiveInfinity)
                          select (u, v, c)).ListOf().Select(l => l.Where(a => a.u != a.v).Take(14).ToArray())
            select new Network(n, arcs.Select(a => (a.u, a.v, a.v == n - 1 ? Math.Min(a.c, 7.0) : a.c)).ToArray()));

    [Property]
    public Property Maximum_flow_equals_the_minimum_cut_found_by_trying_every_cut()
    {
        return Prop.ForAll(Networks(), network =>
        {
            int n = network.Nodes, source = 0, sink = n - 1;
            var net = new MaxFlow(n);
            foreach (var (from, to, capacity) in network.Arcs)
            {
                net.AddArc(from, to, capacity);
            }

            double flow = net.Run(source, sink);

            // Every source side: the source with any subset of the inner nodes.
            double best = double.PositiveInfinity;
            for (int mask = 0; mask < 1 << (n - 2); mask++)
            {
                bool Source(int v) => v == source || (v != sink && (mask & (1 << (v - 1))) != 0);
                best = Math.Min(best, network.Arcs.Where(a => Source(a.From) && !Source(a.To)).Sum(a => a.Capacity));
            }

            Assert.Equal(best, flow, 9);

            // The sink side of the residual network is a minimum cut too.
            var reaches = net.CanReach(sink);
            Assert.False(reaches[source]);
            Assert.Equal(best, network.Arcs.Where(a => !reaches[a.From] && reaches[a.To]).Sum(a => a.Capacity), 9);
        });
    }
}
