namespace Ontwar.Evaluation;

/// <summary>
/// The evaluation of one package of a plan: its place in the cohesion graph, its scale and what its team lacks or
/// has too much of.
/// </summary>
public sealed class PackageEvaluation
{
    internal PackageEvaluation(
        int index,
        string packageId,
        IReadOnlyList<string> activities,
        IReadOnlyList<string> members,
        Scale? scale,
        Scale? policyScale,
        double internalWeight,
        double boundaryWeight,
        double volume,
        double cohesion,
        double conductance,
        double workload,
        IReadOnlyList<string> missingCapabilities,
        IReadOnlyList<string> unneededMembers)
    {
        Index = index;
        PackageId = packageId;
        Activities = activities;
        Members = members;
        Scale = scale;
        PolicyScale = policyScale;
        InternalWeight = internalWeight;
        BoundaryWeight = boundaryWeight;
        Volume = volume;
        Cohesion = cohesion;
        Conductance = conductance;
        Workload = workload;
        MissingCapabilities = missingCapabilities;
        UnneededMembers = unneededMembers;
    }

    /// <summary>The package's position in the plan (its JSON path is <c>$.packages[Index]</c>).</summary>
    public int Index { get; }

    /// <summary>The package identifier.</summary>
    public string PackageId { get; }

    /// <summary>The package's activities, as the plan lists them.</summary>
    public IReadOnlyList<string> Activities { get; }

    /// <summary>The package's team, as the plan lists it.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>
    /// The effective scale: the scale the plan states, or the <see cref="PolicyScale"/> when it states none;
    /// <see langword="null"/> when neither exists.
    /// </summary>
    public Scale? Scale { get; }

    /// <summary>
    /// The scale the scale policy gives the package: the fixed scale of a fixed-scale rule on one of its activities
    /// (unless rules are ignored), otherwise the smallest ideal scale of its activities (seed 000:864-866).
    /// <see langword="null"/> when fixed-scale rules in the package disagree or it holds no known activity.
    /// </summary>
    public Scale? PolicyScale { get; }

    /// <summary>The summed cohesion of dependencies between two activities of this package.</summary>
    public double InternalWeight { get; }

    /// <summary>The summed cohesion of the cut dependencies that touch this package (one end inside, one outside).</summary>
    public double BoundaryWeight { get; }

    /// <summary>The volume: the summed weighted degree of its activities, <c>2 * InternalWeight + BoundaryWeight</c>.</summary>
    public double Volume { get; }

    /// <summary>
    /// Internal density: <see cref="InternalWeight"/> divided by the number of activity pairs, <c>k(k-1)/2</c> for
    /// <c>k</c> distinct known activities; 0 when the package has fewer than two activities.
    /// </summary>
    public double Cohesion { get; }

    /// <summary>
    /// Conductance: <see cref="BoundaryWeight"/> divided by the smaller of the package's volume and the volume of the
    /// rest of the graph; 0 when that smaller volume is 0. Lower is a more self-contained package.
    /// </summary>
    public double Conductance { get; }

    /// <summary>The summed workload (hours) of its activities that give one; 0 when none does.</summary>
    public double Workload { get; }

    /// <summary>
    /// Capabilities an activity of the package requires that no member of its team holds, in order of first need.
    /// In a plan without teams every required capability is listed.
    /// </summary>
    public IReadOnlyList<string> MissingCapabilities { get; }

    /// <summary>
    /// Team members who hold no capability the package's activities require and whom no member-required rule places
    /// there (rule 4: all needed partners and only needed partners, seed 000:910-912).
    /// </summary>
    public IReadOnlyList<string> UnneededMembers { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{PackageId}: [{string.Join(", ", Activities)}] team [{string.Join(", ", Members)}]";
}
