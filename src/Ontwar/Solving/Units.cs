using Ontwar.Graphs;
using Ontwar.Modeling;

namespace Ontwar.Solving;

/// <summary>
/// Activities that together rules bind into one unit, and the cohesion graph between units (edges inside a unit are
/// never cut and drop out). Both engines place units, not activities.
/// </summary>
internal sealed class Units
{
    private Units(int[][] activities, int[] unitOf, CohesionGraph graph, int[][] apartPartners)
    {
        Activities = activities;
        UnitOf = unitOf;
        Graph = graph;
        ApartPartners = apartPartners;
    }

    internal int Count => Activities.Length;

    /// <summary>The activities of each unit.</summary>
    internal int[][] Activities { get; }

    /// <summary>The unit of each activity.</summary>
    internal int[] UnitOf { get; }

    /// <summary>Cohesion between units.</summary>
    internal CohesionGraph Graph { get; }

    /// <summary>Units each unit must not share a package with (apart rules), ascending.</summary>
    internal int[][] ApartPartners { get; }

    /// <summary>Builds the units, numbered in the order given by <paramref name="reorder"/> (identity when null).</summary>
    internal static Units Build(PackagingModel model, Func<CohesionGraph, int[]>? reorder = null)
    {
        var groups = new Dictionary<int, List<int>>();
        var roots = new List<int>();
        for (int a = 0; a < model.ActivityCount; a++)
        {
            int root = model.TogetherGroup(a);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
                roots.Add(root);
            }

            list.Add(a);
        }

        var raw = roots.Select(r => groups[r].ToArray()).ToArray();
        var unitOf = new int[model.ActivityCount];
        for (int u = 0; u < raw.Length; u++)
        {
            foreach (int a in raw[u])
            {
                unitOf[a] = u;
            }
        }

        var graph = Contract(model.Graph, unitOf, raw.Length);
        if (reorder is not null)
        {
            var order = reorder(graph);
            var position = new int[order.Length];
            for (int i = 0; i < order.Length; i++)
            {
                position[order[i]] = i;
            }

            raw = order.Select(u => raw[u]).ToArray();
            for (int a = 0; a < unitOf.Length; a++)
            {
                unitOf[a] = position[unitOf[a]];
            }

            graph = Contract(model.Graph, unitOf, raw.Length);
        }

        var apart = new SortedSet<int>[raw.Length];
        foreach (var (x, y) in model.ApartPairs)
        {
            int ux = unitOf[x], uy = unitOf[y];
            if (ux != uy)
            {
                (apart[ux] ??= []).Add(uy);
                (apart[uy] ??= []).Add(ux);
            }
        }

        var partners = apart.Select(s => s is null ? [] : s.ToArray()).ToArray();
        return new Units(raw, unitOf, graph, partners);
    }

    private static CohesionGraph Contract(CohesionGraph graph, int[] unitOf, int units)
    {
        var edges = new List<WeightedEdge>();
        foreach (var e in graph.Edges())
        {
            int a = unitOf[e.Source], b = unitOf[e.Target];
            if (a != b)
            {
                edges.Add(new WeightedEdge(a, b, e.Weight));
            }
        }

        return CohesionGraph.FromEdges(units, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(edges));
    }
}
