using System.Numerics;
using Ontwar.Internal;
using Ontwar.Modeling;

namespace Ontwar.Solving.Staffing;

/// <summary>The outcome of a staffing attempt.</summary>
internal enum StaffingOutcome
{
    /// <summary>Teams were found for every package.</summary>
    Feasible,

    /// <summary>It was proven that no teams exist (from the pool searched).</summary>
    Infeasible,

    /// <summary>The node limit was reached first.</summary>
    Unknown,
}

/// <summary>Teams for a set of packages, with the hours each member gives each package.</summary>
internal sealed class StaffingResult
{
    internal StaffingResult(StaffingOutcome outcome, int[][]? teams, double[][]? hours)
    {
        Outcome = outcome;
        Teams = teams;
        Hours = hours;
    }

    internal StaffingOutcome Outcome { get; }

    /// <summary>Team (member indices, ascending) per package, when feasible.</summary>
    internal int[][]? Teams { get; }

    /// <summary>Hours member <c>Teams[p][i]</c> gives package p, when feasible.</summary>
    internal double[][]? Hours { get; }
}

/// <summary>
/// Finds teams for packages whose activities are decided: every team within the size limits, covering its package's
/// capabilities, members at a large enough scale, within their team count and hours. The search is complete over the
/// members it is given: it says infeasible only with proof, and unknown when its node budget runs out.
/// </summary>
/// <remarks>
/// Necessary conditions come first as flows (members per package, holders per shared capability, hours), which
/// refute most infeasible cases at once. The search then staffs packages one by one, most constrained first: it
/// covers the rarest uncovered capability by branching on its holders, then adds fillers in one canonical order so
/// that no team is built twice. Members holding a capability the package needs come first (seed 000:910-912: all
/// needed partners and only needed partners), then those least wanted elsewhere. Members are renumbered locally, so a
/// call costs what its pool holds, not what the scenario holds.
/// </remarks>
internal sealed class Staffer
{
    private readonly PackagingModel _model;
    private readonly IReadOnlyList<PackageDemand> _demands;
    private readonly int[] _global;
    private readonly int[] _capacity;
    private readonly double[] _hours;
    private readonly int _lo;
    private readonly int _hi;
    private readonly long _nodeLimit;
    private readonly int[][] _teams;
    private readonly int[] _teamSize;
    private readonly int[] _order;
    private readonly int[][] _rank;
    private readonly int[] _memberDemand;
    private readonly ulong[][] _demandBits;
    private readonly ulong[]?[] _memberBits;
    private readonly int _capabilityCount;
    private readonly int _words;
    private readonly Dictionary<int, int> _local;
    private long _nodes;
    private Func<bool>? _stop;
    private bool _outOfNodes;

    private Staffer(PackagingModel model, IReadOnlyList<PackageDemand> demands, int[] capacity, double[] hours, long nodeLimit, IReadOnlyList<int>? pool)
    {
        _model = model;
        _demands = demands;
        _lo = model.TeamSize.Min;
        _hi = model.TeamSize.Max;
        _nodeLimit = nodeLimit;

        // Local members: the pool (plus members rules require), or everyone.
        var members = pool is null ? Enumerable.Range(0, model.MemberCount) : pool.Concat(demands.SelectMany(d => d.Required)).Distinct().Order();
        _global = members.ToArray();
        _local = new Dictionary<int, int>(_global.Length);
        for (int i = 0; i < _global.Length; i++)
        {
            _local[_global[i]] = i;
        }

        int count = _global.Length;
        _capacity = new int[count];
        _hours = new double[count];
        for (int i = 0; i < count; i++)
        {
            _capacity[i] = capacity[_global[i]];
            _hours[i] = hours[_global[i]];
        }

        // Number only the capabilities these packages need, so bit sets stay small however many the scenario has.
        var capabilities = new Dictionary<int, int>();
        foreach (var d in demands)
        {
            foreach (int c in d.Capabilities)
            {
                capabilities.TryAdd(c, capabilities.Count);
            }
        }

        _capabilityCount = capabilities.Count;
        _words = Math.Max(1, (capabilities.Count + 63) / 64);
        _demandBits = new ulong[demands.Count][];
        for (int p = 0; p < demands.Count; p++)
        {
            _demandBits[p] = new ulong[_words];
            foreach (int c in demands[p].Capabilities)
            {
                int l = capabilities[c];
                _demandBits[p][l >> 6] |= 1UL << (l & 63);
            }
        }

        _memberBits = new ulong[]?[count];
        foreach (var (c, l) in capabilities)
        {
            foreach (int m in model.HoldersOf(c))
            {
                if (_local.TryGetValue(m, out int i))
                {
                    var bits = _memberBits[i] ??= new ulong[_words];
                    bits[l >> 6] |= 1UL << (l & 63);
                }
            }
        }

        _teams = new int[demands.Count][];
        _teamSize = new int[demands.Count];
        for (int p = 0; p < demands.Count; p++)
        {
            _teams[p] = new int[_hi];
        }

        _memberDemand = new int[count];
        for (int i = 0; i < count; i++)
        {
            if (_memberBits[i] is { } held)
            {
                foreach (var bits in _demandBits)
                {
                    if (Intersects(held, bits))
                    {
                        _memberDemand[i]++;
                    }
                }
            }
        }

        _rank = new int[demands.Count][];
        var eligibleCount = new int[demands.Count];
        for (int p = 0; p < demands.Count; p++)
        {
            var d = demands[p];
            var candidates = new List<int>();
            for (int i = 0; i < count; i++)
            {
                if (_capacity[i] > 0 && d.Admits(model, _global[i]))
                {
                    candidates.Add(i);
                }
            }

            eligibleCount[p] = candidates.Count;
            bool needHours = d.Workload > 0;
            var bitsP = _demandBits[p];
            _rank[p] = candidates
                .OrderByDescending(i => _memberBits[i] is { } held && Intersects(held, bitsP))
                .ThenBy(i => _memberDemand[i])
                .ThenByDescending(i => needHours ? Math.Min(_hours[i], 1e12) : 0)
                .ThenBy(i => i)
                .ToArray();
        }

        _order = Enumerable.Range(0, demands.Count)
            .OrderBy(p => eligibleCount[p] - Math.Max(_lo, demands[p].Capabilities.Length))
            .ThenByDescending(p => demands[p].Capabilities.Length)
            .ThenBy(p => p)
            .ToArray();
    }

    /// <summary>Staffs the packages.</summary>
    /// <param name="model">The model.</param>
    /// <param name="demands">What each package asks.</param>
    /// <param name="capacity">Teams each member may still join, by global member index (not modified).</param>
    /// <param name="hours">Hours each member still has, by global member index (not modified; infinity for unlimited).</param>
    /// <param name="nodeLimit">Search budget.</param>
    /// <param name="pool">Members to choose from, or null for all; an answer is complete only over its pool.</param>
    /// <param name="stop">Asked every 1 024 nodes whether the caller's deadline has passed or its token was cancelled;
    /// true ends the search as the node limit does (unknown).</param>
    internal static StaffingResult Solve(
        PackagingModel model, IReadOnlyList<PackageDemand> demands, int[] capacity, double[] hours, long nodeLimit, IReadOnlyList<int>? pool = null, Func<bool>? stop = null)
    {
        if (demands.Count == 0)
        {
            return new StaffingResult(StaffingOutcome.Feasible, [], []);
        }

        var staffer = new Staffer(model, demands, capacity, hours, nodeLimit, pool) { _stop = stop };
        if (!staffer.NecessaryConditionsHold() || !staffer.PlaceRequiredMembers())
        {
            return new StaffingResult(StaffingOutcome.Infeasible, null, null);
        }

        if (staffer.Search(0))
        {
            var local = staffer.CurrentTeams();
            var allocation = staffer._model.HasWorkload ? staffer.HoursFlow(local) : local.Select(t => new double[t.Length]).ToArray();
            var teams = new int[demands.Count][];
            var given = new double[demands.Count][];
            for (int p = 0; p < demands.Count; p++)
            {
                var order = Enumerable.Range(0, local[p].Length).OrderBy(i => staffer._global[local[p][i]]).ToArray();
                teams[p] = order.Select(i => staffer._global[local[p][i]]).ToArray();
                given[p] = order.Select(i => allocation![p][i]).ToArray();
            }

            return new StaffingResult(StaffingOutcome.Feasible, teams, given);
        }

        return new StaffingResult(staffer._outOfNodes ? StaffingOutcome.Unknown : StaffingOutcome.Infeasible, null, null);
    }

    /// <summary>
    /// Only the necessary conditions (flows), no search: false proves that no teams exist. Valid for relaxed demands,
    /// so engines use it on packages that may still grow.
    /// </summary>
    internal static bool NecessaryConditions(PackagingModel model, IReadOnlyList<PackageDemand> demands, int[] capacity, double[] hours)
        => demands.Count == 0 || new Staffer(model, demands, capacity, hours, 0, null).NecessaryConditionsHold();

    /// <summary>Full capacities and hours of every member.</summary>
    internal static (int[] Capacity, double[] Hours) FullResources(PackagingModel model)
    {
        var capacity = new int[model.MemberCount];
        var hours = new double[model.MemberCount];
        for (int m = 0; m < model.MemberCount; m++)
        {
            capacity[m] = model.MaxTeams(m);
            hours[m] = model.Hours(m);
        }

        return (capacity, hours);
    }

    internal static bool Intersects(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        for (int w = 0; w < a.Length; w++)
        {
            if ((a[w] & b[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static int PopCount(ReadOnlySpan<ulong> bits)
    {
        int count = 0;
        foreach (var w in bits)
        {
            count += BitOperations.PopCount(w);
        }

        return count;
    }

    private bool NecessaryConditionsHold()
    {
        int n = _demands.Count, members = _global.Length;

        // Every package can have its capabilities covered and its required members admitted.
        for (int p = 0; p < n; p++)
        {
            var d = _demands[p];
            var union = new ulong[_words];
            foreach (int i in _rank[p])
            {
                if (_memberBits[i] is { } held)
                {
                    for (int w = 0; w < union.Length; w++)
                    {
                        union[w] |= held[w];
                    }
                }
            }

            for (int w = 0; w < union.Length; w++)
            {
                if ((_demandBits[p][w] & ~union[w]) != 0)
                {
                    return false;
                }
            }

            if (d.Required.Length > _hi || d.Required.Any(m => _capacity[_local[m]] <= 0 || !d.Admits(_model, m)))
            {
                return false;
            }
        }

        // Members per package: each package needs at least the minimum team size of distinct admitted members.
        var flow = new MaxFlow(members + n + 2);
        int source = members + n, sink = source + 1;
        double need = 0;
        for (int i = 0; i < members; i++)
        {
            if (_capacity[i] > 0)
            {
                flow.AddArc(source, i, _capacity[i]);
            }
        }

        for (int p = 0; p < n; p++)
        {
            foreach (int i in _rank[p])
            {
                flow.AddArc(i, members + p, 1);
            }

            flow.AddArc(members + p, sink, _lo);
            need += _lo;
        }

        if (flow.Run(source, sink) < need - 1e-9)
        {
            return false;
        }

        // Holders of each capability several packages need: each such package needs its own holder.
        if (n > 1 && !CapabilitySupplyHolds())
        {
            return false;
        }

        // Hours: the workload must be coverable by admitted members' hours at all.
        return !_model.HasWorkload || HoursFlow(null) is not null;
    }

    private bool CapabilitySupplyHolds()
    {
        int n = _demands.Count, members = _global.Length;
        for (int c = 0; c < _capabilityCount; c++)
        {
            int word = c >> 6;
            ulong bit = 1UL << (c & 63);
            int needing = 0;
            for (int p = 0; p < n; p++)
            {
                if ((_demandBits[p][word] & bit) != 0)
                {
                    needing++;
                }
            }

            if (needing < 2)
            {
                continue;
            }

            var flow = new MaxFlow(members + n + 2);
            int source = members + n, sink = source + 1;
            for (int i = 0; i < members; i++)
            {
                if (_capacity[i] > 0 && _memberBits[i] is { } held && (held[word] & bit) != 0)
                {
                    flow.AddArc(source, i, _capacity[i]);
                }
            }

            for (int p = 0; p < n; p++)
            {
                if ((_demandBits[p][word] & bit) == 0)
                {
                    continue;
                }

                foreach (int i in _rank[p])
                {
                    if (_memberBits[i] is { } held && (held[word] & bit) != 0)
                    {
                        flow.AddArc(i, members + p, 1);
                    }
                }

                flow.AddArc(members + p, sink, 1);
            }

            if (flow.Run(source, sink) < needing - 1e-9)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Hours as a transportation problem: member i gives at most its hours in total, only to packages it may join
    /// (<paramref name="teams"/> null) or is in. Returns the allocation, or null when the workload cannot be covered.
    /// </summary>
    private double[][]? HoursFlow(int[][]? teams)
    {
        int n = _demands.Count, members = _global.Length;
        double totalWork = _demands.Sum(d => d.Workload);
        double big = totalWork + 1;
        var flow = new MaxFlow(members + n + 2);
        int source = members + n, sink = source + 1;
        for (int i = 0; i < members; i++)
        {
            flow.AddArc(source, i, Math.Min(_hours[i], big));
        }

        var arcs = new int[n][];
        for (int p = 0; p < n; p++)
        {
            var team = teams is null ? _rank[p] : teams[p];
            arcs[p] = new int[team.Length];
            for (int k = 0; k < team.Length; k++)
            {
                arcs[p][k] = flow.AddArc(team[k], members + p, big);
            }

            flow.AddArc(members + p, sink, _demands[p].Workload);
        }

        if (flow.Run(source, sink) < totalWork - 1e-7)
        {
            return null;
        }

        var result = new double[n][];
        for (int p = 0; p < n; p++)
        {
            result[p] = new double[arcs[p].Length];
            for (int k = 0; k < arcs[p].Length; k++)
            {
                result[p][k] = flow.FlowOn(arcs[p][k]);
            }
        }

        return result;
    }

    private bool PlaceRequiredMembers()
    {
        for (int p = 0; p < _demands.Count; p++)
        {
            foreach (int m in _demands[p].Required)
            {
                int i = _local[m];
                if (_capacity[i] <= 0)
                {
                    return false;
                }

                _capacity[i]--;
                _teams[p][_teamSize[p]++] = i;
            }
        }

        return true;
    }

    private bool Search(int depth)
    {
        if (depth == _order.Length)
        {
            return !_model.HasWorkload || HoursFlow(CurrentTeams()) is not null;
        }

        return Cover(_order[depth], depth);
    }

    private int[][] CurrentTeams()
    {
        var teams = new int[_demands.Count][];
        for (int p = 0; p < teams.Length; p++)
        {
            teams[p] = _teams[p].AsSpan(0, _teamSize[p]).ToArray();
        }

        return teams;
    }

    private bool Cover(int p, int depth)
    {
        if (++_nodes > _nodeLimit || ((_nodes & 1023) == 0 && _stop is not null && _stop()))
        {
            _outOfNodes = true;
            return false;
        }

        Span<ulong> uncovered = stackalloc ulong[_words];
        _demandBits[p].CopyTo(uncovered);
        for (int k = 0; k < _teamSize[p]; k++)
        {
            if (_memberBits[_teams[p][k]] is { } held)
            {
                for (int w = 0; w < uncovered.Length; w++)
                {
                    uncovered[w] &= ~held[w];
                }
            }
        }

        if (PopCount(uncovered) == 0)
        {
            return Fill(p, depth, 0);
        }

        if (_teamSize[p] >= _hi)
        {
            return false;
        }

        // Branch on the uncovered capability with the fewest available holders.
        int bestCap = -1, bestCount = int.MaxValue;
        for (int w = 0; w < uncovered.Length; w++)
        {
            ulong bits = uncovered[w];
            while (bits != 0)
            {
                int c = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                int holders = 0;
                foreach (int i in _rank[p])
                {
                    if (_capacity[i] > 0 && Holds(i, c) && !InTeam(p, i))
                    {
                        holders++;
                    }
                }

                if (holders < bestCount)
                {
                    bestCount = holders;
                    bestCap = c;
                }
            }
        }

        if (bestCount == 0)
        {
            return false;
        }

        foreach (int i in _rank[p])
        {
            if (_capacity[i] > 0 && Holds(i, bestCap) && !InTeam(p, i))
            {
                _capacity[i]--;
                _teams[p][_teamSize[p]++] = i;
                if (Cover(p, depth))
                {
                    return true;
                }

                _teamSize[p]--;
                _capacity[i]++;
                if (_outOfNodes)
                {
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>Adds fillers from position <paramref name="from"/> of the package's ranking onwards (canonical order).</summary>
    private bool Fill(int p, int depth, int from)
    {
        if (++_nodes > _nodeLimit || ((_nodes & 1023) == 0 && _stop is not null && _stop()))
        {
            _outOfNodes = true;
            return false;
        }

        if (_teamSize[p] >= _lo && HoursSuffice(p) && RemainingCanBeManned(depth + 1) && Search(depth + 1))
        {
            return true;
        }

        if (_outOfNodes || _teamSize[p] >= _hi)
        {
            return false;
        }

        var rank = _rank[p];
        for (int k = from; k < rank.Length; k++)
        {
            int i = rank[k];
            if (_capacity[i] <= 0 || InTeam(p, i))
            {
                continue;
            }

            _capacity[i]--;
            _teams[p][_teamSize[p]++] = i;
            if (Fill(p, depth, k + 1))
            {
                return true;
            }

            _teamSize[p]--;
            _capacity[i]++;
            if (_outOfNodes)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The team's own hours reach the workload (exact for members in one team; the final flow settles sharing).</summary>
    private bool HoursSuffice(int p)
    {
        double need = _demands[p].Workload;
        if (need <= 0)
        {
            return true;
        }

        double have = 0;
        for (int k = 0; k < _teamSize[p]; k++)
        {
            have += _hours[_teams[p][k]];
        }

        return have >= need - 1e-9;
    }

    /// <summary>Cheap look-ahead: each package still to staff can reach the minimum size from members with capacity left.</summary>
    private bool RemainingCanBeManned(int depth)
    {
        for (int k = depth; k < _order.Length; k++)
        {
            int p = _order[k];
            int available = _teamSize[p];
            foreach (int i in _rank[p])
            {
                if (_capacity[i] > 0 && !InTeam(p, i))
                {
                    available++;
                    if (available >= _lo)
                    {
                        break;
                    }
                }
            }

            if (available < _lo)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether local member i holds a capability, by local capability number.</summary>
    private bool Holds(int i, int capability) => _memberBits[i] is { } held && (held[capability >> 6] & (1UL << (capability & 63))) != 0;

    private bool InTeam(int p, int i)
    {
        var team = _teams[p];
        for (int k = 0; k < _teamSize[p]; k++)
        {
            if (team[k] == i)
            {
                return true;
            }
        }

        return false;
    }
}
