using System.Diagnostics;
using Ontwar.Modeling;

namespace Ontwar.Solving.Heuristic;

/// <summary>
/// Large-neighbourhood search on the heuristic's plan: frees a few neighbouring packages (their activities, their team
/// members, and members with a team to spare who could serve them), solves that sub-scenario with an exact engine under a
/// short limit (CP-SAT by default, started from the region's current plan), and takes the answer when its cut inside the region is lower, or equal (which moves the search along
/// plateaus). Links from the region to the rest are cut whatever the region does, so the region's own cut decides.
/// </summary>
/// <remarks>
/// Members in teams outside the region keep their teams there; in the sub-scenario they have only the teams and hours
/// left (hours split evenly between a member's teams, as everywhere in the heuristic). The sub-solver's plan is taken only
/// when every new team passes the heuristic's own check, so the plan stays feasible at every step. Passes over the
/// packages end when one brings no improvement or at the deadline; as long as every sub-solve ends within its limit,
/// the same seed gives the same plan.
/// </remarks>
internal sealed class LargeNeighbourhoodSearch
{
    /// <summary>The most activities one neighbourhood frees: what an exact sub-solver proves in well under its limit.</summary>
    internal const int MaxActivities = 16;

    private const int MaxPackages = 3;
    private const int SpareMembers = 12;
    private const double Tolerance = 1e-9;
    private static readonly TimeSpan SubLimit = TimeSpan.FromSeconds(1);

    private readonly PackagingModel _model;
    private readonly Units _units;
    private readonly PlanState _state;
    private readonly IPackagingEngine _solver;
    private readonly int _seed;
    private readonly Stopwatch _clock;
    private readonly TimeSpan _deadline;
    private readonly Func<bool> _stop;
    private readonly CancellationToken _token;
    private readonly Random _random;

    internal LargeNeighbourhoodSearch(
        PackagingModel model, PlanState state, IPackagingEngine solver, int seed, Stopwatch clock, TimeSpan deadline, Func<bool> stop, CancellationToken token)
    {
        _model = model;
        _units = state.Units;
        _state = state;
        _solver = solver;
        _seed = seed;
        _clock = clock;
        _deadline = deadline;
        _stop = stop;
        _token = token;
        _random = new Random(seed);
    }

    /// <summary>Whether the scenario is larger than one neighbourhood (smaller ones are for the exact engines themselves).</summary>
    internal static bool Applies(Units units) => units.Activities.Sum(a => a.Length) > MaxActivities;

    /// <summary>Gives every block without a team one by re-solving its neighbourhood; true when none is left.</summary>
    internal bool Repair()
    {
        foreach (int b in OpenBlocks())
        {
            if (_stop())
            {
                break;
            }

            // The neighbourhood of links first; then, one by one, the teams holding the block's capabilities, whose
            // members an open block most likely lacks.
            if (_state.Blocks[b].Alive && _state.Blocks[b].Team.Count == 0 && !Step(b, Region(b, [])))
            {
                foreach (int owner in Owners(b))
                {
                    if (_stop() || Step(b, Region(b, [owner])))
                    {
                        break;
                    }
                }
            }
        }

        return OpenBlocks().Count == 0;
    }

    /// <summary>Passes over all packages as neighbourhood seeds, until a pass improves nothing or the deadline.</summary>
    /// <returns>Whether the cut went down.</returns>
    internal bool Improve()
    {
        double start = _state.Cut;
        while (!_stop())
        {
            var seeds = Enumerable.Range(0, _state.Blocks.Count).Where(b => _state.Blocks[b].Alive).ToArray();
            _random.Shuffle(seeds);
            bool improved = false;
            foreach (int seed in seeds)
            {
                if (_stop())
                {
                    break;
                }

                improved |= _state.Blocks[seed].Alive && Step(seed, Region(seed, []));
            }

            if (!improved)
            {
                break;
            }
        }

        return _state.Cut < start - Tolerance;
    }

    private List<int> OpenBlocks()
        => Enumerable.Range(0, _state.Blocks.Count).Where(b => _state.Blocks[b].Alive && _state.Blocks[b].Team.Count == 0).ToList();

    /// <summary>Re-solves the region of block <paramref name="seed"/>; true when the region's cut went down or an open block got a team.</summary>
    private bool Step(int seed, List<int> region)
    {
        var units = region.SelectMany(b => _state.Blocks[b].Units).ToList();
        var inRegion = new HashSet<int>(units);
        bool open = region.Any(b => _state.Blocks[b].Team.Count == 0);
        double before = 0;
        foreach (int u in units)
        {
            var nb = _units.Graph.Neighbours(u);
            var w = _units.Graph.Weights(u);
            for (int k = 0; k < nb.Length; k++)
            {
                if (nb[k] > u && inRegion.Contains(nb[k]) && _state.BlockOf[nb[k]] != _state.BlockOf[u])
                {
                    before += w[k];
                }
            }
        }

        // A region already at cut 0 inside cannot improve.
        if (!open && before <= Tolerance)
        {
            return false;
        }

        var remaining = _deadline - _clock.Elapsed;
        if (remaining <= TimeSpan.FromMilliseconds(20))
        {
            return false;
        }

        var scenario = SubScenario(region, units);
        var options = new SolverOptions { TimeLimit = remaining < SubLimit ? remaining : SubLimit, Seed = _seed };
        var model = PackagingModel.Build(scenario);

        // CP-SAT starts from the region's current packages and teams (the incumbent to beat), when there is one.
        var result = _solver is CpSat.CpSatEngine cpSat && !open
            ? cpSat.Solve(model, options, Hint(region), _token)
            : _solver.Solve(model, options, _token);
        if (!result.TryGetPlan(out var plan) || result.Objective is not { } objective || (!open && objective > before + Tolerance))
        {
            return false;
        }

        return Apply(region, plan) && (open || objective < before - Tolerance);
    }

    /// <summary>The region's packages and teams as a plan of the sub-scenario.</summary>
    private Plans.Plan Hint(List<int> region)
    {
        var source = _model.Scenario;
        return new Plans.Plan(region.Select((b, i) => new Plans.ActivityPackage(
            "P" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _state.Blocks[b].Units.SelectMany(u => _units.Activities[u]).Order().Select(a => source.Activities[a].Id),
            _state.Blocks[b].Team.Select(m => source.Members[m].Id))));
    }

    /// <summary>The blocks whose teams hold a capability block <paramref name="b"/> needs, in a fixed order.</summary>
    private List<int> Owners(int b)
    {
        var owners = new SortedSet<int>();
        foreach (int c in _state.Blocks[b].CapabilityCount.Keys)
        {
            foreach (int m in _model.HoldersOf(c))
            {
                owners.UnionWith(_state.TeamsOf(m));
            }
        }

        owners.Remove(b);
        return [.. owners];
    }

    /// <summary>
    /// The seed block, the blocks given, and then the blocks most tied to the region so far, within the size limits
    /// (blocks given that would exceed them are left out).
    /// </summary>
    private List<int> Region(int seed, IReadOnlyList<int> with)
    {
        var region = new List<int> { seed };
        int activities = Activities(seed);
        foreach (int b in with)
        {
            if (region.Count < MaxPackages && !region.Contains(b) && activities + Activities(b) <= MaxActivities)
            {
                region.Add(b);
                activities += Activities(b);
            }
        }

        while (region.Count < MaxPackages)
        {
            var ties = new Dictionary<int, double>();
            foreach (int b in region)
            {
                foreach (int u in _state.Blocks[b].Units)
                {
                    _state.Connections(u);
                    foreach (int t in _state.ScratchTouched)
                    {
                        if (!region.Contains(t))
                        {
                            ties[t] = ties.GetValueOrDefault(t) + _state.ScratchWeight(t);
                        }
                    }
                }
            }

            int best = -1;
            foreach (var (t, w) in ties.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key))
            {
                if (activities + Activities(t) <= MaxActivities)
                {
                    best = t;
                    break;
                }
            }

            if (best < 0)
            {
                break;
            }

            region.Add(best);
            activities += Activities(best);
        }

        return region;
    }

    private int Activities(int block) => _state.Blocks[block].Units.Sum(u => _units.Activities[u].Length);

    /// <summary>
    /// The region as a scenario of its own: its activities, the links among them (as weights), the rules on them, and
    /// the members it may use with the teams and hours they have left.
    /// </summary>
    private Scenario SubScenario(List<int> region, List<int> units)
    {
        var source = _model.Scenario;
        var activities = units.SelectMany(u => _units.Activities[u]).Order().ToList();
        var inSub = new HashSet<int>(activities);
        var pool = new SortedSet<int>();
        int minScale = 4;
        foreach (int b in region)
        {
            pool.UnionWith(_state.Blocks[b].Team);
        }

        var capabilities = new SortedSet<int>();
        foreach (int a in activities)
        {
            minScale = Math.Min(minScale, (int)(_model.FixedScale(a) ?? _model.IdealScale(a)));
            foreach (int c in _model.RequiredCapabilities(a))
            {
                capabilities.Add(c);
            }

            foreach (int m in _model.RequiredMembers(a))
            {
                pool.Add(m);
            }
        }

        foreach (int c in capabilities)
        {
            foreach (int m in _model.HoldersOf(c))
            {
                if (_state.Spare(m) > 0 && (int)_model.MemberScale(m) >= minScale)
                {
                    pool.Add(m);
                }
            }
        }

        pool.UnionWith(_state.FreeMembers(minScale, SpareMembers).ToList());
        var members = new List<Member>();
        var poolList = new List<int>();
        foreach (int m in pool)
        {
            int capacity = _state.Spare(m) + _state.TeamsOf(m).Count(region.Contains);
            if (capacity <= 0)
            {
                continue;
            }

            var member = source.Members[m];
            double? hours = member.Hours is null ? null : _state.Share(m) * capacity;
            if (hours is <= 0)
            {
                continue;
            }

            poolList.Add(m);
            members.Add(new Member(member.Id, member.Scale, member.Capabilities, member.Name, member.Partner, hours, capacity, member.Informal));
        }

        var dependencies = new List<Dependency>();
        var graph = _model.Graph;
        foreach (int a in activities)
        {
            var nb = graph.Neighbours(a);
            var w = graph.Weights(a);
            for (int k = 0; k < nb.Length; k++)
            {
                if (nb[k] > a && inSub.Contains(nb[k]))
                {
                    dependencies.Add(new Dependency(source.Activities[a].Id, source.Activities[nb[k]].Id, w[k]));
                }
            }
        }

        var rules = new List<Rule>();
        if (!_model.RulesIgnored)
        {
            var inPool = new HashSet<int>(poolList);
            foreach (int u in units)
            {
                if (_units.Activities[u].Length > 1)
                {
                    rules.Add(new TogetherRule(_units.Activities[u].Select(a => source.Activities[a].Id)));
                }

                foreach (int v in _units.ApartPartners[u])
                {
                    if (v > u && _units.Activities[v].Length > 0 && units.Contains(v))
                    {
                        rules.Add(new ApartRule([source.Activities[_units.Activities[u][0]].Id, source.Activities[_units.Activities[v][0]].Id]));
                    }
                }
            }

            foreach (int a in activities)
            {
                string id = source.Activities[a].Id;
                if (_model.FixedScale(a) is { } scale)
                {
                    rules.Add(new FixedScaleRule(id, scale));
                }

                foreach (int m in _model.RequiredMembers(a))
                {
                    rules.Add(new MemberRequiredRule(source.Members[m].Id, id));
                }

                foreach (int m in _model.ExcludedMembers(a))
                {
                    if (inPool.Contains(m))
                    {
                        rules.Add(new MemberExcludedRule(source.Members[m].Id, id));
                    }
                }
            }
        }

        var subActivities = activities.Select(a => source.Activities[a])
            .Select(x => new Activity(x.Id, x.Name, x.IdealScale, x.Requires, x.Complexity, x.Workload, x.Function));
        return new Scenario("neighbourhood", subActivities, dependencies, members, rules, _model.TeamSize);
    }

    /// <summary>Puts the sub-solver's packages and teams in place of the region's, or leaves everything as it was.</summary>
    private bool Apply(List<int> region, Plans.Plan plan)
    {
        var source = _model.Scenario;
        var oldBlockOf = new Dictionary<int, int>();
        foreach (int b in region)
        {
            foreach (int u in _state.Blocks[b].Units)
            {
                oldBlockOf[u] = b;
            }
        }

        var oldTeams = region.Select(b => _state.Blocks[b].Team).ToList();
        foreach (int b in region)
        {
            _state.SetTeam(_state.Blocks[b], []);
        }

        var targets = new List<int>();
        for (int k = 0; k < plan.Packages.Count; k++)
        {
            int target = k < region.Count ? region[k] : _state.NewBlock();
            targets.Add(target);
            foreach (string id in plan.Packages[k].Activities)
            {
                int u = _units.UnitOf[source.IndexOfActivity(id)];
                if (_state.BlockOf[u] != target)
                {
                    _state.Relocate(u, _state.BlockOf[u], target);
                }
            }
        }

        for (int k = 0; k < plan.Packages.Count; k++)
        {
            _state.SetTeam(_state.Blocks[targets[k]], [.. plan.Packages[k].Members.Select(source.IndexOfMember).Order()]);
        }

        bool valid = _state.LoadsValid() && targets.All(t => _state.TeamValid(_state.Blocks[t]))
            && region.All(b => _state.Blocks[b].Alive || _state.Blocks[b].Team.Count == 0)
            && oldBlockOf.Keys.All(u => _units.ApartPartners[u].All(v => _state.BlockOf[v] != _state.BlockOf[u]));
        if (valid)
        {
            return true;
        }

        foreach (int t in targets)
        {
            _state.SetTeam(_state.Blocks[t], []);
        }

        foreach (var (u, b) in oldBlockOf)
        {
            if (_state.BlockOf[u] != b)
            {
                _state.Relocate(u, _state.BlockOf[u], b);
            }
        }

        for (int i = 0; i < region.Count; i++)
        {
            _state.SetTeam(_state.Blocks[region[i]], oldTeams[i]);
        }

        return false;
    }
}
