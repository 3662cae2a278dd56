namespace Ontwar.Tests.Shared;

/// <summary>
/// Whether members' hours can cover packages' workloads when each member splits their hours over the teams they join:
/// a maximum flow source → member (their hours) → package (if in its team) → sink (its workload). Written for the
/// tests, independently of the library.
/// </summary>
public static class MaxFlow
{
    /// <summary>Whether every package's workload can be covered.</summary>
    /// <param name="hours">Hours per member; <see cref="double.PositiveInfinity"/> for unlimited.</param>
    /// <param name="workload">Workload per package.</param>
    /// <param name="teams">Member indices per package.</param>
    /// <returns>Whether the flow saturates every workload (within 1e-9).</returns>
    public static bool Covers(IReadOnlyList<double> hours, IReadOnlyList<double> workload, IReadOnlyList<IReadOnlyList<int>> teams)
    {
        double need = workload.Sum();
        if (need <= 0)
        {
            return true;
        }

        int members = hours.Count, packages = workload.Count;
        int source = members + packages, sink = source + 1, n = sink + 1;
        var cap = new double[n][];
        for (int i = 0; i < n; i++)
        {
            cap[i] = new double[n];
        }

        for (int m = 0; m < members; m++)
        {
            cap[source][m] = double.IsPositiveInfinity(hours[m]) ? need : hours[m];
        }

        for (int p = 0; p < packages; p++)
        {
            cap[members + p][sink] = workload[p];
            foreach (int m in teams[p])
            {
                cap[m][members + p] = need;
            }
        }

        double total = 0;
        var parent = new int[n];
        while (true)
        {
            Array.Fill(parent, -1);
            parent[source] = source;
            var queue = new Queue<int>();
            queue.Enqueue(source);
            while (queue.Count > 0)
            {
                int v = queue.Dequeue();
                for (int w = 0; w < n; w++)
                {
                    if (parent[w] < 0 && cap[v][w] > 1e-12)
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
                push = Math.Min(push, cap[parent[w]][w]);
            }

            for (int w = sink; w != source; w = parent[w])
            {
                cap[parent[w]][w] -= push;
                cap[w][parent[w]] += push;
            }

            total += push;
        }

        return total >= need - 1e-9;
    }
}
