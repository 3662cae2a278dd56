using Ontwar.Graphs;
using Ontwar.Plans;

namespace Ontwar.Evaluation;

/// <summary>
/// The cohesion-graph metrics of a plan (docs/model.md, "Metrics"). Every activity gets one block: the first package
/// that lists it, or a block of its own when no package does, so cut and internal weight always add up to the total.
/// </summary>
internal sealed class PlanGraphMetrics
{
    private PlanGraphMetrics(PlanMetrics metrics, double[] internalWeight, double[] boundaryWeight, double[] volume, double[] cohesion, double[] conductance)
    {
        Metrics = metrics;
        InternalWeight = internalWeight;
        BoundaryWeight = boundaryWeight;
        Volume = volume;
        Cohesion = cohesion;
        Conductance = conductance;
    }

    internal PlanMetrics Metrics { get; }

    internal double[] InternalWeight { get; }

    internal double[] BoundaryWeight { get; }

    internal double[] Volume { get; }

    internal double[] Cohesion { get; }

    internal double[] Conductance { get; }

    internal static PlanGraphMetrics Compute(Scenario scenario, Plan plan)
    {
        var graph = CohesionGraph.FromScenario(scenario);
        int n = graph.VertexCount;
        int packages = plan.Packages.Count;
        int blocks = packages + n;

        var blockOf = new int[n];
        Array.Fill(blockOf, -1);
        for (int p = 0; p < packages; p++)
        {
            foreach (var id in plan.Packages[p].Activities)
            {
                int v = scenario.IndexOfActivity(id);
                if (v >= 0 && blockOf[v] < 0)
                {
                    blockOf[v] = p;
                }
            }
        }

        var size = new int[blocks];
        var volume = new double[blocks];
        for (int v = 0; v < n; v++)
        {
            if (blockOf[v] < 0)
            {
                blockOf[v] = packages + v;
            }

            size[blockOf[v]]++;
            volume[blockOf[v]] += graph.WeightedDegree(v);
        }

        var inside = new double[blocks];
        var boundary = new double[blocks];
        double cut = 0, internalTotal = 0;
        foreach (var e in graph.Edges())
        {
            int a = blockOf[e.Source], b = blockOf[e.Target];
            if (a == b)
            {
                inside[a] += e.Weight;
                internalTotal += e.Weight;
            }
            else
            {
                boundary[a] += e.Weight;
                boundary[b] += e.Weight;
                cut += e.Weight;
            }
        }

        double m = graph.TotalWeight;
        double modularity = 0;
        if (m > 0)
        {
            for (int c = 0; c < blocks; c++)
            {
                double share = volume[c] / (2 * m);
                modularity += (inside[c] / m) - (share * share);
            }
        }

        var cohesion = new double[packages];
        var conductance = new double[packages];
        for (int p = 0; p < packages; p++)
        {
            double pairs = size[p] * (size[p] - 1) / 2.0;
            cohesion[p] = pairs > 0 ? inside[p] / pairs : 0;
            double smaller = Math.Min(volume[p], (2 * m) - volume[p]);
            conductance[p] = smaller > 0 && boundary[p] > 0 ? boundary[p] / smaller : 0;
        }

        return new PlanGraphMetrics(
            new PlanMetrics(cut, internalTotal, m, modularity, packages),
            inside[..packages],
            boundary[..packages],
            volume[..packages],
            cohesion,
            conductance);
    }
}
