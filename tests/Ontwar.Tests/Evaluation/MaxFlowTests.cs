using Ontwar.Evaluation;
using Xunit;

namespace Ontwar.Tests.Evaluation;

public class MaxFlowTests
{
    [Fact]
    public void Textbook_network_has_flow_23()
    {
        // The network of Cormen et al., figure 26.1: s=0, v1..v4 = 1..4, t=5.
        var net = new MaxFlow(6, 1e-9);
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
        var net = new MaxFlow(4, 1e-9);
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
        var net = new MaxFlow(4, 1e-9);
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
        var net = new MaxFlow(3, 1e-9);
        net.AddArc(0, 1, 5);
        Assert.Equal(0, net.Run(0, 2));
        Assert.Equal([false, false, true], net.CanReach(2));
    }
}
