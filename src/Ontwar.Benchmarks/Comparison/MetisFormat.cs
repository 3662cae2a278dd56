using System.Globalization;
using System.Text;
using Ontwar.Graphs;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>
/// The METIS graph format (METIS 5 manual, section 4.1.1) for the cohesion graph, and METIS's partition file.
/// </summary>
/// <remarks>
/// Header <c>n m 001</c>: n vertices, m undirected edges, edge weights present. Line i + 1 lists the neighbours of
/// activity i, 1-based, each followed by the edge weight. METIS wants positive integer weights, so cohesion weights are
/// multiplied by <see cref="WeightScale"/> and rounded, at least 1: two decimals survive, which is finer than any
/// difference between intensities (1, 2, 3, 4 by default).
/// </remarks>
internal static class MetisFormat
{
    /// <summary>Cohesion weights are multiplied by this before rounding to METIS's integer weights.</summary>
    internal const int WeightScale = 100;

    /// <summary>The integer METIS weight of a cohesion weight.</summary>
    internal static long IntegerWeight(double weight) => Math.Max(1, (long)Math.Round(weight * WeightScale, MidpointRounding.AwayFromZero));

    /// <summary>Writes the graph in METIS format.</summary>
    internal static void Write(CohesionGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var line = new StringBuilder();
        writer.Write(Int(graph.VertexCount) + " " + Int(graph.EdgeCount) + " 001\n");
        for (int v = 0; v < graph.VertexCount; v++)
        {
            line.Clear();
            var neighbours = graph.Neighbours(v);
            var weights = graph.Weights(v);
            for (int i = 0; i < neighbours.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(' ');
                }

                line.Append(Int(neighbours[i] + 1)).Append(' ').Append(IntegerWeight(weights[i]).ToString(CultureInfo.InvariantCulture));
            }

            writer.Write(line.Append('\n'));
        }
    }

    /// <summary>Reads a METIS partition file (<c>graph.part.k</c>): one 0-based part number per line, one line per vertex.</summary>
    /// <exception cref="FormatException">A line is not a part number in 0..k-1, or the count of lines is not the vertex count.</exception>
    internal static int[] ReadPartition(IReadOnlyList<string> lines, int vertexCount, int parts)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new int[vertexCount];
        int count = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            if (!int.TryParse(lines[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int part) || part >= parts)
            {
                throw new FormatException($"METIS partition line {Int(i + 1)}: expected a part number from 0 to {Int(parts - 1)}, found '{lines[i]}'.");
            }

            if (count == vertexCount)
            {
                throw new FormatException($"METIS partition has more than {Int(vertexCount)} lines, one per vertex.");
            }

            result[count++] = part;
        }

        return count == vertexCount
            ? result
            : throw new FormatException($"METIS partition has {Int(count)} lines; expected {Int(vertexCount)}, one per vertex.");
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
