using Ontwar.Internal;

namespace Ontwar;

/// <summary>
/// Maps the four collaboration intensities of a dependency to a cohesion weight.
/// </summary>
/// <remarks>
/// The default doubles at every level (referral 1, information sharing 2, aligning 4, performing together 8):
/// each level of the seed includes the one below it (000:924), and the method treats activities that must be
/// performed together as far more cohesive than ones that only refer to each other. The weights must be finite,
/// positive and strictly increasing so that the four levels stay ordered. Scenarios may override the mapping.
/// </remarks>
public sealed class IntensityWeights : IEquatable<IntensityWeights>
{
    /// <summary>The default mapping: 1, 2, 4, 8.</summary>
    public static IntensityWeights Default { get; } = new(1, 2, 4, 8);

    /// <summary>Creates a mapping.</summary>
    /// <param name="referral">Weight of a referral dependency.</param>
    /// <param name="information">Weight of an information-sharing dependency.</param>
    /// <param name="alignment">Weight of an aligning dependency.</param>
    /// <param name="joint">Weight of a performing-together dependency.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is not finite and positive.</exception>
    /// <exception cref="ArgumentException">The weights are not strictly increasing.</exception>
    public IntensityWeights(double referral, double information, double alignment, double joint)
    {
        Referral = Preconditions.CheckPositiveFinite(referral);
        Information = Preconditions.CheckPositiveFinite(information);
        Alignment = Preconditions.CheckPositiveFinite(alignment);
        Joint = Preconditions.CheckPositiveFinite(joint);
        if (!(referral < information && information < alignment && alignment < joint))
        {
            throw new ArgumentException("Intensity weights must be strictly increasing: referral < information < alignment < joint.");
        }
    }

    /// <summary>Weight of a referral dependency.</summary>
    public double Referral { get; }

    /// <summary>Weight of an information-sharing dependency.</summary>
    public double Information { get; }

    /// <summary>Weight of an aligning dependency.</summary>
    public double Alignment { get; }

    /// <summary>Weight of a performing-together dependency.</summary>
    public double Joint { get; }

    /// <summary>The weight of one intensity.</summary>
    /// <param name="intensity">The intensity.</param>
    /// <returns>Its weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intensity"/> is not defined.</exception>
    public double WeightOf(Intensity intensity) => intensity switch
    {
        Intensity.Referral => Referral,
        Intensity.Information => Information,
        Intensity.Alignment => Alignment,
        Intensity.Joint => Joint,
        _ => throw new ArgumentOutOfRangeException(nameof(intensity)),
    };

    /// <summary>
    /// The intensity a summed cohesion calls for: the highest level whose weight the cohesion reaches,
    /// and <see cref="Intensity.Referral"/> for any positive cohesion below that.
    /// </summary>
    /// <param name="cohesion">A summed cohesion weight, at least zero.</param>
    /// <returns>The intensity.</returns>
    public Intensity IntensityFor(double cohesion)
    {
        if (cohesion >= Joint)
        {
            return Intensity.Joint;
        }

        if (cohesion >= Alignment)
        {
            return Intensity.Alignment;
        }

        return cohesion >= Information ? Intensity.Information : Intensity.Referral;
    }

    /// <inheritdoc/>
    public bool Equals(IntensityWeights? other)
        => other is not null && Referral.Equals(other.Referral) && Information.Equals(other.Information)
           && Alignment.Equals(other.Alignment) && Joint.Equals(other.Joint);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IntensityWeights);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Referral, Information, Alignment, Joint);
}
