namespace Ontwar.Solving.CpSat;

/// <summary>
/// Turns the non-negative decimal numbers of a scenario (cohesion weights, hours, workloads) into the integers CP-SAT
/// works with. The factor is the smallest power of ten (up to 10^6) that makes every value an integer, so that typical
/// input (intensities, weights and hours with a few decimals) is represented exactly; otherwise values are rounded at
/// 10^6 (or less when the total would overflow) and <see cref="MaxError"/> bounds what rounding changed.
/// </summary>
internal sealed class IntegerScaling
{
    /// <summary>The largest total, after scaling, that stays exact in a double and far from CP-SAT's int64 limits.</summary>
    private const double TotalLimit = 1L << 50;

    private const int MaxDecimals = 6;

    private IntegerScaling(double factor, bool exact, double maxError)
    {
        Factor = factor;
        Exact = exact;
        MaxError = maxError;
    }

    /// <summary>Scaled value = round(value × factor).</summary>
    internal double Factor { get; }

    /// <summary>Whether every value is represented without rounding.</summary>
    internal bool Exact { get; }

    /// <summary>The summed rounding error over all values, in original units (0 when exact).</summary>
    internal double MaxError { get; }

    /// <summary>Chooses a factor for these values; non-finite values are ignored (the caller treats them as unbounded).</summary>
    /// <param name="values">Non-negative values.</param>
    /// <returns>The scaling.</returns>
    internal static IntegerScaling For(IReadOnlyList<double> values)
    {
        double total = 0;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                total += v;
            }
        }

        double factor = 1;
        for (int d = 0; d <= MaxDecimals; d++, factor *= 10)
        {
            if (total * factor > TotalLimit)
            {
                break;
            }

            if (values.All(v => !double.IsFinite(v) || IsInteger(v * factor)))
            {
                return new IntegerScaling(factor, exact: true, maxError: 0);
            }
        }

        // Rounded: as fine as the total allows.
        factor = Math.Min(Math.Pow(10, MaxDecimals), TotalLimit / Math.Max(total, 1e-300));
        double error = 0;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                error += Math.Abs(v - (Math.Round(v * factor) / factor));
            }
        }

        return new IntegerScaling(factor, exact: error == 0, maxError: error);
    }

    /// <summary>The scaled integer of a value (rounded to nearest).</summary>
    internal long Up(double value) => (long)Math.Round(value * Factor);

    /// <summary>The scaled integer of a supply, rounded down so that rounding never invents capacity.</summary>
    internal long Down(double value) => IsInteger(value * Factor) ? (long)Math.Round(value * Factor) : (long)Math.Floor(value * Factor);

    /// <summary>The scaled integer of a demand, rounded up so that rounding never hides a shortfall.</summary>
    internal long Ceiling(double value) => IsInteger(value * Factor) ? (long)Math.Round(value * Factor) : (long)Math.Ceiling(value * Factor);

    /// <summary>Back to the original units.</summary>
    internal double ToOriginal(double scaled) => scaled / Factor;

    private static bool IsInteger(double x) => Math.Abs(x - Math.Round(x)) <= 1e-9 * Math.Max(1, Math.Abs(x));
}
