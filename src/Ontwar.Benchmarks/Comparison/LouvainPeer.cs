using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ontwar.Graphs;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>
/// Community detection with networkx's Louvain method (<c>networkx.community.louvain_communities</c>, networkx 2.8 or
/// later; Debian package <c>python3-networkx</c>) on the weighted cohesion graph. It chooses its own number of
/// communities; the harness staffs them afterwards.
/// </summary>
internal sealed class LouvainPeer : IPeer
{
    /// <summary>The script: reads <c>n</c> then <c>u v weight</c> lines, prints one community per line (vertex numbers).</summary>
    internal const string Script = """
        import sys
        import networkx as nx
        seed = int(sys.argv[2])
        with open(sys.argv[1]) as f:
            n = int(f.readline())
            g = nx.Graph()
            g.add_nodes_from(range(n))
            for line in f:
                u, v, w = line.split()
                g.add_edge(int(u), int(v), weight=float(w))
        for community in nx.community.louvain_communities(g, weight="weight", seed=seed):
            print(" ".join(str(v) for v in sorted(community)))
        """;

    private readonly IReadOnlyList<string> _candidates;
    private string? _python;

    /// <param name="candidates">Python programs to try, in order; the first that imports networkx is used.</param>
    internal LouvainPeer(IReadOnlyList<string>? candidates = null) => _candidates = candidates ?? ["/usr/bin/python3", "python3"];

    /// <inheritdoc/>
    public string Name => "Louvain (networkx)";

    /// <inheritdoc/>
    public PeerAvailability CheckAvailability()
    {
        var tried = new List<string>();
        foreach (var candidate in _candidates)
        {
            if (ExternalProcess.Find(candidate) is not { } path)
            {
                tried.Add($"{candidate}: not found");
                continue;
            }

            var outcome = ExternalProcess.Run(path, ["-c", "import networkx; print(networkx.__version__)"], Path.GetTempPath(), TimeSpan.FromSeconds(60));
            string version = outcome.Output.Trim();
            if (outcome.ExitCode == 0 && Version.TryParse(version.Split('.', 3) is [var major, var minor, ..] ? major + "." + minor : version, out var v) && v >= new Version(2, 8))
            {
                _python = path;
                return new PeerAvailability(true, $"{path} with networkx {version}");
            }

            tried.Add(outcome.ExitCode == 0 ? $"{path}: networkx {version} is older than 2.8" : $"{path}: cannot import networkx");
        }

        return new PeerAvailability(false, $"no Python with networkx 2.8 or later ({string.Join("; ", tried)}); install it with `apt-get install python3-networkx`.");
    }

    /// <inheritdoc/>
    public string? NotRunReason(BenchmarkScenario scenario) => null;

    /// <inheritdoc/>
    public PeerRun Run(BenchmarkScenario scenario, PeerContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        string python = _python ?? throw new InvalidOperationException("CheckAvailability must find Python with networkx before Run.");
        var watch = Stopwatch.StartNew();
        var graph = CohesionGraph.FromScenario(scenario.Scenario);
        string script = Path.Combine(context.WorkDirectory, "louvain.py");
        string edges = Path.Combine(context.WorkDirectory, "graph.edges");
        File.WriteAllText(script, Script);
        WriteEdgeList(graph, edges);
        var outcome = ExternalProcess.Run(
            python,
            [script, edges, context.Seed.ToString(CultureInfo.InvariantCulture)],
            context.WorkDirectory,
            context.TimeLimit * 4 + TimeSpan.FromSeconds(60));
        if (outcome.TimedOut || outcome.ExitCode != 0)
        {
            watch.Stop();
            return new PeerRun("failed", null, null, watch.Elapsed, outcome.TimedOut ? "python overran and was stopped" : "louvain failed: " + outcome.Error.Trim().Split('\n')[^1]);
        }

        var parts = ReadCommunities(outcome.Output.Split('\n'), graph.VertexCount);
        watch.Stop();
        return new PeerRun("partition", null, parts, watch.Elapsed);
    }

    /// <summary>Writes the vertex count, then <c>u v weight</c> per edge (0-based, weights in full precision).</summary>
    internal static void WriteEdgeList(CohesionGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var text = new StringBuilder();
        text.Append(graph.VertexCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var edge in graph.Edges())
        {
            text.Append(edge.Source.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(edge.Target.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(edge.Weight.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Reads the script's output: one community per line; every vertex exactly once.</summary>
    /// <exception cref="FormatException">A token is not a vertex, a vertex appears twice, or one is missing.</exception>
    internal static int[] ReadCommunities(IEnumerable<string> lines, int vertexCount)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = Enumerable.Repeat(-1, vertexCount).ToArray();
        int community = 0;
        foreach (var line in lines)
        {
            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (tokens.Length == 0)
            {
                continue;
            }

            foreach (var token in tokens)
            {
                if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v >= vertexCount)
                {
                    throw new FormatException($"Louvain community {community.ToString(CultureInfo.InvariantCulture)}: '{token}' is not a vertex number below {vertexCount.ToString(CultureInfo.InvariantCulture)}.");
                }

                if (result[v] >= 0)
                {
                    throw new FormatException($"Louvain output puts vertex {token} in two communities.");
                }

                result[v] = community;
            }

            community++;
        }

        int missing = Array.IndexOf(result, -1);
        return missing < 0 ? result : throw new FormatException($"Louvain output puts vertex {missing.ToString(CultureInfo.InvariantCulture)} in no community.");
    }
}
