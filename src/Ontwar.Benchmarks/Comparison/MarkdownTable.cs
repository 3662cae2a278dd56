using System.Text;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>A Markdown (GitHub) table: a header row, an alignment row, and the cells with pipes escaped.</summary>
internal static class MarkdownTable
{
    /// <param name="headers">Column titles; a title starting with <c>&gt;</c> makes the column right-aligned (the mark is dropped).</param>
    /// <param name="rows">Rows, each with one cell per column.</param>
    /// <exception cref="ArgumentException">A row has the wrong number of cells.</exception>
    internal static string Render(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", headers.Select(h => Cell(h.TrimStart('>'))))).Append(" |\n");
        text.Append('|').Append(string.Join("|", headers.Select(h => h.StartsWith('>') ? "---:" : "---"))).Append("|\n");
        int line = 0;
        foreach (var row in rows)
        {
            line++;
            if (row.Count != headers.Count)
            {
                throw new ArgumentException($"Row {line} has {row.Count} cells; the table has {headers.Count} columns.", nameof(rows));
            }

            text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
