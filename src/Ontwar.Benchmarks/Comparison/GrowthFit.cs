using MathNet.Numerics;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>The growth exponent of time in size: the slope of the least-squares line through (log size, log time).</summary>
internal static class GrowthFit
{
    /// <summary>Points at or above this size are fitted when there are at least two; below it fixed costs (process start, JIT) dominate.</summary>
    internal const double FitFrom = 100;

    /// <summary>The slope of log(time) against log(size), or null with fewer than two distinct sizes.</summary>
    /// <exception cref="ArgumentException">A size or time is not positive and finite.</exception>
    internal static double? Exponent(IReadOnlyList<(double Size, double Ms)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Any(p => !(p.Size > 0) || !(p.Ms > 0) || !double.IsFinite(p.Size) || !double.IsFinite(p.Ms)))
        {
            throw new ArgumentException("Sizes and times must be positive and finite to fit on a log-log scale.", nameof(points));
        }

        if (points.Select(p => p.Size).Distinct().Count() < 2)
        {
            return null;
        }

        var (_, slope) = Fit.Line(points.Select(p => Math.Log(p.Size)).ToArray(), points.Select(p => Math.Log(p.Ms)).ToArray());
        return slope;
    }

    /// <summary>The points the exponent is fitted on: those at <see cref="FitFrom"/> or above when at least two sizes are, else all.</summary>
    internal static IReadOnlyList<(double Size, double Ms)> FitPoints(IReadOnlyList<(double Size, double Ms)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var large = points.Where(p => p.Size >= FitFrom).ToList();
        return large.Select(p => p.Size).Distinct().Count() >= 2 ? large : points;
    }
}
