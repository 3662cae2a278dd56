using Ontwar.Plans;

namespace Ontwar.Interpretation;

/// <summary>
/// A plan read as the method reads it (steps 4 and 5 of "Ontwar het bos", seed 000:307-325): per package its scale,
/// partners, needed and filling members, intensity, coordination and decision levels; per pair of linked packages the
/// cohesion between them, the intensity, coordination and whether to re-examine the split. Immutable; made by
/// <see cref="PlanInterpreter.Interpret(Scenario, Plan, bool)"/>.
/// </summary>
public sealed class PlanInterpretation
{
    private readonly Dictionary<string, PackageInterpretation> _byId;
    private readonly Dictionary<(string, string), LinkInterpretation> _links;

    internal PlanInterpretation(
        Plan plan,
        bool rulesIgnored,
        IReadOnlyList<PackageInterpretation> packages,
        IReadOnlyList<LinkInterpretation> links,
        double totalWeight,
        IReadOnlyList<GoalCoverage> goals,
        CoordinationLayer? layer,
        IReadOnlyList<ActorLoad> actorLoads)
    {
        Plan = plan;
        RulesIgnored = rulesIgnored;
        Packages = packages;
        Links = links;
        TotalWeight = totalWeight;
        Goals = goals;
        CoordinationLayer = layer;
        ActorLoads = actorLoads;
        InternalWeight = packages.Sum(p => p.InternalWeight);
        CutWeight = links.Sum(l => l.Weight);
        _byId = packages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _links = new Dictionary<(string, string), LinkInterpretation>(links.Count * 2);
        foreach (var link in links)
        {
            _links[(link.First, link.Second)] = link;
            _links[(link.Second, link.First)] = link;
        }
    }

    /// <summary>The plan that was interpreted.</summary>
    public Plan Plan { get; }

    /// <summary>Whether the scenario's rules were left out (the ideal plan): then fixed-scale rules do not set the policy scale.</summary>
    public bool RulesIgnored { get; }

    /// <summary>One interpretation per package, in plan order.</summary>
    public IReadOnlyList<PackageInterpretation> Packages { get; }

    /// <summary>One interpretation per pair of packages joined by at least one dependency, ordered by the plan position of the first, then of the second package.</summary>
    public IReadOnlyList<LinkInterpretation> Links { get; }

    /// <summary>Per goal of the scenario, in scenario order, the packages serving it; empty when the scenario has no goals.</summary>
    public IReadOnlyList<GoalCoverage> Goals { get; }

    /// <summary>
    /// The table above the packages (kerngroep, regieteam; 000:419-437): one seat per linked package; <see langword="null"/>
    /// when the plan has fewer than two packages or none of them is linked to another.
    /// </summary>
    public CoordinationLayer? CoordinationLayer { get; }

    /// <summary>Per actor (partner organisation) with a member at any table, the tables it sits at; most tables first (001:287).</summary>
    public IReadOnlyList<ActorLoad> ActorLoads { get; }

    /// <summary>The links whose split should be re-examined: the packages must perform activities together and decide together at every level (000:325, 000:931).</summary>
    public IEnumerable<LinkInterpretation> LinksToReexamine => Links.Where(l => l.ReexamineSplit);

    /// <summary>Summed cohesion inside packages: the sum of <see cref="PackageInterpretation.InternalWeight"/>.</summary>
    public double InternalWeight { get; }

    /// <summary>Summed cohesion between packages: the sum of <see cref="LinkInterpretation.Weight"/>.</summary>
    public double CutWeight { get; }

    /// <summary>
    /// Summed cohesion of all the scenario's dependencies. Equals <see cref="InternalWeight"/> + <see cref="CutWeight"/>
    /// (up to rounding) when the plan places every activity; dependencies of unplaced activities count in neither.
    /// </summary>
    public double TotalWeight { get; }

    /// <summary>The interpretation of one package.</summary>
    /// <param name="packageId">The package identifier.</param>
    /// <returns>The package's interpretation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="packageId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no such package.</exception>
    public PackageInterpretation GetPackage(string packageId)
    {
        ArgumentNullException.ThrowIfNull(packageId);
        return _byId.TryGetValue(packageId, out var p) ? p : throw new KeyNotFoundException($"The plan has no package '{packageId}'.");
    }

    /// <summary>The link between two packages, in either order.</summary>
    /// <param name="first">One package identifier.</param>
    /// <param name="second">The other package identifier.</param>
    /// <returns>The link, or <see langword="null"/> when no dependency joins the two packages.</returns>
    /// <exception cref="ArgumentNullException">An identifier is null.</exception>
    public LinkInterpretation? FindLink(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return _links.GetValueOrDefault((first, second));
    }

    /// <summary>The links of one package, in <see cref="Links"/> order.</summary>
    /// <param name="packageId">The package identifier.</param>
    /// <returns>The links that have the package at one end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="packageId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no such package.</exception>
    public IReadOnlyList<LinkInterpretation> LinksOf(string packageId)
    {
        var id = GetPackage(packageId).Id;
        return Links.Where(l => l.First == id || l.Second == id).ToList().AsReadOnly();
    }
}
