using Ontwar.Modeling;
using Ontwar.Solving.Staffing;

namespace Ontwar.Solving.Heuristic;

/// <summary>One package during local search: its units, what they ask of a team, and its team.</summary>
internal sealed class Block
{
    internal Block(int index) => Index = index;

    /// <summary>The block's position in <see cref="PlanState.Blocks"/>.</summary>
    internal int Index { get; }

    internal List<int> Units { get; } = [];

    /// <summary>How many of the block's units require each capability.</summary>
    internal Dictionary<int, int> CapabilityCount { get; } = [];

    internal int[] IdealCount { get; } = new int[5];

    internal int[] FixedCount { get; } = new int[5];

    internal double Workload { get; set; }

    internal Dictionary<int, int> Required { get; } = [];

    internal Dictionary<int, int> Excluded { get; } = [];

    internal List<int> Team { get; set; } = [];

    internal bool Alive => Units.Count > 0;

    /// <summary>The scale policy on the block's units, or -1 when its fixed scales disagree.</summary>
    internal int Scale()
    {
        int fixedScale = -1;
        for (int s = 0; s < 5; s++)
        {
            if (FixedCount[s] > 0)
            {
                if (fixedScale >= 0)
                {
                    return -1;
                }

                fixedScale = s;
            }
        }

        if (fixedScale >= 0)
        {
            return fixedScale;
        }

        for (int s = 0; s < 5; s++)
        {
            if (IdealCount[s] > 0)
            {
                return s;
            }
        }

        return 0;
    }
}

/// <summary>
/// A complete staffed plan under local search: the block of every unit, every block's team, each member's team count,
/// and the cut weight, all kept up to date move by move.
/// </summary>
internal sealed class PlanState
{
    private readonly PackagingModel _model;
    private readonly Units _units;
    private readonly int _lo;
    private readonly int _hi;
    private readonly int[][] _unitCaps;
    private readonly int[] _unitIdeal;
    private readonly int[] _unitFixed;
    private readonly double[] _unitWorkload;
    private readonly int[][] _unitRequired;
    private readonly int[][] _unitExcluded;
    private readonly double[] _share;
    private readonly int[] _memberScale;
    private readonly int[] _maxTeams;
    private readonly int[] _demandScore;
    private readonly SortedSet<(int Score, double NegShare, int Member)>[] _free;
    private readonly int[] _loadDelta;
    private readonly List<int> _touched = [];
    private double[] _scratch;
    private readonly List<int> _scratchTouched = [];
    private readonly Stack<int> _emptied = new();
    private readonly List<int>?[] _teamsOf;

    internal PlanState(PackagingModel model, Units units)
    {
        _model = model;
        _units = units;
        _lo = model.TeamSize.Min;
        _hi = model.TeamSize.Max;
        int n = units.Count;
        _unitCaps = new int[n][];
        _unitIdeal = new int[n];
        _unitFixed = new int[n];
        _unitWorkload = new double[n];
        _unitRequired = new int[n][];
        _unitExcluded = new int[n][];
        var needing = new int[model.CapabilityNames.Count];
        for (int u = 0; u < n; u++)
        {
            var acts = units.Activities[u];
            _unitCaps[u] = acts.SelectMany(a => model.RequiredCapabilities(a).ToArray()).Distinct().Order().ToArray();
            _unitIdeal[u] = acts.Min(a => (int)model.IdealScale(a));
            _unitFixed[u] = acts.Select(a => model.FixedScale(a)).FirstOrDefault(f => f is not null) is { } f ? (int)f : -1;
            _unitWorkload[u] = acts.Sum(model.Workload);
            _unitRequired[u] = acts.SelectMany(a => model.RequiredMembers(a).ToArray()).Distinct().Order().ToArray();
            _unitExcluded[u] = acts.SelectMany(a => model.ExcludedMembers(a).ToArray()).Distinct().Order().ToArray();
            foreach (int c in _unitCaps[u])
            {
                needing[c]++;
            }
        }

        int members = model.MemberCount;
        _share = new double[members];
        _memberScale = new int[members];
        _maxTeams = new int[members];
        _demandScore = new int[members];
        Load = new int[members];
        _loadDelta = new int[members];
        _free = new SortedSet<(int, double, int)>[5];
        for (int s = 0; s < 5; s++)
        {
            _free[s] = [];
        }

        for (int m = 0; m < members; m++)
        {
            _share[m] = model.Hours(m) / model.MaxTeams(m);
            _memberScale[m] = (int)model.MemberScale(m);
            _maxTeams[m] = model.MaxTeams(m);
            foreach (int c in model.HeldCapabilities(m))
            {
                _demandScore[m] += needing[c];
            }

            _free[_memberScale[m]].Add(Key(m));
        }

        _teamsOf = new List<int>?[members];
        BlockOf = new int[n];
        Blocks = [];
        _scratch = new double[Math.Max(1, n)];
    }

    internal int[] BlockOf { get; }

    internal List<Block> Blocks { get; }

    internal int[] Load { get; }

    internal double Cut { get; private set; }

    internal int UnitCount => _units.Count;

    internal Units Units => _units;

    /// <summary>The capabilities unit <paramref name="u"/> requires, ascending.</summary>
    internal int[] UnitCapabilities(int u) => _unitCaps[u];

    /// <summary>The blocks whose teams member <paramref name="m"/> is in.</summary>
    internal IReadOnlyList<int> TeamsOf(int m) => _teamsOf[m] ?? (IReadOnlyList<int>)[];

    /// <summary>Teams member <paramref name="m"/> may still join.</summary>
    internal int Spare(int m) => _maxTeams[m] - Load[m];

    /// <summary>The hours member <paramref name="m"/> gives each of their teams (hours split evenly, as everywhere in the heuristic).</summary>
    internal double Share(int m) => _share[m];

    /// <summary>What block <paramref name="b"/> asks of a team, or null when its fixed scales disagree.</summary>
    internal PackageDemand? Demand(Block b)
    {
        int scale = b.Scale();
        return scale < 0 ? null : new PackageDemand(
            [.. b.CapabilityCount.Keys.Order()], (Scale)scale, b.Workload, [.. b.Required.Keys.Order()], [.. b.Excluded.Keys.Order()]);
    }

    /// <summary>Members with a team to spare who work at <paramref name="scale"/> or larger, least wanted first, at most <paramref name="count"/>.</summary>
    internal IEnumerable<int> FreeMembers(int scale, int count)
    {
        for (int s = scale; s < 5 && count > 0; s++)
        {
            foreach (var entry in _free[s])
            {
                if (count-- <= 0)
                {
                    yield break;
                }

                yield return entry.Member;
            }
        }
    }

    /// <summary>Puts every unit in a block of its own, without teams.</summary>
    internal void InitSingletons()
    {
        Blocks.Clear();
        for (int u = 0; u < _units.Count; u++)
        {
            var b = new Block(Blocks.Count);
            Blocks.Add(b);
            AddUnit(b, u);
            BlockOf[u] = u;
        }

        Cut = _units.Graph.TotalWeight;
    }

    /// <summary>Rebuilds the state from a saved assignment and teams.</summary>
    internal void Restore(int[] blockOf, List<int>[] teams)
    {
        foreach (var b in Blocks)
        {
            foreach (int m in b.Team)
            {
                Release(m, b.Index);
            }
        }

        Blocks.Clear();
        _emptied.Clear();
        for (int i = 0; i < teams.Length; i++)
        {
            Blocks.Add(new Block(Blocks.Count));
        }

        for (int u = 0; u < blockOf.Length; u++)
        {
            BlockOf[u] = blockOf[u];
            AddUnit(Blocks[blockOf[u]], u);
        }

        for (int i = 0; i < teams.Length; i++)
        {
            foreach (int m in teams[i])
            {
                Take(m, i);
            }

            Blocks[i].Team = [.. teams[i]];
            if (!Blocks[i].Alive)
            {
                _emptied.Push(i);
            }
        }

        Cut = ComputeCut();
    }

    internal (int[] BlockOf, List<int>[] Teams) Snapshot()
        => ((int[])BlockOf.Clone(), Blocks.Select(b => new List<int>(b.Team)).ToArray());

    internal double ComputeCut()
    {
        double cut = 0;
        var g = _units.Graph;
        for (int u = 0; u < g.VertexCount; u++)
        {
            var nb = g.Neighbours(u);
            var w = g.Weights(u);
            for (int k = 0; k < nb.Length; k++)
            {
                if (nb[k] > u && BlockOf[nb[k]] != BlockOf[u])
                {
                    cut += w[k];
                }
            }
        }

        return cut;
    }

    /// <summary>Connection weights from unit <paramref name="u"/> to each block it touches; read with <see cref="ScratchTouched"/>.</summary>
    internal void Connections(int u)
    {
        // Blocks opened by NewBlock can outnumber the units; the scratch row grows with them.
        if (_scratch.Length < Blocks.Count)
        {
            Array.Resize(ref _scratch, Math.Max(Blocks.Count, 2 * _scratch.Length));
        }

        foreach (int b in _scratchTouched)
        {
            _scratch[b] = 0;
        }

        _scratchTouched.Clear();
        var nb = _units.Graph.Neighbours(u);
        var w = _units.Graph.Weights(u);
        for (int k = 0; k < nb.Length; k++)
        {
            int b = BlockOf[nb[k]];
            if (_scratch[b] == 0)
            {
                _scratchTouched.Add(b);
            }

            _scratch[b] += w[k];
        }
    }

    internal List<int> ScratchTouched => _scratchTouched;

    internal double ScratchWeight(int block) => _scratch[block];

    /// <summary>Whether unit <paramref name="u"/> may join block <paramref name="block"/> under apart and fixed-scale rules.</summary>
    internal bool UnitFits(int u, int block)
    {
        foreach (int p in _units.ApartPartners[u])
        {
            if (BlockOf[p] == block)
            {
                return false;
            }
        }

        return FixedCompatible(u, Blocks[block]);
    }

    internal bool FixedCompatible(int u, Block b)
    {
        if (_unitFixed[u] < 0)
        {
            return true;
        }

        for (int s = 0; s < 5; s++)
        {
            if (b.FixedCount[s] > 0 && s != _unitFixed[u])
            {
                return false;
            }
        }

        return true;
    }

    internal void AddUnit(Block b, int u)
    {
        b.Units.Add(u);
        foreach (int c in _unitCaps[u])
        {
            b.CapabilityCount[c] = b.CapabilityCount.GetValueOrDefault(c) + 1;
        }

        b.IdealCount[_unitIdeal[u]]++;
        if (_unitFixed[u] >= 0)
        {
            b.FixedCount[_unitFixed[u]]++;
        }

        b.Workload += _unitWorkload[u];
        foreach (int m in _unitRequired[u])
        {
            b.Required[m] = b.Required.GetValueOrDefault(m) + 1;
        }

        foreach (int m in _unitExcluded[u])
        {
            b.Excluded[m] = b.Excluded.GetValueOrDefault(m) + 1;
        }
    }

    internal void RemoveUnit(Block b, int u)
    {
        int i = b.Units.IndexOf(u);
        b.Units[i] = b.Units[^1];
        b.Units.RemoveAt(b.Units.Count - 1);
        foreach (int c in _unitCaps[u])
        {
            Decrement(b.CapabilityCount, c);
        }

        b.IdealCount[_unitIdeal[u]]--;
        if (_unitFixed[u] >= 0)
        {
            b.FixedCount[_unitFixed[u]]--;
        }

        b.Workload -= _unitWorkload[u];
        foreach (int m in _unitRequired[u])
        {
            Decrement(b.Required, m);
        }

        foreach (int m in _unitExcluded[u])
        {
            Decrement(b.Excluded, m);
        }
    }

    /// <summary>Moves a unit between blocks (aggregates and cut), leaving teams to the caller.</summary>
    internal void Relocate(int u, int from, int to)
    {
        Connections(u);
        Cut += ScratchWeight(from) - ScratchWeight(to);
        RemoveUnit(Blocks[from], u);
        AddUnit(Blocks[to], u);
        BlockOf[u] = to;
        if (!Blocks[from].Alive)
        {
            _emptied.Push(from);
        }
    }

    internal int NewBlock()
    {
        while (_emptied.Count > 0)
        {
            int i = _emptied.Pop();
            if (!Blocks[i].Alive && Blocks[i].Team.Count == 0)
            {
                return i;
            }
        }

        Blocks.Add(new Block(Blocks.Count));
        return Blocks.Count - 1;
    }

    /// <summary>Marks members as released by their current block before composing new teams (undone by <see cref="ClearDeltas"/>).</summary>
    internal void ReleaseVirtually(IEnumerable<int> members)
    {
        foreach (int m in members)
        {
            if (_loadDelta[m] == 0)
            {
                _touched.Add(m);
            }

            _loadDelta[m]--;
        }
    }

    internal void TakeVirtually(IEnumerable<int> members)
    {
        foreach (int m in members)
        {
            if (_loadDelta[m] == 0)
            {
                _touched.Add(m);
            }

            _loadDelta[m]++;
        }
    }

    internal void ClearDeltas()
    {
        foreach (int m in _touched)
        {
            _loadDelta[m] = 0;
        }

        _touched.Clear();
    }

    /// <summary>Replaces a block's team, updating member loads and the free pools.</summary>
    internal void SetTeam(Block b, List<int> team)
    {
        foreach (int m in b.Team)
        {
            Release(m, b.Index);
        }

        foreach (int m in team)
        {
            Take(m, b.Index);
        }

        b.Team = team;
    }

    /// <summary>
    /// A team for the block that meets every constraint, keeping preferred members where they help, or null. Member
    /// availability counts the virtual releases and takes made so far.
    /// </summary>
    internal List<int>? ComposeTeam(Block b, IReadOnlyList<int> preferred)
    {
        int scale = b.Scale();
        if (scale < 0 || b.Required.Count > _hi)
        {
            return null;
        }

        var team = new List<int>(_hi);
        var inTeam = new HashSet<int>();
        bool Available(int m) => !inTeam.Contains(m) && Load[m] + _loadDelta[m] < _maxTeams[m]
                                 && _memberScale[m] >= scale && !b.Excluded.ContainsKey(m);
        void Add(int m)
        {
            team.Add(m);
            inTeam.Add(m);
        }

        foreach (int m in b.Required.Keys.Order())
        {
            if (!Available(m))
            {
                return null;
            }

            Add(m);
        }

        // Cover: preferred members first, then holders of the rarest uncovered capability.
        var uncovered = new HashSet<int>(b.CapabilityCount.Keys);
        foreach (int m in team)
        {
            CapabilityCover.Cover(_model, m, uncovered);
        }

        while (uncovered.Count > 0)
        {
            if (team.Count >= _hi)
            {
                return null;
            }

            int best = -1, bestGain = 0;
            foreach (int m in preferred)
            {
                if (Available(m))
                {
                    int gain = CapabilityCover.Gain(_model, m, uncovered);
                    if (gain > bestGain)
                    {
                        best = m;
                        bestGain = gain;
                    }
                }
            }

            if (best < 0)
            {
                int rare = CapabilityCover.Rarest(_model, uncovered);

                int scanned = 0, bestScore = int.MaxValue;
                foreach (int m in _model.HoldersOf(rare))
                {
                    if (!Available(m))
                    {
                        continue;
                    }

                    int gain = CapabilityCover.Gain(_model, m, uncovered);
                    if (gain > bestGain || (gain == bestGain && _demandScore[m] < bestScore))
                    {
                        best = m;
                        bestGain = gain;
                        bestScore = _demandScore[m];
                    }

                    if (++scanned >= 64)
                    {
                        break;
                    }
                }
            }

            if (best < 0)
            {
                return null;
            }

            Add(best);
            CapabilityCover.Cover(_model, best, uncovered);
        }

        // Fill to the minimum: preferred members, then members holding a needed capability, then the free pool.
        foreach (int m in preferred)
        {
            if (team.Count >= _lo)
            {
                break;
            }

            if (Available(m))
            {
                Add(m);
            }
        }

        if (team.Count < _lo)
        {
            foreach (int c in b.CapabilityCount.Keys.Order())
            {
                int scanned = 0;
                foreach (int m in _model.HoldersOf(c))
                {
                    if (team.Count >= _lo || ++scanned > 16)
                    {
                        break;
                    }

                    if (Available(m))
                    {
                        Add(m);
                    }
                }

                if (team.Count >= _lo)
                {
                    break;
                }
            }
        }

        for (int s = scale; s < 5 && team.Count < _lo; s++)
        {
            foreach (var entry in _free[s])
            {
                if (team.Count >= _lo)
                {
                    break;
                }

                if (Available(entry.Member))
                {
                    Add(entry.Member);
                }
            }
        }

        if (team.Count < _lo)
        {
            return null;
        }

        // Hours: add the members with the most hours left until the workload is covered.
        if (b.Workload > 0)
        {
            double hours = team.Sum(m => _share[m]);
            while (hours < b.Workload - 1e-9)
            {
                if (team.Count >= _hi)
                {
                    return null;
                }

                int best = -1;
                foreach (int m in preferred)
                {
                    if (Available(m) && (best < 0 || _share[m] > _share[best]))
                    {
                        best = m;
                    }
                }

                // Holders of a capability the package needs come before anyone from the free pool.
                if (best < 0)
                {
                    foreach (int c in b.CapabilityCount.Keys)
                    {
                        int scanned = 0;
                        foreach (int m in _model.HoldersOf(c))
                        {
                            if (Available(m) && (best < 0 || _share[m] > _share[best]))
                            {
                                best = m;
                            }

                            if (++scanned >= 16)
                            {
                                break;
                            }
                        }
                    }
                }

                for (int s = scale; s < 5 && best < 0; s++)
                {
                    int scanned = 0;
                    foreach (var entry in _free[s])
                    {
                        if (Available(entry.Member) && (best < 0 || _share[entry.Member] > _share[best]))
                        {
                            best = entry.Member;
                        }

                        if (++scanned >= 64)
                        {
                            break;
                        }
                    }
                }

                if (best < 0)
                {
                    return null;
                }

                Add(best);
                hours += _share[best];
            }
        }

        team.Sort();
        return team;
    }

    /// <summary>Whether a block's team meets every constraint (the engine's own final check).</summary>
    internal bool TeamValid(Block b)
    {
        int scale = b.Scale();
        var team = b.Team;
        if (scale < 0 || team.Count < _lo || team.Count > _hi || team.Distinct().Count() != team.Count)
        {
            return false;
        }

        var held = new HashSet<int>();
        double hours = 0;
        foreach (int m in team)
        {
            if (_memberScale[m] < scale || b.Excluded.ContainsKey(m))
            {
                return false;
            }

            CapabilityCover.AddHeld(_model, m, held);
            hours += _share[m];
        }

        return b.CapabilityCount.Keys.All(held.Contains) && b.Required.Keys.All(team.Contains) && hours >= b.Workload - 1e-9;
    }

    internal bool LoadsValid()
    {
        for (int m = 0; m < Load.Length; m++)
        {
            if (Load[m] > _maxTeams[m])
            {
                return false;
            }
        }

        return true;
    }

    private void Take(int m, int block)
    {
        if (Load[m] + 1 == _maxTeams[m])
        {
            _free[_memberScale[m]].Remove(Key(m));
        }

        Load[m]++;
        (_teamsOf[m] ??= []).Add(block);
    }

    private void Release(int m, int block)
    {
        if (Load[m] == _maxTeams[m])
        {
            _free[_memberScale[m]].Add(Key(m));
        }

        Load[m]--;
        _teamsOf[m]!.Remove(block);
    }

    private (int, double, int) Key(int m) => (_demandScore[m], -Math.Min(_share[m], 1e12), m);

    private static void Decrement(Dictionary<int, int> counts, int key)
    {
        int c = counts[key] - 1;
        if (c == 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = c;
        }
    }
}
