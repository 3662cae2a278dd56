using MathNet.Numerics.LinearAlgebra;
using Ontwar.Plans;

namespace Ontwar.Graphs.Algorithms;

/// <summary>
/// Orders activities for a dependency structure matrix (DSM, <em>afhankelijkheidsmatrix</em>) so that strongly linked
/// activities sit next to each other: packages in an order that keeps strongly linked packages adjacent, and the
/// activities of each package in an order that keeps its strongest pairs adjacent. The order follows the Fiedler
/// vector (the eigenvector of the second-smallest eigenvalue) of the weighted graph Laplacian <c>L = D − W</c>.
/// </summary>
/// <remarks>
/// <para>Every ordering is deterministic: the same scenario and plan always give the same order. The sign of a
/// Fiedler vector is arbitrary, so it is fixed by the data: the heavier tail (positive third moment) goes last; when
/// the vector is symmetric, the lowest-indexed of the vertices with the largest magnitude goes first. Ties in the
/// vector (to nine significant digits) are broken by input order. When the second eigenvalue is repeated (a star, a
/// complete graph) the eigenvector is not unique; the order is still deterministic but may change when the input is
/// relabelled.</para>
/// <para>Disconnected graphs: connected components are ordered by size (largest first), then internal weight
/// (heaviest first), then their first vertex in input order, and each is ordered on its own.</para>
/// <para>The dense eigen-decomposition costs O(k³) time and O(k²) memory for a component of k vertices; above
/// <see cref="DenseLimit"/> vertices a component is ordered by a cohesion-guided Cuthill–McKee breadth-first search
/// instead (start at the lightest vertex, visit neighbours by decreasing edge weight), and
/// <see cref="DsmOrder.UsedFallback"/> says so.</para>
/// <para>Within a package, the activity order is turned around when that brings activities linked to earlier packages
/// to the front and those linked to later packages to the back, which keeps off-diagonal marks of the DSM close to
/// the diagonal.</para>
/// </remarks>
public static class SpectralOrdering
{
    /// <summary>The largest component (in vertices) ordered by a dense eigen-decomposition; larger ones use the breadth-first fallback.</summary>
    public const int DenseLimit = 500;

    /// <summary>Orders a scenario's activities along a plan: packages spectrally on the package graph, activities spectrally within each package.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="plan">The plan. Activities the plan does not place come last, in <see cref="DsmOrder.Unplaced"/>, ordered spectrally among themselves.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan names an activity the scenario does not have, or places one twice; the message names every such activity.</exception>
    public static DsmOrder Order(Scenario scenario, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        var packageOf = PackageOf(scenario, plan);
        var graph = CohesionGraph.FromScenario(scenario);
        int packageCount = plan.Packages.Count;
        bool fallback = false;

        // The package graph: one vertex per package, weighted by the cohesion cut between two packages.
        var cut = new List<WeightedEdge>();
        foreach (var e in graph.Edges())
        {
            int p = packageOf[e.Source], q = packageOf[e.Target];
            if (p >= 0 && q >= 0 && p != q)
            {
                cut.Add(new WeightedEdge(p, q, e.Weight));
            }
        }

        var packageGraph = CohesionGraph.FromEdges(packageCount, cut.ToArray());
        var packageOrder = OrderSubset(packageGraph, Enumerable.Range(0, packageCount).ToList(), ref fallback);
        var rank = new int[packageCount];
        for (int r = 0; r < packageOrder.Count; r++)
        {
            rank[packageOrder[r]] = r;
        }

        var activities = new List<string>(scenario.Activities.Count);
        foreach (int p in packageOrder)
        {
            var members = plan.Packages[p].Activities.Select(scenario.IndexOfActivity).ToList();
            var inner = OrderSubset(graph, members, ref fallback);
            if (PullsBackward(graph, inner, packageOf, rank, rank[p]))
            {
                inner.Reverse();
            }

            activities.AddRange(inner.Select(v => scenario.Activities[v].Id));
        }

        var unplacedVertices = Enumerable.Range(0, scenario.Activities.Count).Where(v => packageOf[v] < 0).ToList();
        var unplaced = OrderSubset(graph, unplacedVertices, ref fallback).Select(v => scenario.Activities[v].Id).ToList();
        activities.AddRange(unplaced);
        return new DsmOrder(
            activities.AsReadOnly(),
            packageOrder.Select(p => plan.Packages[p].Id).ToList().AsReadOnly(),
            unplaced.AsReadOnly(),
            fallback);
    }

    /// <summary>Orders all of a scenario's activities spectrally on the whole cohesion graph, without packages.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The order; <see cref="DsmOrder.Packages"/> is empty and every activity is in <see cref="DsmOrder.Unplaced"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static DsmOrder Order(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Order(scenario, new Plan([]));
    }

    /// <summary>Orders the vertices of a weighted graph spectrally (components as described in the remarks).</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>Every vertex once, in DSM order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<int> OrderVertices(IWeightedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        bool fallback = false;
        return OrderSubset(graph, Enumerable.Range(0, graph.VertexCount).ToList(), ref fallback).AsReadOnly();
    }

    /// <summary>Orders some vertices of a graph using only the edges among them.</summary>
    internal static List<int> OrderSubset(IWeightedGraph graph, IReadOnlyList<int> vertices, ref bool fallback)
    {
        var local = new Dictionary<int, int>(vertices.Count);
        for (int i = 0; i < vertices.Count; i++)
        {
            local.Add(vertices[i], i);
        }

        var components = Components(graph, vertices, local);
        var order = new List<int>(vertices.Count);
        foreach (var component in components)
        {
            if (component.Vertices.Count <= 2)
            {
                order.AddRange(component.Vertices);
            }
            else if (component.Vertices.Count > DenseLimit)
            {
                fallback = true;
                order.AddRange(CuthillMcKee(graph, component.Vertices));
            }
            else
            {
                order.AddRange(Fiedler(graph, component.Vertices));
            }
        }

        return order;
    }

    private static int[] PackageOf(Scenario scenario, Plan plan)
    {
        var packageOf = new int[scenario.Activities.Count];
        Array.Fill(packageOf, -1);
        var problems = new List<string>();
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            foreach (var id in plan.Packages[p].Activities)
            {
                int a = scenario.IndexOfActivity(id);
                if (a < 0)
                {
                    problems.Add($"package '{plan.Packages[p].Id}' names unknown activity '{id}'");
                }
                else if (packageOf[a] >= 0)
                {
                    problems.Add($"activity '{id}' is placed twice (package '{plan.Packages[packageOf[a]].Id}' and '{plan.Packages[p].Id}')");
                }
                else
                {
                    packageOf[a] = p;
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The plan does not fit the scenario: " + string.Join("; ", problems) + ".", nameof(plan));
        }

        return packageOf;
    }

    /// <summary>Whether reversing a package's inner order brings links to earlier packages to its front.</summary>
    private static bool PullsBackward(CohesionGraph graph, List<int> inner, int[] packageOf, int[] rank, int ownRank)
    {
        double score = 0;
        double centre = (inner.Count - 1) / 2.0;
        for (int i = 0; i < inner.Count; i++)
        {
            var neighbours = graph.Neighbours(inner[i]);
            var weights = graph.Weights(inner[i]);
            double pull = 0;
            for (int k = 0; k < neighbours.Length; k++)
            {
                int q = packageOf[neighbours[k]];
                if (q >= 0 && rank[q] != ownRank)
                {
                    pull += rank[q] < ownRank ? weights[k] : -weights[k];
                }
            }

            // Pull towards earlier packages should sit at negative offsets (the front).
            score += pull * (i - centre);
        }

        return score > 1e-9;
    }

    private static List<Component> Components(IWeightedGraph graph, IReadOnlyList<int> vertices, Dictionary<int, int> local)
    {
        var seen = new bool[vertices.Count];
        var components = new List<Component>();
        var stack = new Stack<int>();
        for (int start = 0; start < vertices.Count; start++)
        {
            if (seen[start])
            {
                continue;
            }

            var members = new List<int>();
            double weight = 0;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int i = stack.Pop();
                members.Add(vertices[i]);
                var neighbours = graph.Neighbours(vertices[i]);
                var weights = graph.Weights(vertices[i]);
                for (int k = 0; k < neighbours.Length; k++)
                {
                    if (local.TryGetValue(neighbours[k], out int j))
                    {
                        weight += weights[k] / 2;
                        if (!seen[j])
                        {
                            seen[j] = true;
                            stack.Push(j);
                        }
                    }
                }
            }

            members.Sort();
            components.Add(new Component(members, weight));
        }

        // Largest first, then heaviest, then by first vertex: the vertex lists are sorted, so [0] is the smallest.
        return components
            .OrderByDescending(c => c.Vertices.Count)
            .ThenByDescending(c => Math.Round(c.Weight, 9))
            .ThenBy(c => c.Vertices[0])
            .ToList();
    }

    /// <summary>The vertices of one connected component (at least three) sorted along its Fiedler vector.</summary>
    private static List<int> Fiedler(IWeightedGraph graph, List<int> vertices)
    {
        int k = vertices.Count;
        var index = new Dictionary<int, int>(k);
        for (int i = 0; i < k; i++)
        {
            index.Add(vertices[i], i);
        }

        var laplacian = Matrix<double>.Build.Dense(k, k);
        for (int i = 0; i < k; i++)
        {
            var neighbours = graph.Neighbours(vertices[i]);
            var weights = graph.Weights(vertices[i]);
            for (int n = 0; n < neighbours.Length; n++)
            {
                if (index.TryGetValue(neighbours[n], out int j))
                {
                    laplacian[i, j] -= weights[n];
                    laplacian[i, i] += weights[n];
                }
            }
        }

        var evd = laplacian.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();

        // The second-smallest eigenvalue; the smallest is 0 with the constant vector on a connected component.
        var byValue = Enumerable.Range(0, k).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var fiedler = evd.EigenVectors.Column(byValue[1]);
        double scale = fiedler.AbsoluteMaximum();
        var f = new double[k];
        for (int i = 0; i < k; i++)
        {
            f[i] = Math.Round(fiedler[i] / scale, 9);
        }

        double skew = f.Sum(x => x * x * x);
        double sign;
        if (Math.Abs(skew) > 1e-6)
        {
            sign = skew > 0 ? 1 : -1;
        }
        else
        {
            // A symmetric vector: put the first (in input order) of the largest-magnitude vertices in front.
            double top = f.Max(Math.Abs);
            int first = Array.FindIndex(f, x => Math.Abs(x) == top);
            sign = f[first] < 0 ? 1 : -1;
        }

        return Enumerable.Range(0, k)
            .OrderBy(i => sign * f[i])
            .ThenBy(i => vertices[i])
            .Select(i => vertices[i])
            .ToList();
    }

    /// <summary>Breadth-first order from the lightest vertex, neighbours by decreasing edge weight: cheap and keeps strong pairs close.</summary>
    private static List<int> CuthillMcKee(IWeightedGraph graph, List<int> vertices)
    {
        var inComponent = new HashSet<int>(vertices);
        int start = vertices.OrderBy(v => Math.Round(graph.WeightedDegree(v), 9)).ThenBy(v => v).First();
        var order = new List<int>(vertices.Count);
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        var next = new List<(int Vertex, double Weight)>();
        while (queue.Count > 0)
        {
            int v = queue.Dequeue();
            order.Add(v);
            next.Clear();
            var neighbours = graph.Neighbours(v);
            var weights = graph.Weights(v);
            for (int n = 0; n < neighbours.Length; n++)
            {
                if (inComponent.Contains(neighbours[n]) && seen.Add(neighbours[n]))
                {
                    next.Add((neighbours[n], weights[n]));
                }
            }

            foreach (var (w, _) in next.OrderByDescending(x => x.Weight).ThenBy(x => x.Vertex))
            {
                queue.Enqueue(w);
            }
        }

        return order;
    }

    private sealed record Component(List<int> Vertices, double Weight);
}

/// <summary>
/// The DSM order of <see cref="SpectralOrdering"/>: the activity identifiers row by row, the package identifiers in
/// the order their blocks appear, and the activities no package places (at the end). Immutable.
/// </summary>
public sealed class DsmOrder
{
    internal DsmOrder(IReadOnlyList<string> activities, IReadOnlyList<string> packages, IReadOnlyList<string> unplaced, bool usedFallback)
    {
        Activities = activities;
        Packages = packages;
        Unplaced = unplaced;
        UsedFallback = usedFallback;
    }

    /// <summary>Every activity of the scenario once: the packages' activities block by block, then the unplaced ones.</summary>
    public IReadOnlyList<string> Activities { get; }

    /// <summary>The plan's package identifiers in block order.</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>The activities the plan does not place, in their order at the end of <see cref="Activities"/>.</summary>
    public IReadOnlyList<string> Unplaced { get; }

    /// <summary>Whether some component exceeded <see cref="SpectralOrdering.DenseLimit"/> and was ordered by the breadth-first fallback.</summary>
    public bool UsedFallback { get; }
}
