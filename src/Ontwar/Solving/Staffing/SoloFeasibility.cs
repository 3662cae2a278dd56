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

    internal SoloFeasibility(PackagingModel model, long nodeLimit = 20_000)
    {
        _model = model;
        (_capacity, _hours) = Staffer.FullResources(model);
        _nodeLimit = nodeLimit;
    }

    internal int CacheSize => _cache.Count;

    /// <summary>Infeasible only with proof; unknown counts as possible.</summary>
    internal StaffingOutcome Check(PackageDemand demand)
    {
        var key = new DemandKey(demand);
        if (!_cache.TryGetValue(key, out var outcome))
        {
            outcome = Staffer.Solve(_model, [demand], _capacity, _hours, _nodeLimit).Outcome;
            _cache.Add(key, outcome);
        }

        return outcome;
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
