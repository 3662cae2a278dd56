using System.Diagnostics;
using Ontwar.Diagnostics;
using Ontwar.Modeling;
using Ontwar.Solving.Staffing;

namespace Ontwar.Solving.Heuristic;

/// <summary>One run of the heuristic engine (see <see cref="HeuristicEngine"/>).</summary>
internal sealed class LocalSearch
{
    private const double Tolerance = 1e-9;

    private readonly PackagingModel _model;
    private readonly SolverOptions _options;
    private readonly Stopwatch _clock;
    private readonly TimeSpan _deadline;
    private readonly CancellationToken _token;
    private readonly Random _random;
    private readonly Units _units;
    private readonly PlanState _state;
    private readonly int _hi;
    private TimeSpan _lastProgress;
    private string? _lastPhase;
    private bool _stopped;
    private readonly IPackagingEngine _neighbourhoodSolver;
    private int[]? _capacity;
    private double[]? _hours;

    /// <summary>Region sizes the repair tries around a block without a team: 3, 6, 12 and 24 blocks.</summary>
    private const int RestaffRounds = 4;

    /// <summary>Rounds of <see cref="RepairUnstaffed"/>: region sizes, then search budgets, grow round by round.</summary>
    private const int RepairRounds = 4;

    /// <summary>Search budget of one joint re-staffing in the first round.</summary>
    private const long RestaffNodeLimit = 20_000;

    internal LocalSearch(PackagingModel model, SolverOptions options, Stopwatch clock, TimeSpan deadline, CancellationToken token, IPackagingEngine neighbourhoodSolver)
    {
        _neighbourhoodSolver = neighbourhoodSolver;
        _model = model;
        _options = options;
        _clock = clock;
        _deadline = deadline;
        _token = token;
        _random = new Random(options.Seed);
        _units = Units.Build(model);
        _state = new PlanState(model, _units);
        _hi = model.TeamSize.Max;
    }

    internal SolveResult Run(string engine)
    {
        if (_units.Count == 0)
        {
            return new SolveResult(SolveStatus.Optimal, engine, new Plans.Plan([]), 0, 0, _clock.Elapsed);
        }

        double bound = TrivialBound();
        bool built = Construct();
        var lns = new LargeNeighbourhoodSearch(_model, _state, _neighbourhoodSolver, _options.Seed, _clock, _deadline, Stop, _token);
        if (!built && !Stop() && LargeNeighbourhoodSearch.Applies(_units))
        {
            // What the greedy repair could not staff, the exact sub-solver may: it re-partitions the neighbourhood too.
            Report("repair");
            built = lns.Repair();
        }

        if (!built || Stop() && _state.Blocks.Any(b => b.Alive && b.Team.Count == 0))
        {
            var reason = Stop()
                ? "The time limit or cancellation stopped the heuristic before it had a plan in which every package has a team."
                : "The heuristic found no plan in which every package has a team; try the exact engine, which can prove infeasibility.";
            return new SolveResult(SolveStatus.Unknown, engine, null, null, bound, _clock.Elapsed, [Diagnostic.Warning("no-plan-found", reason)]);
        }

        Report("construct");
        SolverLog.Incumbent(SolverLog.For(_options), "ontwar-heuristic", _state.Cut, bound, _clock.Elapsed.TotalMilliseconds);
        Improve();
        var best = _state.Snapshot();
        double bestCut = _state.Cut;
        int rounds = Rounds();
        for (int round = 0; round < rounds && !Stop(); round++)
        {
            if (bestCut <= bound + Tolerance)
            {
                break;
            }

            var seeds = Perturb();
            Improve(seeds);
            if (_state.Cut < bestCut - Tolerance)
            {
                best = _state.Snapshot();
                bestCut = _state.Cut;
                Report("improve");
            }
            else if (_state.Cut > bestCut + Tolerance || round % 8 == 7)
            {
                _state.Restore(best.BlockOf, best.Teams);
            }
        }

        _state.Restore(best.BlockOf, best.Teams);
        if (!Stop() && bestCut > bound + Tolerance && LargeNeighbourhoodSearch.Applies(_units))
        {
            Report("neighbourhoods");
            lns.Improve();
        }

        if (!Verify())
        {
            return new SolveResult(SolveStatus.Unknown, engine, null, null, bound, _clock.Elapsed,
                [Diagnostic.Warning("internal-check-failed", "The heuristic's plan failed its own final check and was withheld.")]);
        }

        var plan = ToPlan();
        double cut = _state.ComputeCut();
        var status = cut <= bound + Tolerance ? SolveStatus.Optimal : SolveStatus.Feasible;
        return new SolveResult(status, engine, plan, cut, Math.Min(bound, cut), _clock.Elapsed);
    }

    /// <summary>A proven lower bound: links between activity groups that rules keep apart are always cut.</summary>
    private double TrivialBound()
    {
        double bound = 0;
        var g = _units.Graph;
        for (int u = 0; u < _units.Count; u++)
        {
            foreach (int v in _units.ApartPartners[u])
            {
                if (v > u)
                {
                    bound += g.Weight(u, v);
                }
            }
        }

        return bound;
    }

    /// <summary>Perturbation rounds: many for small scenarios, few for large ones; never a function of time.</summary>
    private int Rounds() => _units.Count switch
    {
        <= 60 => 300,
        <= 1_000 => 60,
        <= 10_000 => 12,
        _ => 3,
    };

    private bool Stop()
    {
        if (!_stopped && (_token.IsCancellationRequested || _clock.Elapsed >= _deadline))
        {
            _stopped = true;
        }

        return _stopped;
    }

    private bool Construct()
    {
        _state.InitSingletons();
        Report("merge");
        MergeAlongHeaviestLinks();
        Report("staff");
        var order = Enumerable.Range(0, _state.Blocks.Count)
            .Where(b => _state.Blocks[b].Alive)
            .OrderByDescending(b => _state.Blocks[b].CapabilityCount.Count)
            .ThenBy(b => _state.Blocks[b].Scale())
            .ThenBy(b => b)
            .ToList();
        var unstaffed = new List<int>();
        foreach (int b in order)
        {
            if (Stop())
            {
                return false;
            }

            var block = _state.Blocks[b];
            var team = _state.ComposeTeam(block, []);
            _state.ClearDeltas();
            if (team is null)
            {
                unstaffed.Add(b);
            }
            else
            {
                _state.SetTeam(block, team);
            }
        }

        // Repair, not abandon: a block the greedy staffing left without a team first gets one by re-staffing it together
        // with the teams that hold its scarce capabilities; only then are its units spread over other packages.
        foreach (int b in unstaffed)
        {
            if (Stop())
            {
                return false;
            }

            bool done = false;
            for (int size = 0; size < RestaffRounds && !done; size++)
            {
                done = _state.Blocks[b].Team.Count > 0 || Restaff(b, size);
            }

            if (!done)
            {
                Dissolve(b);
            }
        }

        return RepairUnstaffed();
    }

    /// <summary>
    /// Gives every block still without a team one: re-staffing ever larger regions around it with ever larger search
    /// budgets, or moving its units one by one into a neighbouring package whose region is then re-staffed, for as long
    /// as time allows and the rounds (whose number depends only on the scenario) last.
    /// </summary>
    private bool RepairUnstaffed()
    {
        for (int round = 0; round < RepairRounds; round++)
        {
            var open = Enumerable.Range(0, _state.Blocks.Count).Where(b => _state.Blocks[b].Alive && _state.Blocks[b].Team.Count == 0).ToList();
            if (open.Count == 0)
            {
                return true;
            }

            int size = Math.Min(round, RestaffRounds - 1);
            foreach (int b in open)
            {
                if (Stop())
                {
                    return false;
                }

                if (!_state.Blocks[b].Alive || _state.Blocks[b].Team.Count > 0 || Restaff(b, size, round))
                {
                    continue;
                }

                foreach (int u in _state.Blocks[b].Units.ToArray())
                {
                    _state.Connections(u);
                    var targets = _state.ScratchTouched.Where(t => t != b && _state.Blocks[t].Team.Count > 0)
                        .OrderByDescending(_state.ScratchWeight).ThenBy(t => t).Take(4).ToList();
                    foreach (int t in targets)
                    {
                        if (Stop())
                        {
                            return false;
                        }

                        if (!_state.UnitFits(u, t))
                        {
                            continue;
                        }

                        _state.Relocate(u, b, t);
                        if (Restaff(t, size, round) || Eject(u, t, b, round))
                        {
                            break;
                        }

                        _state.Relocate(u, t, b);
                    }
                }

                // What is left of the block, if anything, may now fit a team of its own.
                if (_state.Blocks[b].Alive)
                {
                    Dissolve(b);
                }
            }
        }

        return _state.Blocks.All(b => !b.Alive || b.Team.Count > 0);
    }

    /// <summary>
    /// After unit <paramref name="u"/> joined block <paramref name="t"/> and no team could take the block on, sends a unit
    /// of <paramref name="t"/> less tied to it than <paramref name="u"/> to the open block <paramref name="open"/> instead,
    /// when that lets the region around <paramref name="t"/> be re-staffed. Each such exchange lowers the cut, so the
    /// repair cannot cycle.
    /// </summary>
    private bool Eject(int u, int t, int open, int round)
    {
        _state.Connections(u);
        double home = _state.ScratchWeight(t);
        var candidates = new List<(double Tie, int Unit)>();
        foreach (int w in _state.Blocks[t].Units)
        {
            if (w == u || !_state.UnitFits(w, open))
            {
                continue;
            }

            _state.Connections(w);
            double tie = _state.ScratchWeight(t) - _state.ScratchWeight(open);
            if (tie < home - Tolerance)
            {
                candidates.Add((tie, w));
            }
        }

        candidates.Sort();
        foreach (var (_, w) in candidates.Take(3))
        {
            if (Stop())
            {
                return false;
            }

            _state.Relocate(w, t, open);
            if (Restaff(t, 0, round))
            {
                return true;
            }

            _state.Relocate(w, open, t);
        }

        return false;
    }

    /// <summary>
    /// Re-staffs block <paramref name="b"/> together with the staffed blocks whose members could serve it (holders of
    /// the capabilities the region needs), from their members and the free ones, with the complete staffer. The region
    /// holds up to <c>3 × 2^size</c> blocks; the search budget doubles with <paramref name="effort"/>. Teams change only when every block of the region gets a team that the
    /// heuristic's own (evenly split hours) check accepts.
    /// </summary>
    private bool Restaff(int b, int size, int effort = 0)
    {
        var block = _state.Blocks[b];
        if (_state.Demand(block) is null)
        {
            return false;
        }

        int limit = 3 << size;
        var region = new List<int> { b };
        var inRegion = new HashSet<int> { b };
        for (int i = 0; i < region.Count && region.Count < limit; i++)
        {
            var rb = _state.Blocks[region[i]];
            int scale = rb.Scale();
            foreach (int c in rb.CapabilityCount.Keys.Order())
            {
                foreach (int m in _model.HoldersOf(c))
                {
                    if (region.Count >= limit)
                    {
                        break;
                    }

                    if (_state.Spare(m) > 0 || (int)_model.MemberScale(m) < scale || rb.Excluded.ContainsKey(m))
                    {
                        continue;
                    }

                    foreach (int o in _state.TeamsOf(m))
                    {
                        if (region.Count < limit && inRegion.Add(o))
                        {
                            region.Add(o);
                        }
                    }
                }
            }
        }

        var demands = new List<PackageDemand>(region.Count);
        var pool = new HashSet<int>();
        int minScale = 4;
        foreach (int r in region)
        {
            var rb = _state.Blocks[r];
            if (_state.Demand(rb) is not { } demand)
            {
                return false;
            }

            demands.Add(demand);
            minScale = Math.Min(minScale, (int)demand.Scale);
            pool.UnionWith(rb.Team);
            foreach (int c in demand.Capabilities)
            {
                foreach (int m in _model.HoldersOf(c))
                {
                    if (_state.Spare(m) > 0)
                    {
                        pool.Add(m);
                    }
                }
            }
        }

        pool.UnionWith(_state.FreeMembers(minScale, _hi * region.Count).ToList());
        _capacity ??= new int[_model.MemberCount];
        _hours ??= new double[_model.MemberCount];
        foreach (int m in pool)
        {
            _capacity[m] = _state.Spare(m) + _state.TeamsOf(m).Count(inRegion.Contains);
            _hours[m] = _state.Share(m) * _capacity[m];
        }

        var result = Staffer.Solve(_model, demands, _capacity, _hours, RestaffNodeLimit << Math.Min(effort, 4), [.. pool.Order()], Stop);
        if (result.Outcome != StaffingOutcome.Feasible)
        {
            return false;
        }

        var old = region.Select(r => _state.Blocks[r].Team).ToList();
        foreach (int r in region)
        {
            _state.SetTeam(_state.Blocks[r], []);
        }

        for (int i = 0; i < region.Count; i++)
        {
            _state.SetTeam(_state.Blocks[region[i]], [.. result.Teams![i]]);
        }

        if (region.All(r => _state.TeamValid(_state.Blocks[r])) && _state.LoadsValid())
        {
            return true;
        }

        foreach (int r in region)
        {
            _state.SetTeam(_state.Blocks[r], []);
        }

        for (int i = 0; i < region.Count; i++)
        {
            _state.SetTeam(_state.Blocks[region[i]], old[i]);
        }

        return false;
    }

    private void MergeAlongHeaviestLinks()
    {
        var g = _units.Graph;
        var edges = g.Edges().Select(e => (e.Source, e.Target, e.Weight, Tie: _random.Next())).ToList();
        edges.Sort((x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Tie.CompareTo(y.Tie));

        // Merging may take at most a third of the time left: smaller packages staffed in time beat no plan at all.
        var now = _clock.Elapsed;
        var mergeDeadline = _deadline == TimeSpan.MaxValue ? TimeSpan.MaxValue : now + (_deadline - now) / 3;
        int seen = 0;
        foreach (var (u, v, _, _) in edges)
        {
            if ((++seen & 255) == 0 && (Stop() || _clock.Elapsed >= mergeDeadline))
            {
                return;
            }

            int a = _state.BlockOf[u], b = _state.BlockOf[v];
            if (a == b)
            {
                continue;
            }

            var (big, small) = _state.Blocks[a].Units.Count >= _state.Blocks[b].Units.Count ? (a, b) : (b, a);
            if (MayMerge(big, small) && CoverEstimate(big, small) <= _hi)
            {
                foreach (int w in _state.Blocks[small].Units.ToArray())
                {
                    _state.Relocate(w, small, big);
                }
            }
        }
    }

    private bool MayMerge(int big, int small)
    {
        foreach (int w in _state.Blocks[small].Units)
        {
            if (!_state.UnitFits(w, big))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Greedy estimate of the team a merged block would need, ignoring other teams (infinity when uncoverable). Only a
    /// fixed scale restricts the holders: otherwise the block's scale may still drop as activities of smaller scale join,
    /// so filtering by today's scale would refuse merges the final package allows.
    /// </summary>
    private int CoverEstimate(int a, int b)
    {
        var x = _state.Blocks[a];
        var y = _state.Blocks[b];
        int scale = 0;
        for (int s = 0; s < 5; s++)
        {
            if (x.FixedCount[s] > 0 || y.FixedCount[s] > 0)
            {
                scale = s;
            }
        }

        // Fast path: one holder per capability plus the required members already fit in a team.
        if (scale == 0 && x.CapabilityCount.Count + y.CapabilityCount.Count + x.Required.Count + y.Required.Count <= _hi)
        {
            return x.CapabilityCount.Count + y.CapabilityCount.Count + x.Required.Count + y.Required.Count;
        }

        var uncovered = new HashSet<int>(x.CapabilityCount.Keys);
        uncovered.UnionWith(y.CapabilityCount.Keys);
        var required = new HashSet<int>(x.Required.Keys);
        required.UnionWith(y.Required.Keys);
        foreach (int m in required)
        {
            CapabilityCover.Cover(_model, m, uncovered);
        }

        int size = required.Count;
        while (uncovered.Count > 0)
        {
            if (size > _hi)
            {
                return int.MaxValue;
            }

            int rare = CapabilityCover.Rarest(_model, uncovered);
            int best = -1, bestGain = 0, scanned = 0;
            foreach (int m in _model.HoldersOf(rare))
            {
                if ((int)_model.MemberScale(m) < scale || x.Excluded.ContainsKey(m) || y.Excluded.ContainsKey(m))
                {
                    continue;
                }

                int gain = CapabilityCover.Gain(_model, m, uncovered);
                if (gain > bestGain)
                {
                    best = m;
                    bestGain = gain;
                }

                if (++scanned >= 64)
                {
                    break;
                }
            }

            if (best < 0)
            {
                return int.MaxValue;
            }

            CapabilityCover.Cover(_model, best, uncovered);
            size++;
        }

        return size;
    }

    /// <summary>
    /// Moves the units of an unstaffed block into neighbouring staffed blocks, or staffs what is left on its own; a unit
    /// that fits nowhere is left in a block of its own without a team, for <see cref="RepairUnstaffed"/>.
    /// </summary>
    private void Dissolve(int b)
    {
        var block = _state.Blocks[b];
        foreach (int u in block.Units.ToArray())
        {
            _state.Connections(u);
            var targets = _state.ScratchTouched.Where(t => t != b && _state.Blocks[t].Alive && _state.Blocks[t].Team.Count > 0)
                .OrderByDescending(_state.ScratchWeight).ThenBy(t => t).ToList();
            foreach (int t in targets)
            {
                if (TryMoveInto(u, b, t, requireGain: false))
                {
                    break;
                }
            }
        }

        if (!block.Alive)
        {
            return;
        }

        var team = _state.ComposeTeam(block, []);
        _state.ClearDeltas();
        if (team is not null)
        {
            _state.SetTeam(block, team);
            return;
        }

        // Last resort: each remaining unit alone, or into any staffed block that can take it.
        foreach (int u in block.Units.ToArray())
        {
            bool placed = false;
            _state.Connections(u);
            foreach (int t in _state.ScratchTouched.ToArray())
            {
                placed = t != b && _state.Blocks[t].Alive && _state.Blocks[t].Team.Count > 0 && TryMoveInto(u, b, t, requireGain: false);
                if (placed)
                {
                    break;
                }
            }

            // Then the teams holding its capabilities: a unit whose scarce holders (say at supra-local scale) are all in
            // teams elsewhere can still join one of those teams, where a team of its own would fail.
            if (!placed)
            {
                var holding = new SortedSet<int>();
                foreach (int c in _state.UnitCapabilities(u))
                {
                    foreach (int m in _model.HoldersOf(c))
                    {
                        holding.UnionWith(_state.TeamsOf(m));
                    }
                }

                foreach (int t in holding)
                {
                    if (Stop())
                    {
                        break;
                    }

                    placed = t != b && _state.Blocks[t].Alive && TryMoveInto(u, b, t, requireGain: false);
                    if (placed)
                    {
                        break;
                    }
                }
            }

            if (!placed)
            {
                int fresh = _state.NewBlock();
                _state.Relocate(u, b, fresh);
                var solo = _state.ComposeTeam(_state.Blocks[fresh], []);
                _state.ClearDeltas();
                if (solo is not null)
                {
                    _state.SetTeam(_state.Blocks[fresh], solo);
                }
            }
        }
    }

    /// <summary>Moves unit u from block <paramref name="from"/> to <paramref name="to"/> if both teams can be repaired.</summary>
    private bool TryMoveInto(int u, int from, int to, bool requireGain)
    {
        if (!_state.UnitFits(u, to))
        {
            return false;
        }

        var a = _state.Blocks[from];
        var b = _state.Blocks[to];
        double before = _state.Cut;
        _state.Relocate(u, from, to);
        if (requireGain && _state.Cut > before - Tolerance)
        {
            _state.Relocate(u, to, from);
            return false;
        }

        List<int>? teamA;
        if (!a.Alive)
        {
            _state.ReleaseVirtually(a.Team);
            teamA = [];
        }
        else if (a.Team.Count == 0)
        {
            // An unstaffed block (being dissolved) stays unstaffed.
            teamA = [];
        }
        else
        {
            _state.ReleaseVirtually(a.Team);
            teamA = _state.ComposeTeam(a, a.Team);
            if (teamA is not null)
            {
                _state.TakeVirtually(teamA);
            }
        }

        List<int>? teamB = null;
        if (teamA is not null)
        {
            _state.ReleaseVirtually(b.Team);
            teamB = _state.ComposeTeam(b, b.Team);
        }

        _state.ClearDeltas();
        if (teamB is null)
        {
            _state.Relocate(u, to, from);
            return false;
        }

        _state.SetTeam(a, teamA!);
        _state.SetTeam(b, teamB);
        return true;
    }

    private bool TryMerge(int into, int from)
    {
        var a = _state.Blocks[into];
        var b = _state.Blocks[from];
        if (!MayMerge(into, from) || CoverEstimate(into, from) > _hi)
        {
            return false;
        }

        var units = b.Units.ToArray();
        foreach (int w in units)
        {
            _state.Relocate(w, from, into);
        }

        var preferred = a.Team.Concat(b.Team).Distinct().ToList();
        _state.ReleaseVirtually(a.Team);
        _state.ReleaseVirtually(b.Team);
        var team = _state.ComposeTeam(a, preferred);
        _state.ClearDeltas();
        if (team is null)
        {
            foreach (int w in units)
            {
                _state.Relocate(w, into, from);
            }

            return false;
        }

        _state.SetTeam(b, []);
        _state.SetTeam(a, team);
        return true;
    }

    private bool TrySwap(int u, int v)
    {
        int a = _state.BlockOf[u], b = _state.BlockOf[v];
        double before = _state.Cut;
        _state.Relocate(u, a, b);
        _state.Relocate(v, b, a);
        bool fits = _state.UnitFits(u, b) && _state.UnitFits(v, a) && _state.Cut < before - Tolerance;
        List<int>? teamA = null, teamB = null;
        if (fits)
        {
            var blockA = _state.Blocks[a];
            var blockB = _state.Blocks[b];
            _state.ReleaseVirtually(blockA.Team);
            _state.ReleaseVirtually(blockB.Team);
            teamA = _state.ComposeTeam(blockA, blockA.Team);
            if (teamA is not null)
            {
                _state.TakeVirtually(teamA);
                teamB = _state.ComposeTeam(blockB, blockB.Team);
            }

            _state.ClearDeltas();
        }

        if (teamB is null)
        {
            _state.Relocate(v, a, b);
            _state.Relocate(u, b, a);
            return false;
        }

        _state.SetTeam(_state.Blocks[a], teamA!);
        _state.SetTeam(_state.Blocks[b], teamB);
        return true;
    }

    /// <summary>
    /// Local search to a local optimum: moves, swaps and merges that lower the cut with repairable teams. Works from a
    /// queue of units (all of them, or those near a perturbation) so that a round costs what it changes.
    /// </summary>
    private void Improve(IReadOnlyList<int>? seeds = null)
    {
        int n = _units.Count;
        var queue = new Queue<int>();
        var queued = new bool[n];
        var start = seeds?.ToArray() ?? Enumerable.Range(0, n).ToArray();
        _random.Shuffle(start);
        foreach (int u in start)
        {
            if (!queued[u])
            {
                queued[u] = true;
                queue.Enqueue(u);
            }
        }

        void Requeue(int u)
        {
            foreach (int w in _units.Graph.Neighbours(u))
            {
                if (!queued[w])
                {
                    queued[w] = true;
                    queue.Enqueue(w);
                }
            }
        }

        var targets = new int[3];
        long steps = 0;
        while (queue.Count > 0)
        {
            if ((++steps & 1023) == 0 && Stop())
            {
                return;
            }

            int u = queue.Dequeue();
            queued[u] = false;
            int from = _state.BlockOf[u];
            _state.Connections(u);
            double own = _state.ScratchWeight(from);
            int count = TopTargets(from, own + Tolerance, targets);
            if (count == 0)
            {
                continue;
            }

            bool moved = false;
            for (int k = 0; k < count; k++)
            {
                int target = targets[k];
                if (TryMoveInto(u, from, target, requireGain: true))
                {
                    moved = true;
                    break;
                }
            }

            if (!moved)
            {
                int target = targets[0];
                int fromBefore = from;
                if (TryMerge(target, from) || TryMerge(from, target))
                {
                    int alive = _state.Blocks[target].Alive ? target : fromBefore;
                    foreach (int w in _state.Blocks[alive].Units)
                    {
                        Requeue(w);
                    }

                    continue;
                }

                moved = TryBestSwap(u, target);
            }

            if (moved)
            {
                Requeue(u);
                Report("improve");
            }
        }

        if (seeds is null)
        {
            MergePass();
        }
    }

    /// <summary>
    /// The (at most three) blocks the last <see cref="PlanState.Connections"/> call ties more strongly than
    /// <paramref name="threshold"/>, strongest first, ties by lower index; no allocation on this hot path.
    /// </summary>
    private int TopTargets(int from, double threshold, int[] targets)
    {
        int count = 0;
        foreach (int t in _state.ScratchTouched)
        {
            double w = _state.ScratchWeight(t);
            if (t == from || w <= threshold)
            {
                continue;
            }

            int i = count < targets.Length ? count++ : targets.Length;
            while (i > 0 && Before(t, w, targets[i - 1]))
            {
                if (i < targets.Length)
                {
                    targets[i] = targets[i - 1];
                }

                i--;
            }

            if (i < targets.Length)
            {
                targets[i] = t;
            }
        }

        return count;

        bool Before(int t, double w, int other)
        {
            double ow = _state.ScratchWeight(other);
            return w > ow || (w == ow && t < other);
        }
    }

    /// <summary>Swaps u with the unit of the target block that gains most from moving to u's block.</summary>
    private bool TryBestSwap(int u, int target)
    {
        int from = _state.BlockOf[u];
        int best = -1;
        double bestGain = 0;
        foreach (int v in _state.Blocks[target].Units)
        {
            _state.Connections(v);
            double gain = _state.ScratchWeight(from) - _state.ScratchWeight(target);
            if (best < 0 || gain > bestGain)
            {
                best = v;
                bestGain = gain;
            }
        }

        return best >= 0 && TrySwap(u, best);
    }

    /// <summary>Merges adjacent blocks, strongest links first, when one team can serve both.</summary>
    private bool MergePass()
    {
        bool merged = false;
        var g = _units.Graph;
        var between = new Dictionary<(int, int), double>();
        for (int u = 0; u < g.VertexCount; u++)
        {
            var nb = g.Neighbours(u);
            var w = g.Weights(u);
            for (int k = 0; k < nb.Length; k++)
            {
                int a = _state.BlockOf[u], b = _state.BlockOf[nb[k]];
                if (a < b)
                {
                    between[(a, b)] = between.GetValueOrDefault((a, b)) + w[k];
                }
            }
        }

        foreach (var ((a, b), _) in between.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key))
        {
            if (Stop())
            {
                break;
            }

            if (_state.Blocks[a].Alive && _state.Blocks[b].Alive && TryMerge(a, b))
            {
                merged = true;
            }
        }

        return merged;
    }

    /// <summary>Splits one or two random blocks (a connected part of each leaves to a new block) to leave a local optimum.</summary>
    private List<int> Perturb()
    {
        var seeds = new List<int>();
        int kicks = 1 + _random.Next(2);
        for (int k = 0; k < kicks; k++)
        {
            var alive = Enumerable.Range(0, _state.Blocks.Count).Where(b => _state.Blocks[b].Units.Count >= 2).ToList();
            if (alive.Count == 0)
            {
                return seeds;
            }

            int b = alive[_random.Next(alive.Count)];
            var block = _state.Blocks[b];
            int start = block.Units[_random.Next(block.Units.Count)];
            int take = 1 + _random.Next(Math.Max(1, block.Units.Count / 2));
            var part = new List<int> { start };
            var seen = new HashSet<int> { start };
            for (int i = 0; i < part.Count && part.Count < take; i++)
            {
                foreach (int w in _units.Graph.Neighbours(part[i]))
                {
                    if (_state.BlockOf[w] == b && seen.Add(w) && part.Count < take)
                    {
                        part.Add(w);
                    }
                }
            }

            int fresh = _state.NewBlock();
            foreach (int w in part)
            {
                _state.Relocate(w, b, fresh);
            }

            _state.ReleaseVirtually(block.Team);
            var teamA = block.Alive ? _state.ComposeTeam(block, block.Team) : [];
            List<int>? teamB = null;
            if (teamA is not null)
            {
                _state.TakeVirtually(teamA);
                teamB = _state.ComposeTeam(_state.Blocks[fresh], block.Team);
            }

            _state.ClearDeltas();
            if (teamB is null)
            {
                foreach (int w in part)
                {
                    _state.Relocate(w, fresh, b);
                }

                continue;
            }

            _state.SetTeam(block, teamA!);
            _state.SetTeam(_state.Blocks[fresh], teamB);
            seeds.AddRange(block.Units);
            seeds.AddRange(part);
            foreach (int w in part)
            {
                seeds.AddRange(_units.Graph.Neighbours(w).ToArray());
            }
        }

        return seeds;
    }

    private bool Verify()
    {
        foreach (var block in _state.Blocks)
        {
            if (block.Alive ? !_state.TeamValid(block) : block.Team.Count > 0)
            {
                return false;
            }
        }

        for (int u = 0; u < _units.Count; u++)
        {
            foreach (int p in _units.ApartPartners[u])
            {
                if (_state.BlockOf[p] == _state.BlockOf[u])
                {
                    return false;
                }
            }
        }

        return _state.LoadsValid();
    }

    private Plans.Plan ToPlan()
    {
        var packageOf = new int[_model.ActivityCount];
        for (int u = 0; u < _units.Count; u++)
        {
            foreach (int a in _units.Activities[u])
            {
                packageOf[a] = _state.BlockOf[u];
            }
        }

        var teams = new Dictionary<int, int[]>();
        for (int b = 0; b < _state.Blocks.Count; b++)
        {
            if (_state.Blocks[b].Alive)
            {
                teams[b] = [.. _state.Blocks[b].Team];
            }
        }

        return _model.ToPlan(packageOf, teams);
    }

    private void Report(string phase)
    {
        if (_options.Progress is null)
        {
            return;
        }

        // Phase changes are always reported; within a phase at most four reports a second.
        var now = _clock.Elapsed;
        if (now - _lastProgress < TimeSpan.FromMilliseconds(250) && phase == _lastPhase)
        {
            return;
        }

        _lastProgress = now;
        _lastPhase = phase;
        _options.Progress.Report(new SolveProgress(phase, _state.Cut, 0, now));
    }
}
