using Ontwar.Modeling;

namespace Ontwar.Solving.Staffing;

/// <summary>
/// Caches whether one package, on its own, could be staffed with all members available: the cheap, monotone test the
/// engines use to reject a grouping before staffing a whole plan.
/// </summary>
internal sealed class SoloFeasibility
{
    private readonly PackagingModel _model;
    private readonly int[] _capacity;
    private readonly double[] _hours;
    private readonly long _nodeLimit;
    private readonly Dictionary<DemandKey, StaffingOutcome> _cache = [];
    private readonly int[][] _byHoursAtScale;

    internal SoloFeasibility(PackagingModel model, long nodeLimit = 20_000)
    {
        _model = model;
        (_capacity, _hours) = Staffer.FullResources(model);
        _nodeLimit = nodeLimit;

        // Members who may work at each scale, most hours first: the fillers worth trying.
        _byHoursAtScale = new int[5][];
        for (int s = 0; s < 5; s++)
        {
            _byHoursAtScale[s] = Enumerable.Range(0, model.MemberCount)
                .Where(m => (int)model.MemberScale(m) >= s)
                .OrderByDescending(m => Math.Min(model.Hours(m), 1e12))
                .ThenBy(m => m)
                .ToArray();
        }
    }

    internal int CacheSize => _cache.Count;

    /// <summary>Infeasible only with proof; unknown counts as possible.</summary>
    internal StaffingOutcome Check(PackageDemand demand)
    {
        var key = new DemandKey(demand);
        if (!_cache.TryGetValue(key, out var outcome))
        {
            var pool = Pool(demand);
            outcome = GreedyTeamExists(demand, pool)
                ? StaffingOutcome.Feasible
                : Staffer.Solve(_model, [demand], _capacity, _hours, _nodeLimit, pool).Outcome;
            _cache.Add(key, outcome);
        }

        return outcome;
    }

    /// <summary>
    /// The members worth trying for one package alone: holders of its capabilities, its required members, and the
    /// eligible members with most hours. The search over this pool is complete: any feasible team can exchange its
    /// members who hold none of the capabilities for members of the pool with at least as many hours.
    /// </summary>
    private List<int> Pool(PackageDemand demand)
    {
        var pool = new HashSet<int>(demand.Required);
        foreach (int c in demand.Capabilities)
        {
            foreach (int m in _model.HoldersOf(c))
            {
                if (demand.Admits(_model, m))
                {
                    pool.Add(m);
                }
            }
        }

        int fillers = 0;
        int max = _model.TeamSize.Max;
        foreach (int m in _byHoursAtScale[(int)demand.Scale])
        {
            if (fillers >= max)
            {
                break;
            }

            if (!demand.IsExcluded(m) && pool.Add(m))
            {
                fillers++;
            }
        }

        return [.. pool];
    }

    /// <summary>
    /// A sufficient test that needs no search: cover greedily, fill with the pool's members with most hours, and see
    /// whether the team fits. False says nothing; the complete search decides then.
    /// </summary>
    private bool GreedyTeamExists(PackageDemand demand, List<int> pool)
    {
        int max = _model.TeamSize.Max;
        var team = new HashSet<int>(demand.Required);
        var uncovered = new HashSet<int>(demand.Capabilities);
        foreach (int m in team)
        {
            CapabilityCover.Cover(_model, m, uncovered);
        }

        while (uncovered.Count > 0 && team.Count < max)
        {
            int best = -1, bestGain = 0;
            foreach (int m in pool)
            {
                if (team.Contains(m))
                {
                    continue;
                }

                int gain = CapabilityCover.Gain(_model, m, uncovered);
                if (gain > bestGain)
                {
                    best = m;
                    bestGain = gain;
                }
            }

            if (best < 0)
            {
                return false;
            }

            team.Add(best);
            CapabilityCover.Cover(_model, best, uncovered);
        }

        if (uncovered.Count > 0)
        {
            return false;
        }

        double hours = team.Sum(m => _hours[m]);
        foreach (int m in pool.OrderByDescending(m => Math.Min(_hours[m], 1e12)).ThenBy(m => m))
        {
            if (team.Count >= _model.TeamSize.Min && hours >= demand.Workload - 1e-9)
            {
                break;
            }

            if (team.Count < max && team.Add(m))
            {
                hours += _hours[m];
            }
        }

        return team.Count >= _model.TeamSize.Min && team.Count <= max && hours >= demand.Workload - 1e-9;
    }

    private readonly struct DemandKey : IEquatable<DemandKey>
    {
        private readonly PackageDemand _d;
        private readonly int _hash;

        internal DemandKey(PackageDemand d)
        {
            _d = d;
            var h = new HashCode();
            foreach (var w in d.Capabilities)
            {
                h.Add(w);
            }

            h.Add(d.Scale);
            h.Add(d.Workload);
            foreach (var m in d.Required)
            {
                h.Add(m);
            }

            h.Add(-1);
            foreach (var m in d.Excluded)
            {
                h.Add(m);
            }

            _hash = h.ToHashCode();
        }

        public bool Equals(DemandKey other)
            => _hash == other._hash && _d.Scale == other._d.Scale && _d.Workload.Equals(other._d.Workload)
               && _d.Capabilities.AsSpan().SequenceEqual(other._d.Capabilities)
               && _d.Required.AsSpan().SequenceEqual(other._d.Required)
               && _d.Excluded.AsSpan().SequenceEqual(other._d.Excluded);

        public override bool Equals(object? obj) => obj is DemandKey k && Equals(k);

        public override int GetHashCode() => _hash;
    }
}
