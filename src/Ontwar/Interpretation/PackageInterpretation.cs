using System.Globalization;
using Ontwar.Plans;

namespace Ontwar.Interpretation;

/// <summary>
/// What one activity package of a plan needs (step 4 of "Ontwar het bos", seed 000:307-317): its scale, the partners
/// and which team members are needed, the collaboration intensity inside it, its coordination and the decision levels
/// its team holds. Immutable; made by <see cref="PlanInterpreter"/>. The rules are documented in
/// <c>docs/interpretation.md</c>.
/// </summary>
public sealed class PackageInterpretation
{
    internal PackageInterpretation(
        int index,
        ActivityPackage package,
        Scale? policyScale,
        double internalWeight,
        double? strongestPairCohesion,
        Intensity? intensity,
        Coordination coordination,
        IReadOnlyList<string> complexActivities,
        IReadOnlyList<string> partners,
        IReadOnlyList<string> neededMembers,
        IReadOnlyList<string> fillingMembers,
        IReadOnlyList<string> goals)
    {
        Index = index;
        Package = package;
        PolicyScale = policyScale;
        InternalWeight = internalWeight;
        StrongestPairCohesion = strongestPairCohesion;
        Intensity = intensity;
        Coordination = coordination;
        DecisionLevels = PlanInterpreter.DecisionLevelsFor(coordination);
        ComplexActivities = complexActivities;
        Partners = partners;
        NeededMembers = neededMembers;
        FillingMembers = fillingMembers;
        Goals = goals;
    }

    /// <summary>The package's position in the plan.</summary>
    public int Index { get; }

    /// <summary>The package as the plan gives it.</summary>
    public ActivityPackage Package { get; }

    /// <summary>The package identifier.</summary>
    public string Id => Package.Id;

    /// <summary>Identifiers of its activities, in plan order.</summary>
    public IReadOnlyList<string> Activities => Package.Activities;

    /// <summary>Identifiers of its team members, in plan order.</summary>
    public IReadOnlyList<string> Members => Package.Members;

    /// <summary>
    /// The package's scale (<em>werkingsgebied</em>): the one the plan gives, otherwise <see cref="PolicyScale"/>;
    /// <see langword="null"/> only when the plan gives none and the policy has none either.
    /// </summary>
    public Scale? Scale => Package.Scale ?? PolicyScale;

    /// <summary>Whether <see cref="Scale"/> comes from the scale policy because the plan gives none.</summary>
    public bool ScaleFromPolicy => Package.Scale is null && PolicyScale is not null;

    /// <summary>
    /// The scale policy's scale for these activities: the fixed scale of its fixed-scale activities (unless rules are
    /// ignored), else the smallest ideal scale of its activities (seed 000:695, 000:864-866); <see langword="null"/>
    /// for a package without activities or whose fixed-scale rules disagree.
    /// </summary>
    public Scale? PolicyScale { get; }

    /// <summary>Summed cohesion of the dependencies between its own activities.</summary>
    public double InternalWeight { get; }

    /// <summary>
    /// The largest summed cohesion of one pair of its activities (all dependencies between the pair added up), or
    /// <see langword="null"/> when no two of its activities are linked (for example a one-activity package).
    /// </summary>
    public double? StrongestPairCohesion { get; }

    /// <summary>
    /// The collaboration intensity needed inside the package (<em>samenwerkingsintensiteit binnen het pakket</em>,
    /// 000:926-929): <see cref="IntensityWeights.IntensityFor(double)"/> of <see cref="StrongestPairCohesion"/>;
    /// <see langword="null"/> when no two of its activities are linked.
    /// </summary>
    public Intensity? Intensity { get; }

    /// <summary>
    /// Its coordination: <see cref="Coordination.Hierarchical"/> only when every activity is simple and stable,
    /// otherwise <see cref="Coordination.Decentralised"/> (000:695, 000:982-986).
    /// </summary>
    public Coordination Coordination { get; }

    /// <summary>
    /// The decision levels the team itself holds: all three when decentralised (000:980), only operational when
    /// hierarchical (000:976), ordered from strategic to operational.
    /// </summary>
    public IReadOnlyList<DecisionLevel> DecisionLevels { get; }

    /// <summary>Its activities that are complex or changing (not simple and stable), in plan order; empty exactly when the coordination is hierarchical.</summary>
    public IReadOnlyList<string> ComplexActivities { get; }

    /// <summary>
    /// The partners at the package's table: the distinct <see cref="Member.Partner"/> of its team in team order; a member
    /// without a partner organisation sits there for themselves and is listed by <see cref="Member.DisplayName"/>.
    /// </summary>
    public IReadOnlyList<string> Partners { get; }

    /// <summary>
    /// Members who are needed (000:910-912): they hold a capability that an activity of the package requires.
    /// In team order.
    /// </summary>
    public IReadOnlyList<string> NeededMembers { get; }

    /// <summary>Members who hold no capability the package's activities require: they only fill the team. In team order.</summary>
    public IReadOnlyList<string> FillingMembers { get; }

    /// <summary>The goals its activities serve (<see cref="Activity.Goals"/>), in the scenario's goal order.</summary>
    public IReadOnlyList<string> Goals { get; }

    /// <inheritdoc/>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Id}: [{string.Join(", ", Activities)}] {Scale?.ToName() ?? "no scale"}, {Intensity?.ToName() ?? "no internal link"}, {Coordination.ToName()}");
}
