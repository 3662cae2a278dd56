namespace Ontwar.Internal;

/// <summary>
/// Turns the non-negative decimal numbers of a scenario (cohesion weights, hours, workloads) into the integers that
/// OR-Tools works with (CP-SAT's coefficients, <see cref="MaxFlow"/>'s capacities). The factor is the smallest power of
/// ten that makes every value an integer, so numbers as people write them (37.5, 2.25, 0.1) are exact; differences up
/// to 10⁻⁹ of a value are read as the binary rounding of a decimal (0.1 + 0.2), not as digits. When no power within
/// the limits does (1/3), the largest power that keeps the total within its limit is used and the values are rounded;
/// <see cref="MaxError"/> bounds what rounding changed. Infinite values are ignored (callers treat them as unbounded).
/// </summary>
internal sealed class IntegerScaling
{
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

    /// <summary>Chooses a factor for these values.</summary>
    /// <param name="values">Non-negative values.</param>
    /// <param name="maxDigits">The largest exponent of the factor.</param>
    /// <param name="minDigits">The smallest exponent the factor may drop to so that the total stays within <paramref name="totalLimit"/>.</param>
    /// <param name="totalLimit">The largest scaled total of the finite values.</param>
    /// <returns>The scaling.</returns>
    internal static IntegerScaling For(IReadOnlyList<double> values, int maxDigits, int minDigits, double totalLimit)
    {
        double total = 0;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                total += v;
            }
        }

        int fits = maxDigits;
        while (fits > minDigits && total * Math.Pow(10, fits) > totalLimit)
        {
            fits--;
        }

        for (int digits = 0; digits <= fits; digits++)
        {
            double factor = Math.Pow(10, digits);
            if (values.All(v => !double.IsFinite(v) || IsInteger(v * factor)))
            {
                return new IntegerScaling(factor, exact: true, maxError: 0);
            }
        }

        double rounded = Math.Pow(10, fits);
        double error = 0;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                error += Math.Abs(v - (Math.Round(v * rounded) / rounded));
            }
        }

        return new IntegerScaling(rounded, exact: error == 0, maxError: error);
    }

    /// <summary>The scaled integer of a value (rounded to nearest).</summary>
    internal long Up(double value) => (long)Math.Round(value * Factor);

    /// <summary>The scaled integer of a supply, rounded down so that rounding never invents capacity.</summary>
    internal long Down(double value) => IsInteger(value * Factor) ? (long)Math.Round(value * Factor) : (long)Math.Floor(value * Factor);

    /// <summary>The scaled integer of a demand, rounded up so that rounding never hides a shortfall.</summary>
    internal long Ceiling(double value) => IsInteger(value * Factor) ? (long)Math.Round(value * Factor) : (long)Math.Ceiling(value * Factor);

    /// <summary>Back to the original units.</summary>
    internal double ToOriginal(double scaled) => scaled / Factor;

    /// <summary>Whether a scaled value is an integer up to the binary rounding of a decimal.</summary>
    internal static bool IsInteger(double x) => Math.Abs(x - Math.Round(x)) <= 1e-9 * Math.Max(1, Math.Abs(x));
}
