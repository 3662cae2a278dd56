using System.Diagnostics;
using Ontwar.Diagnostics;
using Ontwar.Graphs;
using Ontwar.Modeling;
using Ontwar.Solving.Staffing;

namespace Ontwar.Solving.Exact;

/// <summary>One run of the exact search (see <see cref="ExactEngine"/> for the method).</summary>
internal sealed class BranchAndBound
{
    private const double Tolerance = 1e-9;
    private const long LeafStaffingNodes = 200_000;

    private readonly PackagingModel _model;
    private readonly SolverOptions _options;
    private readonly TimeSpan _deadline;
    private readonly Stopwatch _clock;
    private readonly CancellationToken _token;
    private readonly SoloFeasibility _solo;

    // Units: activities bound together by rules, in placement order.
    private readonly int _unitCount;
    private readonly int[][] _unitActivities;
    private readonly CohesionGraph _unitGraph;
    private readonly ulong[][] _compatible;
    private readonly Scale[] _suffixMinScale;
    private readonly double[] _suffixIncompatibleWeight;
    private readonly int _maxPackages;
    private readonly int[] _fullCapacity;
    private readonly double[] _fullHours;

    // Search state.
    private readonly int[] _blockOf;
    private readonly List<int>[] _blockUnits;
    private readonly ulong[][] _blockCompatible;
    private readonly double[][] _connection;
    private readonly double[] _toPlaced;
    private int _blockCount;
    private double _cut;

    private Incumbent? _best;
    private double _unresolvedLeaf = double.PositiveInfinity;
    private bool _aborted;
    private double _abortBound = double.PositiveInfinity;
    private long _nodes;
    private TimeSpan _lastProgress;
    private TimeSpan? _lastLogged;
    private readonly List<Diagnostic> _proofOfInfeasibility = [];

    internal BranchAndBound(PackagingModel model, SolverOptions options, TimeSpan deadline, Stopwatch clock, CancellationToken token, Incumbent? start)
    {
        _model = model;
        _options = options;
        _deadline = deadline;
        _clock = clock;
        _token = token;
        _best = start;
        _solo = new SoloFeasibility(model);
        (_fullCapacity, _fullHours) = Staffer.FullResources(model);

        // Units from together groups, placed in maximum-adjacency order so that bounds bite early.
        var units = Units.Build(model, MaximumAdjacencyOrder);
        _unitCount = units.Count;
        _unitActivities = units.Activities;
        _unitGraph = units.Graph;

        int words = (_unitCount + 63) / 64;
        _compatible = new ulong[_unitCount][];
        var effective = new Scale[_unitCount];
        for (int u = 0; u < _unitCount; u++)
        {
            _compatible[u] = new ulong[words];
            effective[u] = model.PackageScale(_unitActivities[u]) ?? Scale.LivedNeighbourhood;
        }

        _suffixMinScale = new Scale[_unitCount + 1];
        _suffixMinScale[_unitCount] = Scale.SupraLocalRegion;
        for (int i = _unitCount - 1; i >= 0; i--)
        {
            _suffixMinScale[i] = effective[i] < _suffixMinScale[i + 1] ? effective[i] : _suffixMinScale[i + 1];
        }

        // Every pair may share a package unless an apart rule or a staffing proof says otherwise. Only linked pairs are
        // examined: for the others "may share" is the safe answer, and the bound only counts linked pairs.
        for (int u = 0; u < _unitCount; u++)
        {
            Array.Fill(_compatible[u], ulong.MaxValue);
            _compatible[u][u >> 6] &= ~(1UL << (u & 63));
        }

        for (int u = 0; u < _unitCount && !OutOfTime(); u++)
        {
            foreach (int v in _unitGraph.Neighbours(u))
            {
                if (v > u && (Array.BinarySearch(units.ApartPartners[u], v) >= 0 || !PairMayShare(u, v)))
                {
                    _compatible[u][v >> 6] &= ~(1UL << (v & 63));
                    _compatible[v][u >> 6] &= ~(1UL << (u & 63));
                }
            }

            foreach (int v in units.ApartPartners[u])
            {
                _compatible[u][v >> 6] &= ~(1UL << (v & 63));
                _compatible[v][u >> 6] &= ~(1UL << (u & 63));
            }
        }

        _suffixIncompatibleWeight = new double[_unitCount + 1];
        for (int i = _unitCount - 1; i >= 0; i--)
        {
            double w = 0;
            var neighbours = _unitGraph.Neighbours(i);
            var weights = _unitGraph.Weights(i);
            for (int k = 0; k < neighbours.Length; k++)
            {
                int v = neighbours[k];
                if (v > i && !Compatible(i, v))
                {
                    w += weights[k];
                }
            }

            _suffixIncompatibleWeight[i] = _suffixIncompatibleWeight[i + 1] + w;
        }

        long seats = 0;
        for (int m = 0; m < model.MemberCount; m++)
        {
            seats += model.MaxTeams(m);
        }

        _maxPackages = (int)Math.Min(_unitCount, seats / model.TeamSize.Min);

        _blockOf = new int[_unitCount];
        Array.Fill(_blockOf, -1);
        _blockUnits = new List<int>[Math.Max(1, _maxPackages)];
        _blockCompatible = new ulong[_blockUnits.Length][];
        for (int b = 0; b < _blockUnits.Length; b++)
        {
            _blockUnits[b] = [];
            _blockCompatible[b] = new ulong[words];
        }

        _connection = new double[_unitCount][];
        for (int u = 0; u < _unitCount; u++)
        {
            _connection[u] = new double[_blockUnits.Length];
        }

        _toPlaced = new double[_unitCount];
    }

    internal SolveResult Run(string engine)
    {
        var facts = Infeasibility.InfeasibilityAnalyzer.Explain(_model);
        if (facts.Count > 0)
        {
            return new SolveResult(SolveStatus.Infeasible, engine, null, null, 0, _clock.Elapsed, facts);
        }

        if (_unitCount == 0)
        {
            return new SolveResult(SolveStatus.Optimal, engine, new Plans.Plan([]), 0, 0, _clock.Elapsed);
        }

        if (_best is not null)
        {
            ReportProgress("warm start", force: true);
        }

        double rootBound = LowerBound(0);
        if (_unitCount > 0 && _maxPackages >= 1)
        {
            Branch(0);
        }

        var elapsed = _clock.Elapsed;
        double bound;
        if (_aborted)
        {
            bound = Math.Min(_abortBound, _unresolvedLeaf);
        }
        else
        {
            bound = Math.Min(_best?.Cut ?? double.PositiveInfinity, _unresolvedLeaf);
        }

        bound = Math.Max(bound, rootBound);
        if (_best is null)
        {
            bool proven = !_aborted && double.IsPositiveInfinity(_unresolvedLeaf);
            if (proven)
            {
                _proofOfInfeasibility.Add(Diagnostic.Error(
                    "no-staffable-plan",
                    "Every way of grouping the activities into packages fails: no grouping lets every package get its own team "
                    + $"of {_model.TeamSize.Min} to {_model.TeamSize.Max} members who cover its capabilities at its scale "
                    + "(checked exhaustively). Add members, allow members in more teams, or relax the team size."));
                return new SolveResult(SolveStatus.Infeasible, engine, null, null, 0, elapsed, _proofOfInfeasibility);
            }

            return new SolveResult(SolveStatus.Unknown, engine, null, null, double.IsFinite(bound) ? bound : rootBound, elapsed);
        }

        bool optimal = !_aborted && _unresolvedLeaf >= _best.Cut - Tolerance && _options.RelativeGap == 0;
        if (!optimal && _options.RelativeGap > 0 && !_aborted)
        {
            bound = Math.Max(rootBound, Math.Min(_unresolvedLeaf, _best.Cut * (1 - _options.RelativeGap)));
        }

        return new SolveResult(
            optimal ? SolveStatus.Optimal : SolveStatus.Feasible,
            engine,
            _best.ToPlan(_model),
            _best.Cut,
            optimal ? _best.Cut : Math.Min(bound, _best.Cut),
            elapsed);
    }

    private bool Compatible(int u, int v) => (_compatible[u][v >> 6] & (1UL << (v & 63))) != 0;

    private bool BlockAdmits(int b, int u) => (_blockCompatible[b][u >> 6] & (1UL << (u & 63))) != 0;

    /// <summary>Two units may share a package unless their fixed scales differ or together they could never be staffed.</summary>
    private bool PairMayShare(int u, int v)
    {
        var acts = _unitActivities[u].Concat(_unitActivities[v]).ToArray();
        if (_model.PackageScale(acts) is null)
        {
            return false;
        }

        var demand = PackageDemand.For(_model, acts)!;
        bool hasFixed = acts.Any(a => _model.FixedScale(a) is not null);
        var optimistic = hasFixed ? demand.Scale : _suffixMinScale[0] < demand.Scale ? _suffixMinScale[0] : demand.Scale;
        return _solo.Check(demand.AtScale(optimistic)) != StaffingOutcome.Infeasible;
    }

    private void Branch(int depth)
    {
        // The clock is cheap next to a node, whose bounds cost units × packages each.
        _nodes++;
        if (OutOfTime())
        {
            _aborted = true;
            _abortBound = Math.Min(_abortBound, LowerBound(depth));
            return;
        }

        if (depth == _unitCount)
        {
            Leaf();
            return;
        }

        ReportProgress("branch", force: false);
        int u = depth;
        int options = _blockCount + (_blockCount < _maxPackages ? 1 : 0);
        Span<double> childBound = stackalloc double[options];
        Span<int> childBlock = stackalloc int[options];
        int count = 0;
        for (int b = 0; b <= _blockCount && b < _maxPackages; b++)
        {
            if (b < _blockCount && !BlockAdmits(b, u))
            {
                continue;
            }

            if (OutOfTime())
            {
                _aborted = true;
                _abortBound = Math.Min(_abortBound, LowerBound(depth));
                return;
            }

            Place(u, b);
            double lb = LowerBound(depth + 1);
            Unplace(u, b);
            if (lb < Threshold())
            {
                childBound[count] = lb;
                childBlock[count] = b;
                count++;
            }
        }

        // Best bound first; ties keep existing packages before a new one.
        var bounds = childBound[..count].ToArray();
        var blocks = childBlock[..count].ToArray();
        Array.Sort(bounds, blocks);
        for (int i = 0; i < count; i++)
        {
            if (bounds[i] >= Threshold())
            {
                break;
            }

            int b = blocks[i];
            Place(u, b);
            if (Viable(b, depth + 1))
            {
                Branch(depth + 1);
            }

            Unplace(u, b);
            if (_aborted)
            {
                _abortBound = Math.Min(_abortBound, bounds[i]);
                return;
            }
        }
    }

    private double Threshold()
    {
        if (_best is null)
        {
            return double.PositiveInfinity;
        }

        double slack = Math.Max(Tolerance, _options.RelativeGap * _best.Cut);
        return _best.Cut - slack;
    }

    /// <summary>Whether the package just changed may still be staffed, and all packages together may still be manned.</summary>
    private bool Viable(int b, int placed)
    {
        var demand = OptimisticDemand(b, placed);
        if (demand is null || _solo.Check(demand) == StaffingOutcome.Infeasible)
        {
            return false;
        }

        if (_blockUnits[b].Count == 1 && _blockCount > 1)
        {
            // A package was opened: check that all packages could get enough members at once.
            var demands = new List<PackageDemand>(_blockCount);
            for (int k = 0; k < _blockCount; k++)
            {
                if (OptimisticDemand(k, placed) is not { } d)
                {
                    return false;
                }

                demands.Add(d);
            }

            return Staffer.NecessaryConditions(_model, demands, _fullCapacity, _fullHours);
        }

        return true;
    }

    private PackageDemand? OptimisticDemand(int b, int placed)
    {
        var acts = BlockActivities(b);
        var demand = PackageDemand.For(_model, acts);
        if (demand is null)
        {
            return null;
        }

        bool hasFixed = acts.Any(a => _model.FixedScale(a) is not null);
        var reachable = _suffixMinScale[placed];
        return hasFixed || demand.Scale <= reachable ? demand : demand.AtScale(reachable);
    }

    private int[] BlockActivities(int b) => _blockUnits[b].SelectMany(u => _unitActivities[u]).ToArray();

    private void Leaf()
    {
        var demands = new PackageDemand[_blockCount];
        for (int b = 0; b < _blockCount; b++)
        {
            demands[b] = PackageDemand.For(_model, BlockActivities(b))!;
        }

        var staffing = Staffer.Solve(_model, demands, _fullCapacity, _fullHours, LeafStaffingNodes);
        switch (staffing.Outcome)
        {
            case StaffingOutcome.Feasible:
                var packageOf = new int[_model.ActivityCount];
                for (int u = 0; u < _unitCount; u++)
                {
                    foreach (int a in _unitActivities[u])
                    {
                        packageOf[a] = _blockOf[u];
                    }
                }

                var teams = new Dictionary<int, int[]>();
                for (int b = 0; b < _blockCount; b++)
                {
                    teams[b] = staffing.Teams![b];
                }

                _best = new Incumbent(packageOf, teams, _cut);
                ReportProgress("improved", force: true);
                LogIncumbent();
                break;
            case StaffingOutcome.Unknown:
                _unresolvedLeaf = Math.Min(_unresolvedLeaf, _cut);
                break;
        }
    }

    private void Place(int u, int b)
    {
        if (b == _blockCount)
        {
            _blockCount++;
            Array.Fill(_blockCompatible[b], ulong.MaxValue);
        }

        _blockOf[u] = b;
        _blockUnits[b].Add(u);
        _cut += _toPlaced[u] - _connection[u][b];
        var neighbours = _unitGraph.Neighbours(u);
        var weights = _unitGraph.Weights(u);
        for (int k = 0; k < neighbours.Length; k++)
        {
            _connection[neighbours[k]][b] += weights[k];
            _toPlaced[neighbours[k]] += weights[k];
        }

        // The package keeps the units every member is compatible with; saved for undo on the unit list.
        var mask = _blockCompatible[b];
        var row = _compatible[u];
        for (int w = 0; w < mask.Length; w++)
        {
            mask[w] &= row[w];
        }
    }

    private void Unplace(int u, int b)
    {
        var neighbours = _unitGraph.Neighbours(u);
        var weights = _unitGraph.Weights(u);
        for (int k = 0; k < neighbours.Length; k++)
        {
            _connection[neighbours[k]][b] -= weights[k];
            _toPlaced[neighbours[k]] -= weights[k];
        }

        _cut -= _toPlaced[u] - _connection[u][b];
        _blockUnits[b].RemoveAt(_blockUnits[b].Count - 1);
        _blockOf[u] = -1;
        if (_blockUnits[b].Count == 0)
        {
            _blockCount--;
        }
        else
        {
            var mask = _blockCompatible[b];
            Array.Fill(mask, ulong.MaxValue);
            foreach (int v in _blockUnits[b])
            {
                var row = _compatible[v];
                for (int w = 0; w < mask.Length; w++)
                {
                    mask[w] &= row[w];
                }
            }
        }
    }

    /// <summary>Cut so far plus what every unplaced unit must still lose, plus weight between unplaced units that can never share.</summary>
    private double LowerBound(int placed)
    {
        double bound = _cut + _suffixIncompatibleWeight[placed];
        bool canOpen = _blockCount < _maxPackages;
        for (int v = placed; v < _unitCount; v++)
        {
            double toPlaced = _toPlaced[v];
            if (toPlaced <= 0 && canOpen)
            {
                continue;
            }

            double best = canOpen ? 0 : double.NegativeInfinity;
            var conn = _connection[v];
            for (int b = 0; b < _blockCount; b++)
            {
                if (conn[b] > best && BlockAdmits(b, v))
                {
                    best = conn[b];
                }
            }

            if (double.IsNegativeInfinity(best))
            {
                // No package can take this unit and no package can be opened: a dead end.
                return double.PositiveInfinity;
            }

            bound += toPlaced - best;
        }

        return bound;
    }

    private bool OutOfTime() => _token.IsCancellationRequested || _clock.Elapsed >= _deadline;

    /// <summary>Logs a new incumbent at Debug, at most once per <see cref="SolverLog.IncumbentInterval"/>.</summary>
    private void LogIncumbent()
    {
        var logger = SolverLog.For(_options);
        var now = _clock.Elapsed;
        if (!logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Debug) || now - _lastLogged < SolverLog.IncumbentInterval)
        {
            return;
        }

        _lastLogged = now;
        SolverLog.Incumbent(logger, "ontwar-exact", _best!.Cut, LowerBound(Math.Min(_unitCount, CountPlaced())), now.TotalMilliseconds);
    }

    private void ReportProgress(string phase, bool force)
    {
        if (_options.Progress is null)
        {
            return;
        }

        var now = _clock.Elapsed;
        if (!force && now - _lastProgress < TimeSpan.FromMilliseconds(250))
        {
            return;
        }

        _lastProgress = now;
        _options.Progress.Report(new SolveProgress(phase, _best?.Cut, LowerBound(Math.Min(_unitCount, CountPlaced())), now));
    }

    private int CountPlaced()
    {
        int placed = 0;
        while (placed < _unitCount && _blockOf[placed] >= 0)
        {
            placed++;
        }

        return placed;
    }

    /// <summary>Orders vertices so that each next one is the most strongly tied to those before it (ties: heavier degree, lower index).</summary>
    private static int[] MaximumAdjacencyOrder(CohesionGraph graph)
    {
        int n = graph.VertexCount;
        var order = new int[n];
        var done = new bool[n];
        var tie = new double[n];
        var queue = new PriorityQueue<int, (double Tie, double Degree, int Index)>(Comparer<(double, double, int)>.Create(
            (x, y) => x.Item1 != y.Item1 ? y.Item1.CompareTo(x.Item1) : x.Item2 != y.Item2 ? y.Item2.CompareTo(x.Item2) : x.Item3.CompareTo(y.Item3)));
        for (int v = 0; v < n; v++)
        {
            queue.Enqueue(v, (0, graph.WeightedDegree(v), v));
        }

        int next = 0;
        while (queue.TryDequeue(out int v, out var key))
        {
            if (done[v] || key.Tie != tie[v])
            {
                continue;
            }

            done[v] = true;
            order[next++] = v;
            var neighbours = graph.Neighbours(v);
            var weights = graph.Weights(v);
            for (int k = 0; k < neighbours.Length; k++)
            {
                int w = neighbours[k];
                if (!done[w])
                {
                    tie[w] += weights[k];
                    queue.Enqueue(w, (tie[w], graph.WeightedDegree(w), w));
                }
            }
        }

        return order;
    }
}
