using Ontwar.Internal;

namespace Ontwar.Modeling.Mip;

/// <summary>
/// Splits members' hours over the packages they staff (a maximum flow from members to packages), so that a start
/// vector can give every hours variable a value that covers each package's workload when the plan allows it.
/// </summary>
internal static class HoursFlow
{
    /// <summary>Computes a flow.</summary>
    /// <param name="supply">Hours each member can give (finite).</param>
    /// <param name="demand">Workload of each package.</param>
    /// <param name="teams">Members of each package's team.</param>
    /// <returns><c>flow[m][p]</c>: hours member <c>m</c> gives package <c>p</c>.</returns>
    internal static double[][] Split(double[] supply, double[] demand, int[][] teams)
    {
        int members = supply.Length, packages = demand.Length;
        int source = members + packages, sink = source + 1;
        var network = new MaxFlow(sink + 1);
        for (int m = 0; m < members; m++)
        {
            network.AddArc(source, m, supply[m]);
        }

        var arcs = new Dictionary<(int Member, int Package), int>();
        for (int p = 0; p < packages; p++)
        {
            network.AddArc(members + p, sink, demand[p]);
            foreach (int m in teams[p])
            {
                arcs.TryAdd((m, p), network.AddArc(m, members + p, double.PositiveInfinity));
            }
        }

        network.Run(source, sink);
        var flow = new double[members][];
        for (int m = 0; m < members; m++)
        {
            flow[m] = new double[packages];
        }

        foreach (var ((m, p), arc) in arcs)
        {
            flow[m][p] = network.FlowOn(arc);
        }

        return flow;
    }
}
