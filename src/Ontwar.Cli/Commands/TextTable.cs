using System.Text;

namespace Ontwar.Cli.Commands;

/// <summary>
/// A plain-text table for the <c>text</c> formats: left-aligned columns separated by two spaces, an optional header,
/// trailing spaces trimmed. Long cells other than the last of a row are cut with an ellipsis so the columns stay
/// readable; the last cell is kept whole.
/// </summary>
internal sealed class TextTable
{
    /// <summary>The longest cell before the last of a row, in characters; longer ones end in an ellipsis.</summary>
    internal const int MaxCell = 48;

    private readonly List<string[]> _rows = [];
    private readonly string[]? _header;

    internal TextTable(params string[]? header) => _header = header is { Length: > 0 } ? header : null;

    internal TextTable Add(params string[] cells)
    {
        _rows.Add(cells.Select((cell, c) => c < cells.Length - 1 ? Cut(cell) : cell).ToArray());
        return this;
    }

    /// <summary>Writes the table, each line starting with <paramref name="indent"/>.</summary>
    internal void WriteTo(StringBuilder text, string indent)
    {
        var all = _header is null ? _rows : [_header, .. _rows];
        if (all.Count == 0)
        {
            return;
        }

        int columns = all.Max(r => r.Length);
        var width = new int[columns];
        foreach (var row in all)
        {
            for (int c = 0; c < row.Length; c++)
            {
                width[c] = Math.Max(width[c], row[c].Length);
            }
        }

        foreach (var row in all)
        {
            var line = new StringBuilder(indent);
            for (int c = 0; c < row.Length; c++)
            {
                line.Append(c < row.Length - 1 ? row[c].PadRight(width[c] + 2) : row[c]);
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    private static string Cut(string cell) => cell.Length <= MaxCell ? cell : string.Concat(cell.AsSpan(0, MaxCell - 1), "…");
}
