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
/// <para>Coordination: hierarchical only when every activity concerned is simple <em>and</em> stable (for a package its
/// activities; for a link the activities at the ends of its own dependencies), otherwise decentralised (000:695,
/// 000:982-984).</para>
/// <para>Decision levels between packages (step 5(2), 000:325): <see cref="SharedDecisionLevelsFor(Intensity, Coordination)"/>.
/// The split is flagged for re-examination only on the seed's condition: some pair across the link must be performed
/// together, and the packages decide together at every level.</para>
/// <para>The interpreter does not check feasibility (team sizes, capabilities, rules): the plan evaluator does.</para>
/// </remarks>
public static class PlanInterpreter
{
    private static readonly ReadOnlyCollection<DecisionLevel> AllLevels =
        new([DecisionLevel.Strategic, DecisionLevel.Structural, DecisionLevel.Operational]);

    private static readonly ReadOnlyCollection<DecisionLevel> OperationalOnly = new([DecisionLevel.Operational]);

    private static readonly ReadOnlyCollection<DecisionLevel> StructuralOperational = new([DecisionLevel.Structural, DecisionLevel.Operational]);

    private static readonly ReadOnlyCollection<DecisionLevel> StrategicStructural = new([DecisionLevel.Strategic, DecisionLevel.Structural]);

    private static readonly ReadOnlyCollection<DecisionLevel> StructuralOnly = new([DecisionLevel.Structural]);

    private static readonly ReadOnlyCollection<DecisionLevel> NoLevels = new([]);

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
                if (edge.Weight >= weights.Joint)
                {
                    var (x, y) = p < q ? (edge.Source, edge.Target) : (edge.Target, edge.Source);
                    link.JointPairs.Add((scenario.Activities[x].Id, scenario.Activities[y].Id));
                }
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
                weights.IntensityFor(kv.Value.Strongest),
                kv.Value.Dependencies.AsReadOnly(),
                kv.Value.Complex.AsReadOnly(),
                kv.Value.JointPairs.AsReadOnly()))
            .ToList();

        var layer = Layer(scenario, plan, packageOf, linkList);
        return new PlanInterpretation(
            plan,
            ignoreRules,
            packages.AsReadOnly(),
            linkList.AsReadOnly(),
            graph.TotalWeight,
            Goals(scenario, plan, packages, linkList),
            layer,
            Loads(scenario, plan, layer));
    }

    /// <summary>
    /// The decision levels two linked packages must take together (step 5(2), seed 000:325), from the intensity of their
    /// link and its coordination. Performing together: the working method and its execution are shared (structural,
    /// operational), and with decentralised coordination the goals too (strategic), since a complex or changing link
    /// leaves no one above to set them. Aligning activities: the two agree on their working methods (structural), and with
    /// decentralised coordination on their goals too (strategic; seed 000:1018: a platform to align the actors' goals);
    /// each executes on its own. Referral or information sharing: nothing is decided together.
    /// </summary>
    /// <param name="intensity">The link's intensity.</param>
    /// <param name="coordination">The link's coordination.</param>
    /// <returns>The levels, ordered from strategic to operational; empty for referral and information sharing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined value.</exception>
    public static IReadOnlyList<DecisionLevel> SharedDecisionLevelsFor(Intensity intensity, Coordination coordination)
    {
        if (!Enum.IsDefined(coordination))
        {
            throw new ArgumentOutOfRangeException(nameof(coordination));
        }

        bool central = coordination == Coordination.Hierarchical;
        return intensity switch
        {
            Intensity.Joint => central ? StructuralOperational : AllLevels,
            Intensity.Alignment => central ? StructuralOnly : StrategicStructural,
            Intensity.Referral or Intensity.Information => NoLevels,
            _ => throw new ArgumentOutOfRangeException(nameof(intensity)),
        };
    }

    /// <summary>
    /// The coordination a set of activities needs: <see cref="Coordination.Hierarchical"/> when every one is
    /// <see cref="Complexity.Simple"/> and <see cref="Stability.Stable"/> (a simple, stable challenge needing almost the
    /// same answer every time, 000:695, 000:982), otherwise <see cref="Coordination.Decentralised"/> (complex or changing,
    /// 000:984). No activities: hierarchical.
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
            if (!activity.IsSimpleAndStable)
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

        var complex = activities.Where(a => !a.IsSimpleAndStable).Select(a => a.Id).ToList();
        var served = new HashSet<string>(activities.SelectMany(a => a.Goals), StringComparer.Ordinal);
        var goals = scenario.Goals.Where(g => served.Contains(g.Id)).Select(g => g.Id).ToList();
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
            filling.AsReadOnly(),
            goals.AsReadOnly());
    }

    /// <summary>Per goal of the scenario, the packages serving it and whether they barely link (see <see cref="GoalCoverage"/>).</summary>
    private static IReadOnlyList<GoalCoverage> Goals(Scenario scenario, Plan plan, List<PackageInterpretation> packages, List<LinkInterpretation> links)
    {
        if (scenario.Goals.Count == 0)
        {
            return [];
        }

        var index = packages.ToDictionary(p => p.Id, p => p.Index, StringComparer.Ordinal);
        var result = new List<GoalCoverage>(scenario.Goals.Count);
        foreach (var goal in scenario.Goals)
        {
            var serving = packages.Where(p => p.Goals.Contains(goal.Id, StringComparer.Ordinal)).Select(p => p.Index).ToList();

            // Connected through links of at least alignment: a union-find over the plan's packages.
            var parent = Enumerable.Range(0, plan.Packages.Count).ToArray();
            int Find(int x) => parent[x] == x ? x : (parent[x] = Find(parent[x]));
            foreach (var link in links.Where(l => l.Intensity >= Intensity.Alignment))
            {
                parent[Find(index[link.First])] = Find(index[link.Second]);
            }

            bool barely = serving.Select(Find).Distinct().Count() > 1;
            result.Add(new GoalCoverage(goal, serving.Select(i => plan.Packages[i].Id).ToList().AsReadOnly(), barely));
        }

        return result.AsReadOnly();
    }

    /// <summary>
    /// The coordination layer (see <see cref="CoordinationLayer"/>): with at least two packages and a link between them,
    /// per linked package with a team the member needed for the activities with the most cohesion to other packages.
    /// </summary>
    private static CoordinationLayer? Layer(Scenario scenario, Plan plan, int[] packageOf, List<LinkInterpretation> links)
    {
        if (plan.Packages.Count < 2 || links.Count == 0)
        {
            return null;
        }

        // Cohesion from each activity to other packages.
        var outward = new double[scenario.Activities.Count];
        foreach (var d in scenario.Dependencies)
        {
            int a = scenario.IndexOfActivity(d.From), b = scenario.IndexOfActivity(d.To);
            if (packageOf[a] >= 0 && packageOf[b] >= 0 && packageOf[a] != packageOf[b])
            {
                double w = d.CohesionUnder(scenario.IntensityWeights);
                outward[a] += w;
                outward[b] += w;
            }
        }

        var seats = new List<LayerSeat>();
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            var package = plan.Packages[p];
            if (package.Members.Count == 0 || !links.Any(l => l.First == package.Id || l.Second == package.Id))
            {
                continue;
            }

            Member? best = null;
            double bestOut = -1;
            foreach (var id in package.Members)
            {
                var member = scenario.GetMember(id);
                double sum = 0;
                foreach (var activityId in package.Activities)
                {
                    int a = scenario.IndexOfActivity(activityId);
                    if (scenario.Activities[a].Requires.Any(member.Capabilities.Contains))
                    {
                        sum += outward[a];
                    }
                }

                if (sum > bestOut)
                {
                    (best, bestOut) = (member, sum);
                }
            }

            seats.Add(new LayerSeat(package.Id, best!.Id, ActorOf(best), bestOut));
        }

        var levels = links.SelectMany(l => l.DecisionLevels).Distinct().Order().ToList();
        return new CoordinationLayer(seats.AsReadOnly(), levels.AsReadOnly());
    }

    /// <summary>Per actor with a member at any table, the tables it sits at (see <see cref="ActorLoad"/>), most tables first, ties in scenario order.</summary>
    private static IReadOnlyList<ActorLoad> Loads(Scenario scenario, Plan plan, CoordinationLayer? layer)
    {
        var order = new List<string>();
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var members = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        void Seat(Member m, string table)
        {
            var actor = ActorOf(m);
            if (!tables.TryGetValue(actor, out var list))
            {
                tables[actor] = list = [];
                members[actor] = [];
                order.Add(actor);
            }

            if (!list.Contains(table, StringComparer.Ordinal))
            {
                list.Add(table);
            }

            members[actor].Add(scenario.IndexOfMember(m.Id));
        }

        foreach (var package in plan.Packages)
        {
            foreach (var id in package.Members)
            {
                Seat(scenario.GetMember(id), package.Id);
            }
        }

        foreach (var seat in layer?.Seats ?? [])
        {
            Seat(scenario.GetMember(seat.Member), ActorLoad.LayerTable);
        }

        return order
            .Select((actor, i) => (Load: new ActorLoad(actor, tables[actor].AsReadOnly(), members[actor].Select(m => scenario.Members[m].Id).ToList().AsReadOnly()), Order: i))
            .OrderByDescending(x => x.Load.Tables.Count)
            .ThenBy(x => x.Order)
            .Select(x => x.Load)
            .ToList()
            .AsReadOnly();
    }

    private static string ActorOf(Member member) => member.Partner ?? member.DisplayName;

    private sealed class LinkBuilder
    {
        private readonly HashSet<string> _complexSeen = new(StringComparer.Ordinal);

        internal double Weight { get; set; }

        internal double Strongest { get; set; }

        internal List<Dependency> Dependencies { get; } = [];

        internal List<string> Complex { get; } = [];

        internal List<(string, string)> JointPairs { get; } = [];

        internal void AddIfComplex(Activity activity)
        {
            if (!activity.IsSimpleAndStable && _complexSeen.Add(activity.Id))
            {
                Complex.Add(activity.Id);
            }
        }
    }
}
