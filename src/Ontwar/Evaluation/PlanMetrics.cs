namespace Ontwar.Evaluation;

/// <summary>
/// The graph metrics of a plan: how much cohesion its package boundaries cut and how modular the division is.
/// All weights are in the units of the scenario's dependencies (contract section 2, <c>metrics</c>).
/// </summary>
/// <remarks>
/// An activity the plan leaves out counts as a package of its own, so <c>CutWeight + InternalWeight == TotalWeight</c>
/// always holds (up to floating-point rounding); an activity listed in several packages counts in the first.
/// </remarks>
public sealed class PlanMetrics
{
    internal PlanMetrics(double cutWeight, double internalWeight, double totalWeight, double modularity, int packageCount)
    {
        CutWeight = cutWeight;
        InternalWeight = internalWeight;
        TotalWeight = totalWeight;
        Modularity = modularity;
        PackageCount = packageCount;
    }

    /// <summary>The summed cohesion of the dependencies whose two activities are in different packages (the primary objective).</summary>
    public double CutWeight { get; }

    /// <summary>The summed cohesion of the dependencies whose two activities share a package.</summary>
    public double InternalWeight { get; }

    /// <summary>The summed cohesion of all dependencies of the scenario: <see cref="CutWeight"/> + <see cref="InternalWeight"/>.</summary>
    public double TotalWeight { get; }

    /// <summary>
    /// Newman's weighted modularity of the division: the sum over packages of
    /// <c>internal/m - (volume/2m)^2</c>, with <c>m</c> the total weight; in [-1/2, 1), and 0 when the scenario has no dependencies.
    /// </summary>
    public double Modularity { get; }

    /// <summary>The number of packages in the plan.</summary>
    public int PackageCount { get; }

    /// <inheritdoc/>
    public override string ToString()
        => FormattableString.Invariant($"cut {CutWeight:0.###} of {TotalWeight:0.###}, internal {InternalWeight:0.###}, modularity {Modularity:0.###}, {PackageCount} packages");
}
