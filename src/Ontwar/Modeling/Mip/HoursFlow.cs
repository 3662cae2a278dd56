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
        int source = members + packages, sink = source + 1, n = sink + 1;
        var cap = new double[n, n];
        for (int m = 0; m < members; m++)
        {
            cap[source, m] = supply[m];
        }

        double big = demand.Sum() + 1;
        for (int p = 0; p < packages; p++)
        {
            cap[members + p, sink] = demand[p];
            foreach (int m in teams[p])
            {
                cap[m, members + p] = big;
            }
        }

        var residual = (double[,])cap.Clone();
        var parent = new int[n];
        while (true)
        {
            Array.Fill(parent, -1);
            parent[source] = source;
            var queue = new Queue<int>();
            queue.Enqueue(source);
            while (queue.Count > 0 && parent[sink] < 0)
            {
                int v = queue.Dequeue();
                for (int w = 0; w < n; w++)
                {
                    if (parent[w] < 0 && residual[v, w] > 1e-12)
                    {
                        parent[w] = v;
                        queue.Enqueue(w);
                    }
                }
            }

            if (parent[sink] < 0)
            {
                break;
            }

            double push = double.PositiveInfinity;
            for (int w = sink; w != source; w = parent[w])
            {
                push = Math.Min(push, residual[parent[w], w]);
            }

            for (int w = sink; w != source; w = parent[w])
            {
                residual[parent[w], w] -= push;
                residual[w, parent[w]] += push;
            }
        }

        var flow = new double[members][];
        for (int m = 0; m < members; m++)
        {
            flow[m] = new double[packages];
            for (int p = 0; p < packages; p++)
            {
                flow[m][p] = Math.Max(0, cap[m, members + p] - residual[m, members + p]);
            }
        }

        return flow;
    }
}
