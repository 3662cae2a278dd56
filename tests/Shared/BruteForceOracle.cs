namespace Ontwar.Tests.Shared;

/// <summary>What the oracle found.</summary>
/// <param name="Feasible">Whether any plan meets every hard constraint.</param>
/// <param name="Optimum">The smallest cut weight (0 when infeasible).</param>
/// <param name="PackageOf">Block per activity of an optimal plan, or <see langword="null"/> when infeasible.</param>
/// <param name="Teams">Team (member indices) per block of that plan, or <see langword="null"/>.</param>
public sealed record OracleResult(bool Feasible, double Optimum, int[]? PackageOf, int[][]? Teams)
{
    /// <summary>The optimal plan's teams keyed by block, the shape <c>PackagingModel.ToPlan</c> takes.</summary>
    public Dictionary<int, int[]> TeamsByBlock()
        => Teams is null ? [] : Enumerable.Range(0, Teams.Length).ToDictionary(b => b, b => Teams[b]);
}

/// <summary>
/// The reference answer for tiny scenarios, written from the scenario's domain objects only (not from
/// <c>PackagingModel</c> or any MIP): every set partition of the activities (restricted growth strings) × every
/// assignment of teams to its blocks. Exhaustive except for two safe prunings: a partial partition whose cut already
/// reaches the best complete one, and a block that even all members not excluded from it could not staff (both only
/// get worse as activities are added).
/// </summary>
public static class BruteForceOracle
{
    /// <summary>Largest scenario the oracle accepts: activities.</summary>
    public const int MaxActivities = 6;

    /// <summary>Largest scenario the oracle accepts: members.</summary>
    public const int MaxMembers = 7;

    /// <summary>Largest team-size maximum the oracle accepts.</summary>
    public const int MaxTeamSize = 4;

    /// <summary>Solves a tiny scenario by enumeration.</summary>
    /// <param name="scenario">At most 6 activities, 7 members, team maximum 4.</param>
    /// <param name="ignoreRules">Whether to leave the rules out (the ideal plan).</param>
    /// <returns>The optimum, or infeasible.</returns>
    public static OracleResult Solve(Scenario scenario, bool ignoreRules = false)
    {
        if (scenario.Activities.Count > MaxActivities || scenario.Members.Count > MaxMembers || scenario.TeamSize.Max > MaxTeamSize)
        {
            throw new ArgumentException($"The oracle handles at most {MaxActivities} activities, {MaxMembers} members and teams of {MaxTeamSize}.", nameof(scenario));
        }

        var search = new Search(scenario, ignoreRules);
        return search.Run();
    }

    private sealed class Search
    {
        private readonly int _n;
        private readonly int _members;
        private readonly int _min;
        private readonly int _max;
        private readonly double[,] _w;
        private readonly ulong[] _needs;
        private readonly ulong[] _holds;
        private readonly Scale[] _ideal;
        private readonly Scale?[] _fixed;
        private readonly Scale[] _memberScale;
        private readonly double[] _hours;
        private readonly int[] _maxTeams;
        private readonly double[] _workload;
        private readonly int[] _group;
        private readonly bool[,] _apart;
        private readonly int[] _requiredMask;
        private readonly int[] _excludedMask;
        private readonly bool _contradiction;
        private readonly bool _hasWorkload;

        private readonly int[] _blockOf;
        private double _best = double.PositiveInfinity;
        private int[]? _bestBlocks;
        private int[][]? _bestTeams;

        internal Search(Scenario s, bool ignoreRules)
        {
            _n = s.Activities.Count;
            _members = s.Members.Count;
            _min = s.TeamSize.Min;
            _max = s.TeamSize.Max;
            _blockOf = new int[_n];

            _w = new double[_n, _n];
            foreach (var d in s.Dependencies)
            {
                int i = s.IndexOfActivity(d.From), j = s.IndexOfActivity(d.To);
                double weight = d.Weight ?? s.IntensityWeights.WeightOf(d.Intensity!.Value);
                _w[i, j] += weight;
                _w[j, i] += weight;
            }

            var caps = new Dictionary<string, int>(StringComparer.Ordinal);
            ulong Mask(IEnumerable<string> names)
            {
                ulong mask = 0;
                foreach (var name in names)
                {
                    if (!caps.TryGetValue(name, out int c))
                    {
                        c = caps.Count;
                        caps.Add(name, c);
                    }

                    mask |= 1UL << c;
                }

                return mask;
            }

            _needs = s.Activities.Select(a => Mask(a.Requires)).ToArray();
            _holds = s.Members.Select(m => Mask(m.Capabilities)).ToArray();
            _ideal = s.Activities.Select(a => a.IdealScale).ToArray();
            _workload = s.Activities.Select(a => a.Workload ?? 0).ToArray();
            _hasWorkload = _workload.Any(w => w > 0);
            _memberScale = s.Members.Select(m => m.Scale).ToArray();
            _hours = s.Members.Select(m => m.Hours ?? double.PositiveInfinity).ToArray();
            _maxTeams = s.Members.Select(m => m.MaxTeams).ToArray();

            _fixed = new Scale?[_n];
            _group = Enumerable.Range(0, _n).ToArray();
            _apart = new bool[_n, _n];
            _requiredMask = new int[_n];
            _excludedMask = new int[_n];
            if (ignoreRules)
            {
                return;
            }

            foreach (var rule in s.Rules)
            {
                switch (rule)
                {
                    case TogetherRule t:
                        var ids = t.Activities.Select(s.IndexOfActivity).ToList();
                        int target = _group[ids[0]];
                        foreach (int a in ids)
                        {
                            int old = _group[a];
                            for (int b = 0; b < _n; b++)
                            {
                                if (_group[b] == old)
                                {
                                    _group[b] = target;
                                }
                            }
                        }

                        break;
                    case ApartRule ar:
                        foreach (var x in ar.Activities)
                        {
                            foreach (var y in ar.Activities)
                            {
                                if (x != y)
                                {
                                    _apart[s.IndexOfActivity(x), s.IndexOfActivity(y)] = true;
                                }
                            }
                        }

                        break;
                    case FixedScaleRule f:
                        int fa = s.IndexOfActivity(f.Activity);
                        if (_fixed[fa] is { } earlier && earlier != f.Scale)
                        {
                            _contradiction = true;
                        }

                        _fixed[fa] = f.Scale;
                        break;
                    case MemberRequiredRule r:
                        _requiredMask[s.IndexOfActivity(r.Activity)] |= 1 << s.IndexOfMember(r.Member);
                        break;
                    case MemberExcludedRule x:
                        _excludedMask[s.IndexOfActivity(x.Activity)] |= 1 << s.IndexOfMember(x.Member);
                        break;
                }
            }
        }

        internal OracleResult Run()
        {
            if (_contradiction)
            {
                return new OracleResult(false, 0, null, null);
            }

            Assign(0, 0, 0);
            return _bestBlocks is null
                ? new OracleResult(false, 0, null, null)
                : new OracleResult(true, _best, _bestBlocks, _bestTeams);
        }

        private void Assign(int a, int blocks, double cut)
        {
            if (a == _n)
            {
                if (TryStaff(blocks, out var teams))
                {
                    _best = cut;
                    _bestBlocks = (int[])_blockOf.Clone();
                    _bestTeams = teams;
                }

                return;
            }

            for (int b = 0; b <= blocks; b++)
            {
                if (!Allowed(a, b))
                {
                    continue;
                }

                double added = 0;
                for (int c = 0; c < a; c++)
                {
                    if (_blockOf[c] != b)
                    {
                        added += _w[a, c];
                    }
                }

                if (cut + added >= _best - 1e-9)
                {
                    continue;
                }

                _blockOf[a] = b;
                if (!CouldStaff(a, b))
                {
                    continue;
                }

                Assign(a + 1, b == blocks ? blocks + 1 : blocks, cut + added);
            }
        }

        private bool Allowed(int a, int b)
        {
            for (int c = 0; c < a; c++)
            {
                bool same = _blockOf[c] == b;
                if (same && _apart[a, c])
                {
                    return false;
                }

                if (_group[c] == _group[a] && !same)
                {
                    return false;
                }

                if (same && _fixed[a] is { } fa && _fixed[c] is { } fc && fa != fc)
                {
                    return false;
                }
            }

            return true;
        }

        // Necessary condition that only gets stronger as activities join the block: members not excluded from the
        // block could hold every capability, include every required member, and reach the team minimum.
        private bool CouldStaff(int upTo, int b)
        {
            ulong needs = 0;
            int required = 0, excluded = 0;
            for (int c = 0; c <= upTo; c++)
            {
                if (_blockOf[c] == b)
                {
                    needs |= _needs[c];
                    required |= _requiredMask[c];
                    excluded |= _excludedMask[c];
                }
            }

            ulong held = 0;
            int candidates = 0;
            for (int m = 0; m < _members; m++)
            {
                if ((excluded >> m & 1) == 0)
                {
                    held |= _holds[m];
                    candidates++;
                }
            }

            return (needs & ~held) == 0 && (required & excluded) == 0 && BitCount(required) <= _max && candidates >= _min;
        }

        private bool TryStaff(int blocks, out int[][]? teams)
        {
            teams = null;
            var needs = new ulong[blocks];
            var required = new int[blocks];
            var eligible = new int[blocks];
            var workload = new double[blocks];
            for (int b = 0; b < blocks; b++)
            {
                Scale? fixedScale = null;
                var smallest = Scale.SupraLocalRegion;
                int excluded = 0;
                for (int a = 0; a < _n; a++)
                {
                    if (_blockOf[a] != b)
                    {
                        continue;
                    }

                    needs[b] |= _needs[a];
                    required[b] |= _requiredMask[a];
                    excluded |= _excludedMask[a];
                    workload[b] += _workload[a];
                    fixedScale ??= _fixed[a];
                    if (_ideal[a] < smallest)
                    {
                        smallest = _ideal[a];
                    }
                }

                var scale = fixedScale ?? smallest;
                ulong held = 0;
                for (int m = 0; m < _members; m++)
                {
                    if (_memberScale[m] >= scale && (excluded >> m & 1) == 0)
                    {
                        eligible[b] |= 1 << m;
                        held |= _holds[m];
                    }
                }

                if ((needs[b] & ~held) != 0 || (required[b] & ~eligible[b]) != 0 || BitCount(eligible[b]) < _min)
                {
                    return false;
                }
            }

            var chosen = new int[blocks];
            var usage = new int[_members];
            if (!StaffBlock(0, blocks, needs, required, eligible, workload, chosen, usage))
            {
                return false;
            }

            teams = chosen.Select(mask => Enumerable.Range(0, _members).Where(m => (mask >> m & 1) != 0).ToArray()).ToArray();
            return true;
        }

        private bool StaffBlock(int b, int blocks, ulong[] needs, int[] required, int[] eligible, double[] workload, int[] chosen, int[] usage)
        {
            if (b == blocks)
            {
                return !_hasWorkload || MaxFlow.Covers(
                    _hours,
                    workload,
                    chosen.Select(mask => (IReadOnlyList<int>)Enumerable.Range(0, _members).Where(m => (mask >> m & 1) != 0).ToList()).ToList());
            }

            var pool = Enumerable.Range(0, _members).Where(m => (eligible[b] >> m & 1) != 0).ToArray();
            var suffixCaps = new ulong[pool.Length + 1];
            for (int i = pool.Length - 1; i >= 0; i--)
            {
                suffixCaps[i] = suffixCaps[i + 1] | _holds[pool[i]];
            }

            return Pick(0, 0, 0);

            bool Pick(int i, int team, ulong caps)
            {
                int size = BitCount(team);
                if (i == pool.Length)
                {
                    if (size < _min || (needs[b] & ~caps) != 0 || (required[b] & ~team) != 0)
                    {
                        return false;
                    }

                    chosen[b] = team;
                    return StaffBlock(b + 1, blocks, needs, required, eligible, workload, chosen, usage);
                }

                if ((needs[b] & ~(caps | suffixCaps[i])) != 0 || size + (pool.Length - i) < _min)
                {
                    return false;
                }

                int m = pool[i];
                if (size < _max && usage[m] < _maxTeams[m])
                {
                    usage[m]++;
                    bool found = Pick(i + 1, team | 1 << m, caps | _holds[m]);
                    usage[m]--;
                    if (found)
                    {
                        return true;
                    }
                }

                return (required[b] >> m & 1) == 0 && Pick(i + 1, team, caps);
            }
        }

        private static int BitCount(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);
    }
}
