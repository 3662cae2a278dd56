using System.Globalization;
using Ontwar.Internal;

namespace Ontwar.Diagnostics;

/// <summary>
/// Keeps a list of diagnostics proportional to what a person can act on: the first few of each code, then one line
/// per code saying how many more there are. A scenario that lacks 200,000 capabilities thus gives a report of a few
/// kilobytes, not tens of megabytes, while every kind of problem is still named.
/// </summary>
public static class DiagnosticLists
{
    /// <summary>The default number of diagnostics listed per code: 20.</summary>
    public const int DefaultMaxPerCode = 20;

    /// <summary>
    /// The first <paramref name="maxPerCode"/> diagnostics of each code, in their order, followed by one diagnostic per
    /// code that had more: same code, the highest severity of those left out, no path, and a message
    /// "... and K more like this, not listed".
    /// </summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="maxPerCode">How many to list per code; at least 1.</param>
    /// <returns>The capped list; the input's own items when nothing was left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null or contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPerCode"/> is below 1.</exception>
    public static IReadOnlyList<Diagnostic> Capped(IEnumerable<Diagnostic> diagnostics, int maxPerCode = DefaultMaxPerCode)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Preconditions.CheckAtLeast(maxPerCode, 1);
        var kept = new List<Diagnostic>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var dropped = new Dictionary<string, (int Count, DiagnosticSeverity Severity)>(StringComparer.Ordinal);
        var droppedOrder = new List<string>();
        foreach (var d in diagnostics)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(diagnostics));
            counts.TryGetValue(d.Code, out int seen);
            counts[d.Code] = seen + 1;
            if (seen < maxPerCode)
            {
                kept.Add(d);
            }
            else if (dropped.TryGetValue(d.Code, out var earlier))
            {
                dropped[d.Code] = (earlier.Count + 1, earlier.Severity > d.Severity ? earlier.Severity : d.Severity);
            }
            else
            {
                dropped[d.Code] = (1, d.Severity);
                droppedOrder.Add(d.Code);
            }
        }

        foreach (var code in droppedOrder)
        {
            var (count, severity) = dropped[code];
            kept.Add(new Diagnostic(
                severity,
                code,
                string.Create(CultureInfo.InvariantCulture, $"... and {count} more like this ({code}), not listed; the first {maxPerCode} are above.")));
        }

        return kept.AsReadOnly();
    }
}
