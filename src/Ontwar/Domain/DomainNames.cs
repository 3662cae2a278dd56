using System.Diagnostics.CodeAnalysis;

namespace Ontwar;

/// <summary>
/// The names by which scales, intensities and complexities appear in scenario files (contract section 1),
/// including the Dutch aliases of the seed.
/// </summary>
public static class DomainNames
{
    private static readonly Dictionary<string, Scale> ScaleByName = new(StringComparer.Ordinal)
    {
        ["livedNeighbourhood"] = Scale.LivedNeighbourhood,
        ["geographicNeighbourhood"] = Scale.GeographicNeighbourhood,
        ["municipality"] = Scale.Municipality,
        ["localRegion"] = Scale.LocalRegion,
        ["supraLocalRegion"] = Scale.SupraLocalRegion,
        ["geleefdeBuurt"] = Scale.LivedNeighbourhood,
        ["geografischeBuurt"] = Scale.GeographicNeighbourhood,
        ["gemeente"] = Scale.Municipality,
        ["lokaleRegio"] = Scale.LocalRegion,
        ["bovenlokaleRegio"] = Scale.SupraLocalRegion,
    };

    private static readonly Dictionary<string, Intensity> IntensityByName = new(StringComparer.Ordinal)
    {
        ["referral"] = Intensity.Referral,
        ["information"] = Intensity.Information,
        ["alignment"] = Intensity.Alignment,
        ["joint"] = Intensity.Joint,
        ["doorverwijzen"] = Intensity.Referral,
        ["infoDelen"] = Intensity.Information,
        ["afstemmen"] = Intensity.Alignment,
        ["samenUitvoeren"] = Intensity.Joint,
    };

    /// <summary>The canonical names of the scales, small to large, as written to files.</summary>
    public static IReadOnlyList<string> ScaleNames { get; } =
        ["livedNeighbourhood", "geographicNeighbourhood", "municipality", "localRegion", "supraLocalRegion"];

    /// <summary>The canonical names of the intensities, low to high, as written to files.</summary>
    public static IReadOnlyList<string> IntensityNames { get; } = ["referral", "information", "alignment", "joint"];

    /// <summary>Parses a scale name or its Dutch alias (case-sensitive, as in the contract).</summary>
    /// <param name="name">The name, for example <c>municipality</c> or <c>gemeente</c>.</param>
    /// <param name="scale">The scale when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParseScale(string? name, out Scale scale)
    {
        if (name is not null && ScaleByName.TryGetValue(name, out scale))
        {
            return true;
        }

        scale = default;
        return false;
    }

    /// <summary>Parses an intensity name or its Dutch alias (case-sensitive, as in the contract).</summary>
    /// <param name="name">The name, for example <c>joint</c> or <c>samenUitvoeren</c>.</param>
    /// <param name="intensity">The intensity when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParseIntensity(string? name, out Intensity intensity)
    {
        if (name is not null && IntensityByName.TryGetValue(name, out intensity))
        {
            return true;
        }

        intensity = default;
        return false;
    }

    /// <summary>Parses <c>simple</c> or <c>complex</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="complexity">The complexity when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParseComplexity(string? name, out Complexity complexity)
    {
        switch (name)
        {
            case "simple":
                complexity = Complexity.Simple;
                return true;
            case "complex":
                complexity = Complexity.Complex;
                return true;
            default:
                complexity = default;
                return false;
        }
    }

    /// <summary>The canonical file name of a scale.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>For example <c>municipality</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not a defined value.</exception>
    public static string ToName(this Scale scale)
        => (uint)scale < (uint)ScaleNames.Count ? ScaleNames[(int)scale] : throw new ArgumentOutOfRangeException(nameof(scale));

    /// <summary>The canonical file name of an intensity.</summary>
    /// <param name="intensity">The intensity.</param>
    /// <returns>For example <c>joint</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intensity"/> is not a defined value.</exception>
    public static string ToName(this Intensity intensity)
        => (uint)intensity < (uint)IntensityNames.Count ? IntensityNames[(int)intensity] : throw new ArgumentOutOfRangeException(nameof(intensity));

    /// <summary>The canonical file name of a complexity.</summary>
    /// <param name="complexity">The complexity.</param>
    /// <returns><c>simple</c> or <c>complex</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="complexity"/> is not a defined value.</exception>
    [SuppressMessage("Globalization", "CA1308", Justification = "File names are lower camel case by contract.")]
    public static string ToName(this Complexity complexity) => complexity switch
    {
        Complexity.Simple => "simple",
        Complexity.Complex => "complex",
        _ => throw new ArgumentOutOfRangeException(nameof(complexity)),
    };

    /// <summary>The Dutch term of the seed for a scale, for reports.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>For example <c>gemeente/stad + rand</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not a defined value.</exception>
    public static string ToDutch(this Scale scale) => scale switch
    {
        Scale.LivedNeighbourhood => "geleefde buurt",
        Scale.GeographicNeighbourhood => "geografische buurt",
        Scale.Municipality => "gemeente/stad + rand",
        Scale.LocalRegion => "lokale regio",
        Scale.SupraLocalRegion => "bovenlokale regio",
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };

    /// <summary>The Dutch term of the seed for an intensity, for reports.</summary>
    /// <param name="intensity">The intensity.</param>
    /// <returns>For example <c>samen activiteiten uitvoeren</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intensity"/> is not a defined value.</exception>
    public static string ToDutch(this Intensity intensity) => intensity switch
    {
        Intensity.Referral => "doorverwijzen",
        Intensity.Information => "info delen",
        Intensity.Alignment => "activiteiten afstemmen",
        Intensity.Joint => "samen activiteiten uitvoeren",
        _ => throw new ArgumentOutOfRangeException(nameof(intensity)),
    };

    /// <summary>Parses <c>stable</c> or <c>changing</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="stability">The stability when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParseStability(string? name, out Stability stability)
    {
        switch (name)
        {
            case "stable":
                stability = Stability.Stable;
                return true;
            case "changing":
                stability = Stability.Changing;
                return true;
            default:
                stability = default;
                return false;
        }
    }

    /// <summary>The canonical file name of a stability.</summary>
    /// <param name="stability">The stability.</param>
    /// <returns><c>stable</c> or <c>changing</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stability"/> is not a defined value.</exception>
    public static string ToName(this Stability stability) => stability switch
    {
        Stability.Stable => "stable",
        Stability.Changing => "changing",
        _ => throw new ArgumentOutOfRangeException(nameof(stability)),
    };

    /// <summary>Parses <c>stimulating</c> or <c>inhibiting</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParseFactorKind(string? name, out FactorKind kind)
    {
        switch (name)
        {
            case "stimulating":
                kind = FactorKind.Stimulating;
                return true;
            case "inhibiting":
                kind = FactorKind.Inhibiting;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>The canonical file name of a factor kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>stimulating</c> or <c>inhibiting</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ToName(this FactorKind kind) => kind switch
    {
        FactorKind.Stimulating => "stimulating",
        FactorKind.Inhibiting => "inhibiting",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Parses <c>short</c> or <c>long</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="horizon">The horizon when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParseGoalHorizon(string? name, out GoalHorizon horizon)
    {
        switch (name)
        {
            case "short":
                horizon = GoalHorizon.Short;
                return true;
            case "long":
                horizon = GoalHorizon.Long;
                return true;
            default:
                horizon = default;
                return false;
        }
    }

    /// <summary>The canonical file name of a goal horizon.</summary>
    /// <param name="horizon">The horizon.</param>
    /// <returns><c>short</c> or <c>long</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not a defined value.</exception>
    public static string ToName(this GoalHorizon horizon) => horizon switch
    {
        GoalHorizon.Short => "short",
        GoalHorizon.Long => "long",
        _ => throw new ArgumentOutOfRangeException(nameof(horizon)),
    };
}
