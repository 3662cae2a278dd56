using System.Globalization;

namespace Ontwar.Interpretation;

/// <summary>
/// What a pair of packages joined by at least one dependency needs (step 5 of "Ontwar het bos", seed 000:319-325): the
/// summed cohesion between them, the collaboration intensity, the coordination, and whether the split between them
/// should be re-examined (000:931). Immutable; made by <see cref="PlanInterpreter"/>.
/// </summary>
public sealed class LinkInterpretation
{
    internal LinkInterpretation(
        string first,
        string second,
        double weight,
        double strongestPairCohesion,
        Intensity intensity,
        IReadOnlyList<Dependency> dependencies,
        IReadOnlyList<string> complexActivities)
    {
        First = first;
        Second = second;
        Weight = weight;
        StrongestPairCohesion = strongestPairCohesion;
        Intensity = intensity;
        Dependencies = dependencies;
        ComplexActivities = complexActivities;
        Coordination = complexActivities.Count == 0 ? Coordination.Hierarchical : Coordination.Decentralised;
    }

    /// <summary>The identifier of the package that comes first in the plan.</summary>
    public string First { get; }

    /// <summary>The identifier of the other package.</summary>
    public string Second { get; }

    /// <summary>Summed cohesion of every dependency between an activity of one package and an activity of the other.</summary>
    public double Weight { get; }

    /// <summary>
    /// The largest summed cohesion of one pair of activities across the link (one in each package). Reported for
    /// explanation: the link's <see cref="Intensity"/> follows <see cref="Weight"/>, the whole tie between the packages.
    /// </summary>
    public double StrongestPairCohesion { get; }

    /// <summary>
    /// The collaboration intensity the link needs (<em>samenwerkingsintensiteit tussen pakketten</em>, 000:926-929):
    /// <see cref="IntensityWeights.IntensityFor(double)"/> of <see cref="Weight"/>.
    /// </summary>
    public Intensity Intensity { get; }

    /// <summary>
    /// The link's coordination: <see cref="Coordination.Decentralised"/> when any activity at either end of a cut
    /// dependency is complex and changing, otherwise <see cref="Coordination.Hierarchical"/> (000:695, 000:982-986).
    /// </summary>
    public Coordination Coordination { get; }

    /// <summary>
    /// Whether the two packages would have to perform activities together (<see cref="Intensity"/> is
    /// <see cref="Ontwar.Intensity.Joint"/>), so the split between them is probably wrong and should be re-examined
    /// (000:931, 000:325).
    /// </summary>
    public bool ReexamineSplit => Intensity == Intensity.Joint;

    /// <summary>
    /// The collaboration forms the Samenwerk-check table gives for <see cref="Intensity"/> (000:619-622; the aligning row
    /// is Ontwar's, see <see cref="CollaborationForms"/>): what the two teams can set up to collaborate.
    /// </summary>
    public IReadOnlyList<CollaborationForm> Forms => CollaborationForms.For(Intensity);

    /// <summary>The scenario's dependencies this link is made of (the cut dependencies), in scenario order.</summary>
    public IReadOnlyList<Dependency> Dependencies { get; }

    /// <summary>The complex activities at the ends of those dependencies, in scenario order; empty exactly when hierarchical.</summary>
    public IReadOnlyList<string> ComplexActivities { get; }

    /// <inheritdoc/>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{First}-{Second}: {Weight} {Intensity.ToName()}, {Coordination.ToName()}{(ReexamineSplit ? ", re-examine split" : string.Empty)}");
}
