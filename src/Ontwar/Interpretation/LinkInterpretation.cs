using System.Globalization;

namespace Ontwar.Interpretation;

/// <summary>
/// What a pair of packages joined by at least one dependency needs (step 5 of "Ontwar het bos", seed 000:319-325): the
/// summed cohesion between them, the collaboration intensity, the coordination, the decision levels the two must take
/// together (step 5(2), 000:325), and whether the split between them should be re-examined (000:325, 000:931).
/// Immutable; made by <see cref="PlanInterpreter"/>.
/// </summary>
public sealed class LinkInterpretation
{
    internal LinkInterpretation(
        string first,
        string second,
        double weight,
        double strongestPairCohesion,
        Intensity intensity,
        Intensity strongestPairIntensity,
        IReadOnlyList<Dependency> dependencies,
        IReadOnlyList<string> complexActivities,
        IReadOnlyList<(string From, string To)> jointPairs)
    {
        First = first;
        Second = second;
        Weight = weight;
        StrongestPairCohesion = strongestPairCohesion;
        Intensity = intensity;
        StrongestPairIntensity = strongestPairIntensity;
        Dependencies = dependencies;
        ComplexActivities = complexActivities;
        JointPairs = jointPairs;
        Coordination = complexActivities.Count == 0 ? Coordination.Hierarchical : Coordination.Decentralised;
        DecisionLevels = PlanInterpreter.SharedDecisionLevelsFor(intensity, Coordination);
    }

    /// <summary>The identifier of the package that comes first in the plan.</summary>
    public string First { get; }

    /// <summary>The identifier of the other package.</summary>
    public string Second { get; }

    /// <summary>Summed cohesion of every dependency between an activity of one package and an activity of the other.</summary>
    public double Weight { get; }

    /// <summary>
    /// The largest summed cohesion of one pair of activities across the link (one in each package). The link's
    /// <see cref="Intensity"/> follows <see cref="Weight"/>, the whole tie between the packages; whether activities must
    /// really be performed together across the link follows this pair (<see cref="StrongestPairIntensity"/>).
    /// </summary>
    public double StrongestPairCohesion { get; }

    /// <summary>
    /// The collaboration intensity the link needs (<em>samenwerkingsintensiteit tussen pakketten</em>, 000:926-929):
    /// <see cref="IntensityWeights.IntensityFor(double)"/> of <see cref="Weight"/>.
    /// </summary>
    public Intensity Intensity { get; }

    /// <summary>
    /// The intensity of the strongest single pair across the link: <see cref="IntensityWeights.IntensityFor(double)"/> of
    /// <see cref="StrongestPairCohesion"/>. Only when it is <see cref="Ontwar.Intensity.Joint"/> must activities of the
    /// two packages be performed together (000:931); many loose ties add up to a strong link without any such pair.
    /// </summary>
    public Intensity StrongestPairIntensity { get; }

    /// <summary>
    /// The link's coordination (<em>coördinatie tussen pakketten</em>, worksheet table 2, 000:695): hierarchical only when
    /// every activity at either end of a cut dependency is simple and stable, otherwise decentralised (000:982-984).
    /// </summary>
    public Coordination Coordination { get; }

    /// <summary>
    /// The decision levels the two packages must take together (step 5(2), 000:325), ordered from strategic to
    /// operational; see <see cref="PlanInterpreter.SharedDecisionLevelsFor(Intensity, Coordination)"/>. Empty when they
    /// only refer or share information.
    /// </summary>
    public IReadOnlyList<DecisionLevel> DecisionLevels { get; }

    /// <summary>
    /// Whether the split between the two packages is probably wrong and should be re-examined: the seed's condition is
    /// that the packages must collaborate very intensively, performing activities together
    /// (<see cref="JointPairs"/> is not empty), <em>and</em> decide together at every level (000:325, 000:931).
    /// </summary>
    public bool ReexamineSplit => JointPairs.Count > 0 && DecisionLevels.Count == 3;

    /// <summary>Why the split should be re-examined, in English (the report renders it in its own language), or <see langword="null"/> when it need not be.</summary>
    public string? ReexamineReason => ReexamineSplit
        ? $"{string.Join(", ", JointPairs.Select(p => p.From + "–" + p.To))} must be performed together across packages {First} and {Second}, "
          + "and the two decide together at every level (strategic, structural, operational): they are probably split while they belong together (000:325, 000:931)."
        : null;

    /// <summary>
    /// The pairs of activities across the link whose summed cohesion reaches the weight of performing together
    /// (<see cref="IntensityWeights.Joint"/>), each as (activity of <see cref="First"/> or the first named, the other), in
    /// cohesion-graph order.
    /// </summary>
    public IReadOnlyList<(string From, string To)> JointPairs { get; }

    /// <summary>
    /// The collaboration forms the Samenwerk-check table gives for <see cref="Intensity"/> (000:619-622; the aligning row
    /// is Ontwar's, see <see cref="CollaborationForms"/>): what the two teams can set up to collaborate.
    /// </summary>
    public IReadOnlyList<CollaborationForm> Forms => CollaborationForms.For(Intensity);

    /// <summary>The scenario's dependencies this link is made of (the cut dependencies), in scenario order.</summary>
    public IReadOnlyList<Dependency> Dependencies { get; }

    /// <summary>
    /// The activities at the ends of those dependencies that are complex or changing (not simple and stable), in scenario
    /// order; empty exactly when hierarchical.
    /// </summary>
    public IReadOnlyList<string> ComplexActivities { get; }

    /// <inheritdoc/>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{First}-{Second}: {Weight} {Intensity.ToName()}, {Coordination.ToName()}{(ReexamineSplit ? ", re-examine split" : string.Empty)}");
}
