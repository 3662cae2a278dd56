using System.Collections.ObjectModel;
using Ontwar.Modeling;
using Ontwar.Plans;

namespace Ontwar.Interpretation;

/// <summary>
/// Turns a plan into the decisions of steps 4 and 5 of "Ontwar het bos" (seed 000:307-325): per package its scale,
/// partners, needed members, intensity, coordination and decision levels; per pair of linked packages the intensity,
/// coordination and whether to re-examine the split. The rules are documented in <c>docs/interpretation.md</c>.
/// </summary>
/// <remarks>
/// <para>Intensity inside a package: <see cref="IntensityWeights.IntensityFor(double)"/> of the strongest summed
/// cohesion of one pair of its activities. The pair that must work together most sets what the team as a whole must be
/// able to do; adding up all pairs would make a large package of loose referrals look like one that must perform
/// together. No linked pair, no intensity.</para>
/// <para>Intensity between two packages: <see cref="IntensityWeights.IntensityFor(double)"/> of the summed cohesion of
/// every dependency between them: the two teams collaborate as units, so everything that ties them adds up.</para>
/// <para>Coordination: hierarchical only when every activity concerned is simple and stable (for a package its
/// activities; for a link the activities at the ends of its dependencies), otherwise decentralised.</para>
/// <para>The interpreter does not check feasibility (team sizes, capabilities, rules): the plan evaluator does.</para>
/// </remarks>
public static class PlanInterpreter
{
    private static readonly ReadOnlyCollection<DecisionLevel> AllLevels =
        new([DecisionLevel.Strategic, DecisionLevel.Structural, DecisionLevel.Operational]);

    private static readonly ReadOnlyCollection<DecisionLevel> OperationalOnly = new([DecisionLevel.Operational]);

    /// <summary>Interprets a plan of a scenario.</summary>
    /// <param name="scenario">The scenario the plan is for.</param>
    /// <param name="plan">The plan: packages of the scenario's activities with teams of its members. It need not place
    /// every activity (dependencies of unplaced activities are then left out) and need not be feasible.</param>
    /// <param name="ignoreRules">Whether the plan is the ideal plan, without the scenario's rules: then fixed-scale rules
    /// do not set the policy scale of packages the plan gives no scale.</param>
    /// <returns>The interpretation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan does not fit the scenario: it names an unknown activity or member,
    /// places an activity twice, or lists a member twice in one team. The message names every such problem.</exception>
    public static PlanInterpretation Interpret(Scenario scenario, Plan plan, bool ignoreRules = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        var packageOf = PlaceActivities(scenario, plan);
        var model = PackagingModel.Build(scenario, ignoreRules);
        var graph = model.Graph;
        var weights = scenario.IntensityWeights;
        int packageCount = plan.Packages.Count;

        // One pass over the cohesion graph: weight inside each package and its strongest pair; weight between packages.
        var internalWeight = new double[packageCount];
        var strongest = new double[packageCount];
        var links = new Dictionary<(int, int), LinkBuilder>();
        foreach (var edge in graph.Edges())
        {
            int p = packageOf[edge.Source], q = packageOf[edge.Target];
            if (p < 0 || q < 0)
            {
                continue;
            }

            if (p == q)
            {
                internalWeight[p] += edge.Weight;
                strongest[p] = Math.Max(strongest[p], edge.Weight);
            }
            else
            {
                var key = p < q ? (p, q) : (q, p);
                if (!links.TryGetValue(key, out var link))
                {
                    links.Add(key, link = new LinkBuilder());
                }

                link.Weight += edge.Weight;
                link.Strongest = Math.Max(link.Strongest, edge.Weight);
            }
        }

        // The cut dependencies themselves, in scenario order, and the complex activities at their ends.
        foreach (var dependency in scenario.Dependencies)
        {
            int a = scenario.IndexOfActivity(dependency.From), b = scenario.IndexOfActivity(dependency.To);
            int p = packageOf[a], q = packageOf[b];
            if (p < 0 || q < 0 || p == q)
            {
                continue;
            }

            var link = links[p < q ? (p, q) : (q, p)];
            link.Dependencies.Add(dependency);
            link.AddIfComplex(scenario.Activities[a]);
            link.AddIfComplex(scenario.Activities[b]);
        }

        var packages = new List<PackageInterpretation>(packageCount);
        for (int p = 0; p < packageCount; p++)
        {
            double? pair = strongest[p] > 0 ? strongest[p] : null;
            packages.Add(InterpretPackage(scenario, model, plan.Packages[p], p, internalWeight[p], pair, pair is { } w ? weights.IntensityFor(w) : null));
        }

        var linkList = links.OrderBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2)
            .Select(kv => new LinkInterpretation(
                plan.Packages[kv.Key.Item1].Id,
                plan.Packages[kv.Key.Item2].Id,
                kv.Value.Weight,
                kv.Value.Strongest,
                weights.IntensityFor(kv.Value.Weight),
                kv.Value.Dependencies.AsReadOnly(),
                kv.Value.Complex.AsReadOnly()))
            .ToList();

        return new PlanInterpretation(plan, ignoreRules, packages.AsReadOnly(), linkList.AsReadOnly(), graph.TotalWeight);
    }

    /// <summary>
    /// The coordination a set of activities needs: <see cref="Coordination.Hierarchical"/> when every one is
    /// <see cref="Complexity.Simple"/> (a simple, stable challenge needing almost the same answer every time, 000:982),
    /// otherwise <see cref="Coordination.Decentralised"/> (a complex, changing challenge, 000:984). No activities: hierarchical.
    /// </summary>
    /// <param name="activities">The activities.</param>
    /// <returns>The coordination.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> or an item is null.</exception>
    public static Coordination CoordinationFor(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities)
        {
            ArgumentNullException.ThrowIfNull(activity, nameof(activities));
            if (activity.Complexity != Complexity.Simple)
            {
                return Coordination.Decentralised;
            }
        }

        return Coordination.Hierarchical;
    }

    /// <summary>
    /// The decision levels a team holds under a coordination: with decentralised coordination the team decides
    /// strategically, structurally and operationally (000:980, 000:317); with hierarchical coordination management and
    /// coordinators keep the strategic and structural decisions and the team holds the operational ones (000:976-978).
    /// </summary>
    /// <param name="coordination">The coordination.</param>
    /// <returns>The levels, ordered from strategic to operational.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coordination"/> is not a defined value.</exception>
    public static IReadOnlyList<DecisionLevel> DecisionLevelsFor(Coordination coordination) => coordination switch
    {
        Coordination.Decentralised => AllLevels,
        Coordination.Hierarchical => OperationalOnly,
        _ => throw new ArgumentOutOfRangeException(nameof(coordination)),
    };

    private static int[] PlaceActivities(Scenario scenario, Plan plan)
    {
        var packageOf = new int[scenario.Activities.Count];
        Array.Fill(packageOf, -1);
        var problems = new List<string>();
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            var package = plan.Packages[p];
            foreach (var id in package.Activities)
            {
                int a = scenario.IndexOfActivity(id);
                if (a < 0)
                {
                    problems.Add($"package '{package.Id}' names unknown activity '{id}'");
                }
                else if (packageOf[a] >= 0)
                {
                    problems.Add(packageOf[a] == p
                        ? $"package '{package.Id}' lists activity '{id}' twice"
                        : $"activity '{id}' is in packages '{plan.Packages[packageOf[a]].Id}' and '{package.Id}'");
                }
                else
                {
                    packageOf[a] = p;
                }
            }

            var team = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in package.Members)
            {
                if (scenario.IndexOfMember(id) < 0)
                {
                    problems.Add($"package '{package.Id}' names unknown member '{id}'");
                }
                else if (!team.Add(id))
                {
                    problems.Add($"package '{package.Id}' lists member '{id}' twice");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The plan does not fit scenario '{scenario.Name}': {string.Join("; ", problems)}. Check it with the plan evaluator.",
                nameof(plan));
        }

        return packageOf;
    }

    private static PackageInterpretation InterpretPackage(
        Scenario scenario, PackagingModel model, ActivityPackage package, int index, double internalWeight, double? pair, Intensity? intensity)
    {
        var indices = package.Activities.Select(scenario.IndexOfActivity).ToArray();
        var activities = indices.Select(a => scenario.Activities[a]).ToList();
        Scale? policy = indices.Length > 0 ? model.PackageScale(indices) : null;

        var required = new HashSet<string>(activities.SelectMany(a => a.Requires), StringComparer.Ordinal);
        var needed = new List<string>();
        var filling = new List<string>();
        var partners = new List<string>();
        var seenPartners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in package.Members)
        {
            var member = scenario.GetMember(id);
            (member.Capabilities.Any(required.Contains) ? needed : filling).Add(id);
            var partner = member.Partner ?? member.DisplayName;
            if (seenPartners.Add(partner))
            {
                partners.Add(partner);
            }
        }

        var complex = activities.Where(a => a.Complexity != Complexity.Simple).Select(a => a.Id).ToList();
        return new PackageInterpretation(
            index,
            package,
            policy,
            internalWeight,
            pair,
            intensity,
            CoordinationFor(activities),
            complex.AsReadOnly(),
            partners.AsReadOnly(),
            needed.AsReadOnly(),
            filling.AsReadOnly());
    }

    private sealed class LinkBuilder
    {
        private readonly HashSet<string> _complexSeen = new(StringComparer.Ordinal);

        internal double Weight { get; set; }

        internal double Strongest { get; set; }

        internal List<Dependency> Dependencies { get; } = [];

        internal List<string> Complex { get; } = [];

        internal void AddIfComplex(Activity activity)
        {
            if (activity.Complexity != Complexity.Simple && _complexSeen.Add(activity.Id))
            {
                Complex.Add(activity.Id);
            }
        }
    }
}
