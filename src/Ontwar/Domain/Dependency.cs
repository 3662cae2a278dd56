using System.Globalization;
using Ontwar.Internal;

namespace Ontwar;

/// <summary>
/// An intrinsic link between two activities (the arrows of step 3, seed 000:303): either one of the four
/// collaboration intensities or an explicit positive weight. Direction is kept for reports; cohesion is symmetric.
/// </summary>
public sealed class Dependency : IEquatable<Dependency>
{
    /// <summary>Creates a dependency expressed as an intensity.</summary>
    /// <param name="from">Identifier of the first activity.</param>
    /// <param name="to">Identifier of the second activity; different from <paramref name="from"/>.</param>
    /// <param name="intensity">How intensely the two activities must collaborate.</param>
    /// <exception cref="ArgumentNullException">An identifier is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank, or both are the same (a self-loop).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intensity"/> is undefined.</exception>
    public Dependency(string from, string to, Intensity intensity)
    {
        (From, To) = CheckEnds(from, to);
        Intensity = Preconditions.CheckDefined(intensity);
    }

    /// <summary>Creates a dependency expressed as a weight.</summary>
    /// <param name="from">Identifier of the first activity.</param>
    /// <param name="to">Identifier of the second activity; different from <paramref name="from"/>.</param>
    /// <param name="weight">The cohesion weight: finite and greater than zero.</param>
    /// <exception cref="ArgumentNullException">An identifier is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank, or both are the same (a self-loop).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not finite and positive.</exception>
    public Dependency(string from, string to, double weight)
    {
        (From, To) = CheckEnds(from, to);
        Weight = Preconditions.CheckPositiveFinite(weight);
    }

    /// <summary>Identifier of the first activity.</summary>
    public string From { get; }

    /// <summary>Identifier of the second activity.</summary>
    public string To { get; }

    /// <summary>The intensity, when the dependency was given as one; otherwise <see langword="null"/>.</summary>
    public Intensity? Intensity { get; }

    /// <summary>The explicit weight, when the dependency was given as one; otherwise <see langword="null"/>.</summary>
    public double? Weight { get; }

    /// <summary>The cohesion this dependency contributes under a weight mapping.</summary>
    /// <param name="weights">The intensity-to-weight mapping.</param>
    /// <returns>The explicit weight, or the weight of the intensity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public double CohesionUnder(IntensityWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return Weight ?? weights.WeightOf(Intensity!.Value);
    }

    /// <inheritdoc/>
    public bool Equals(Dependency? other)
        => other is not null && From == other.From && To == other.To
           && Intensity == other.Intensity && Weight.Equals(other.Weight);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Dependency);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(From, To, Intensity, Weight);

    /// <inheritdoc/>
    public override string ToString()
        => Intensity is { } i
            ? $"{From} -> {To} ({i.ToName()})"
            : string.Create(CultureInfo.InvariantCulture, $"{From} -> {To} ({Weight})");

    private static (string From, string To) CheckEnds(string from, string to)
    {
        Preconditions.CheckId(from);
        Preconditions.CheckId(to);
        if (from == to)
        {
            throw new ArgumentException($"A dependency links two different activities; '{from}' links to itself.", nameof(to));
        }

        return (from, to);
    }
}
