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
}
