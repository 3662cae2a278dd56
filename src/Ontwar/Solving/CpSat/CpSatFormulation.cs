using Google.OrTools.Sat;
using Ontwar.Internal;
using Ontwar.Modeling;
using Ontwar.Solving.Staffing;

namespace Ontwar.Solving.CpSat;

/// <summary>
/// The CP-SAT model of a <see cref="PackagingModel"/> (docs/model.md, "CP-SAT formulation"): built once, solved by
/// <see cref="CpSatEngine"/>, read back with <see cref="Decode"/>.
/// </summary>
/// <remarks>
/// <para><b>Units.</b> Activities bound by together rules are one unit; edges inside a unit are never cut.</para>
/// <para><b>Ordered slots.</b> At most K = ⌊Σ maxTeams / teamMin⌋ packages (every team takes teamMin seats), numbered
/// in the order of their smallest unit: <c>x[u,p]</c> exists only for <c>p ≤ u</c>, and a unit is in slot p &gt; 0 only
/// when a smaller unit is in slot p − 1. Every plan has exactly one such encoding, so the slot symmetry of a plain
/// assignment model is gone without losing a plan. Pairs of units that can never share a package (apart rules,
/// different fixed scales, a member one requires and the other excludes, or a joint demand no team can staff even with
/// every member free) get no common slot.</para>
/// <para><b>Cut.</b> <c>z[e,p] = x[u,p] ∧ x[v,p]</c> per edge and common slot; the objective is
/// <c>Σ w_e (1 − Σ_p z[e,p])</c>, the cut weight in scaled integers. This is the tighter of the usual linearisations
/// (its LP relaxation bounds the pair by <c>Σ_p min(x[u,p], x[v,p])</c>).</para>
/// <para><b>Teams.</b> <c>y[m,p]</c> only where the member could ever join slot p; size within the limits when the slot
/// is open; every required capability covered (<c>x[u,p] → ∨ y[holder,p]</c>); a member in at most maxTeams slots; a
/// member only in slots whose scale it reaches (an activity at its scale is present and no fixed scale beyond it);
/// required and excluded members as implications.</para>
/// <para><b>Hours.</b> A member in one team at most (or without an hours limit) gives that team all its hours, so no
/// hours variable is needed; members who may join several teams split theirs with <c>h[m,p]</c>.</para>
/// <para><b>Objective.</b> The cut; then, in a second short solve with the cut held, the fewest filling places.</para>
/// <para><b>Redundant constraints.</b> At most ⌊Σ maxTeams / teamMin⌋ slots open; interchangeable members (same
/// capabilities, scale, hours, one team, no rule naming them) fill slots in a fixed order.</para>
/// </remarks>
internal sealed class CpSatFormulation
{
    private readonly PackagingModel _model;
    private readonly Units _units;
    private readonly BoolVar?[][] _x;
    private readonly BoolVar?[][] _y;
    private readonly List<(BoolVar Z, int U, int V, int Slot)> _z = [];
    private readonly List<(IntVar H, int Member, int Slot)> _h = [];
    private readonly Dictionary<(int U, int V), List<BoolVar>> _same = [];
    private readonly int _slots;
    private readonly BoolVar?[] _open;
    private int[][] _unitCapabilities = [];
    private List<int>[] _candidates = [];

    private CpSatFormulation(PackagingModel model, Units units, CpModel cp, IntegerScaling weights)
    {
        _model = model;
        _units = units;
        Cp = cp;
        Weights = weights;
        long seats = 0;
        for (int m = 0; m < model.MemberCount; m++)
        {
            seats += model.MaxTeams(m);
        }

        // Every package takes teamMin seats, so no plan has more packages than this.
        _slots = (int)Math.Max(1, Math.Min(units.Count, seats / model.TeamSize.Min));
        _open = new BoolVar?[_slots];
        _x = new BoolVar?[units.Count][];
        _y = new BoolVar?[model.MemberCount][];
    }

    /// <summary>The CP-SAT model.</summary>
    internal CpModel Cp { get; }

    /// <summary>How cohesion weights became integers.</summary>
    internal IntegerScaling Weights { get; }

    /// <summary>The cut weight in scaled integers (the first objective).</summary>
    internal LinearExpr Cut { get; private set; } = LinearExpr.Constant(0);

    /// <summary>Up to this many units, pairs that no team could staff together get no common slot.</summary>
    internal const int StaffedPairLimit = 120;

    /// <summary>Number of assignment variables <c>x</c>.</summary>
    internal int AssignmentVariables { get; private set; }

    /// <summary>The number of <c>x</c> variables the formulation of a model would have at most (a size check before building).</summary>
    internal static long EstimatedAssignmentVariables(PackagingModel model)
    {
        long groups = 0;
        for (int a = 0; a < model.ActivityCount; a++)
        {
            if (model.TogetherGroup(a) == a)
            {
                groups++;
            }
        }

        return groups * (groups + 1) / 2;
    }

    /// <summary>
    /// How weights, hours and workloads become CP-SAT integers: exact up to six decimals, and a scaled total within 2⁵⁰
    /// (exact in a double, far from CP-SAT's 64-bit limits) even when that takes a factor below one.
    /// </summary>
    /// <param name="values">Non-negative values.</param>
    /// <returns>The scaling.</returns>
    internal static IntegerScaling Scaling(IReadOnlyList<double> values) => IntegerScaling.For(values, maxDigits: 6, minDigits: -15, totalLimit: 1L << 50);

    /// <summary>Builds the formulation.</summary>
    /// <param name="model">The model; its infeasibility facts have been checked by the caller.</param>
    /// <param name="cancellationToken">Checked between the building steps.</param>
    /// <returns>The formulation.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    internal static CpSatFormulation Build(PackagingModel model, CancellationToken cancellationToken)
    {
        var units = Units.Build(model);
        var edges = units.Graph.Edges().ToArray();
        var weights = Scaling(edges.Select(e => e.Weight).ToArray());
        var f = new CpSatFormulation(model, units, new CpModel(), weights);
        f.Post(edges, cancellationToken);
        return f;
    }

    /// <summary>Gives CP-SAT a starting plan (a full assignment when the plan is valid, so the first incumbent is free).</summary>
    /// <param name="packageOf">Package label per activity.</param>
    /// <param name="teams">Team (member indices) per package label.</param>
    internal void Hint(ReadOnlySpan<int> packageOf, IReadOnlyDictionary<int, int[]> teams)
    {
        int n = _units.Count;
        // Slots are numbered in the order of their smallest unit, as the symmetry breaking wants.
        var slotOfLabel = new Dictionary<int, int>();
        for (int u = 0; u < n; u++)
        {
            int label = packageOf[_units.Activities[u][0]];
            if (!slotOfLabel.ContainsKey(label))
            {
                slotOfLabel[label] = slotOfLabel.Count;
            }
        }

        var slotOf = new int[n];
        for (int u = 0; u < n; u++)
        {
            slotOf[u] = slotOfLabel[packageOf[_units.Activities[u][0]]];
        }

        for (int u = 0; u < n; u++)
        {
            for (int p = 0; p < _x[u].Length; p++)
            {
                if (_x[u][p] is { } x)
                {
                    Cp.AddHint(x, slotOf[u] == p);
                }
            }
        }

        for (int p = 0; p < _slots; p++)
        {
            if (_open[p] is { } open)
            {
                Cp.AddHint(open, slotOf.Contains(p));
            }
        }

        var inTeam = new HashSet<(int Member, int Slot)>();
        foreach (var (label, team) in teams)
        {
            if (slotOfLabel.TryGetValue(label, out int slot))
            {
                foreach (int m in team)
                {
                    inTeam.Add((m, slot));
                }
            }
        }

        for (int m = 0; m < _y.Length; m++)
        {
            for (int p = 0; p < _slots; p++)
            {
                if (_y[m][p] is { } y)
                {
                    Cp.AddHint(y, inTeam.Contains((m, p)));
                }
            }
        }

        foreach (var (z, u, v, slot) in _z)
        {
            Cp.AddHint(z, slotOf[u] == slot && slotOf[v] == slot);
        }
    }

    /// <summary>
    /// The second step of the objective: the number of filling places, team places taken by a member who holds no
    /// capability the package's activities require (rule 4: all needed partners and only needed partners, 000:910-912).
    /// </summary>
    /// <returns>The number of filling places as an expression.</returns>
    private LinearExpr FillingPlaces()
    {
        var places = LinearExpr.NewBuilder();
        for (int m = 0; m < _y.Length; m++)
        {
            var held = _model.HeldCapabilities(m).ToArray();
            for (int p = 0; p < _slots; p++)
            {
                if (_y[m][p] is not { } y)
                {
                    continue;
                }

                places.Add(y);
                var usedFor = new List<ILiteral>();
                foreach (int u in Candidates(p))
                {
                    if (_x[u][p] is { } x && _unitCapabilities[u].Any(c => Array.BinarySearch(held, c) >= 0))
                    {
                        usedFor.Add(x);
                    }
                }

                if (usedFor.Count > 0)
                {
                    var needed = Cp.NewBoolVar($"n_{m}_{p}");
                    Cp.AddImplication(needed, y);
                    Cp.AddBoolOr(usedFor).OnlyEnforceIf(needed);
                    places.AddTerm(needed, -1);
                }
            }
        }

        return places;
    }

    /// <summary>Reads the solution: package label (slot) per activity and team per slot.</summary>
    /// <param name="isTrue">The value of a Boolean variable in the solution.</param>
    /// <returns>The indexed plan.</returns>
    internal (int[] PackageOf, Dictionary<int, int[]> Teams) Decode(Func<BoolVar, bool> isTrue)
    {
        var packageOf = new int[_model.ActivityCount];
        var open = new HashSet<int>();
        for (int u = 0; u < _units.Count; u++)
        {
            int slot = -1;
            for (int p = 0; p < _x[u].Length && slot < 0; p++)
            {
                if (_x[u][p] is { } x && isTrue(x))
                {
                    slot = p;
                }
            }

            if (slot < 0)
            {
                throw new InvalidOperationException($"CP-SAT returned a solution without a package for unit {u}.");
            }

            open.Add(slot);
            foreach (int a in _units.Activities[u])
            {
                packageOf[a] = slot;
            }
        }

        var teams = new Dictionary<int, int[]>();
        foreach (int p in open)
        {
            var team = new List<int>();
            for (int m = 0; m < _y.Length; m++)
            {
                if (_y[m][p] is { } y && isTrue(y))
                {
                    team.Add(m);
                }
            }

            teams[p] = [.. team];
        }

        return (packageOf, teams);
    }

    private void Post(Graphs.WeightedEdge[] edges, CancellationToken cancellationToken)
    {
        int n = _units.Count;
        var unit = UnitFacts.For(_model, _units);
        _unitCapabilities = unit.Select(f => f.Capabilities).ToArray();
        var solo = new SoloFeasibility(_model);
        var smallest = unit.Length == 0 ? Scale.LivedNeighbourhood : unit.Min(f => f.Effective);

        // Whether two units may share a package, worked out once per pair (the slot rows below ask many times).
        var mayShare = new sbyte[n][];
        for (int u = 0; u < n; u++)
        {
            mayShare[u] = new sbyte[u];
        }

        // The staffing test of a pair costs a small search; on large models the rule tests alone must do.
        bool staffingTest = n <= StaffedPairLimit;

        bool MayShare(int u, int v)
        {
            if (u < v)
            {
                (u, v) = (v, u);
            }

            if (mayShare[u][v] == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                mayShare[u][v] = (sbyte)(PairMayShare(u, v) ? 1 : -1);
            }

            return mayShare[u][v] > 0;
        }

        bool PairMayShare(int u, int v)
        {
            if (Array.BinarySearch(_units.ApartPartners[u], v) >= 0)
            {
                return false;
            }

            var a = unit[u];
            var b = unit[v];
            if (a.Fixed is { } fa && b.Fixed is { } fb && fa != fb)
            {
                return false;
            }

            if (a.Required.Overlaps(b.Excluded) || b.Required.Overlaps(a.Excluded))
            {
                return false;
            }

            if (!staffingTest)
            {
                return true;
            }

            // The pair alone, at the smallest scale it could still reach, needs a team that exists.
            var acts = _units.Activities[u].Concat(_units.Activities[v]).ToArray();
            var demand = PackageDemand.For(_model, acts);
            if (demand is null)
            {
                return false;
            }

            var optimistic = a.Fixed ?? b.Fixed ?? (smallest < demand.Scale ? smallest : demand.Scale);
            return solo.Check(demand.AtScale(optimistic)) != StaffingOutcome.Infeasible;
        }

        // Assignment: every unit in exactly one slot. Slots are ordered by their smallest unit, so a unit may be in slot
        // p > 0 only when a smaller unit is in slot p - 1 (and so p <= u): every plan keeps exactly one numbering.
        for (int u = 0; u < n; u++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _x[u] = new BoolVar?[Math.Min(u + 1, _slots)];
            var choices = new List<ILiteral>(_x[u].Length);
            for (int p = 0; p < _x[u].Length && unit[u].Consistent; p++)
            {
                var earlier = new List<ILiteral>();
                if (p > 0)
                {
                    for (int v = p - 1; v < u; v++)
                    {
                        if (p - 1 < _x[v].Length && _x[v][p - 1] is { } xv)
                        {
                            earlier.Add(xv);
                        }
                    }

                    if (earlier.Count == 0)
                    {
                        continue;
                    }
                }

                var x = Cp.NewBoolVar($"x_{u}_{p}");
                _x[u][p] = x;
                choices.Add(x);
                AssignmentVariables++;
                if (p > 0)
                {
                    Cp.AddBoolOr(earlier).OnlyEnforceIf(x);
                }
            }

            Cp.AddExactlyOne(choices);
        }

        // The units of each slot, listed once: the team, hours and second-objective rows all ask for them.
        _candidates = new List<int>[_slots];
        for (int p = 0; p < _slots; p++)
        {
            _candidates[p] = [];
        }

        for (int u = 0; u < n; u++)
        {
            for (int p = 0; p < _x[u].Length; p++)
            {
                if (_x[u][p] is not null)
                {
                    _candidates[p].Add(u);
                }
            }
        }

        for (int p = 0; p < _slots; p++)
        {
            var members = Candidates(p).Select(u => (ILiteral)_x[u][p]!).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var open = Cp.NewBoolVar($"open_{p}");
            _open[p] = open;
            foreach (var x in members)
            {
                Cp.AddImplication(x, open);
            }

            Cp.AddBoolOr(members).OnlyEnforceIf(open);
            if (p > 0 && _open[p - 1] is { } before)
            {
                Cp.AddImplication(open, before);
            }
        }

        // Units that may not share a package get no common slot.
        for (int u = 0; u < n; u++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int v = u + 1; v < n; v++)
            {
                if (!MayShare(u, v))
                {
                    for (int p = 0; p < _x[u].Length; p++)
                    {
                        if (_x[u][p] is { } xu && _x[v][p] is { } xv)
                        {
                            Cp.AddBoolOr([xu.Not(), xv.Not()]);
                        }
                    }
                }
            }
        }

        PostCut(edges, cancellationToken);
        PostTeams(unit, cancellationToken);
        PostHours(unit, cancellationToken);
        Cp.Minimize(Cut);
    }

    /// <summary>
    /// Turns the model into the second step of the objective: with the cut held at <paramref name="scaledCut"/>, as few
    /// filling places as possible. Every variable is hinted with its value in the first step's solution.
    /// </summary>
    /// <param name="scaledCut">The cut of the first step's plan, in scaled integers.</param>
    /// <param name="value">The first step's solution.</param>
    internal void MinimiseFillingPlaces(long scaledCut, Func<IntVar, long> value)
    {
        var variables = Variables().ToList();
        Cp.ClearHints();
        foreach (var v in variables)
        {
            Cp.AddHint(v, value(v));
        }

        Cp.Add(Cut <= scaledCut);
        Cp.Minimize(FillingPlaces());
    }

    private IEnumerable<IntVar> Variables()
    {
        foreach (var row in _x)
        {
            foreach (var x in row)
            {
                if (x is not null)
                {
                    yield return x;
                }
            }
        }

        foreach (var row in _y)
        {
            foreach (var y in row)
            {
                if (y is not null)
                {
                    yield return y;
                }
            }
        }

        foreach (var (z, _, _, _) in _z)
        {
            yield return z;
        }

        foreach (var (h, _, _) in _h)
        {
            yield return h;
        }

        foreach (var open in _open)
        {
            if (open is not null)
            {
                yield return open;
            }
        }
    }

    /// <summary>Units that may be in slot p, ascending.</summary>
    private List<int> Candidates(int p) => _candidates[p];

    private void PostCut(Graphs.WeightedEdge[] edges, CancellationToken cancellationToken)
    {
        var objective = LinearExpr.NewBuilder();
        foreach (var e in edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long w = Weights.Up(e.Weight);
            if (w == 0)
            {
                continue;
            }

            int u = Math.Min(e.Source, e.Target), v = Math.Max(e.Source, e.Target);
            objective.Add(w);
            for (int p = 0; p < _x[u].Length; p++)
            {
                if (_x[u][p] is { } xu && _x[v][p] is { } xv)
                {
                    var z = Cp.NewBoolVar($"z_{u}_{v}_{p}");
                    Cp.AddImplication(z, xu);
                    Cp.AddImplication(z, xv);
                    Cp.AddBoolOr([xu.Not(), xv.Not(), z]);
                    objective.AddTerm(z, -w);
                    _z.Add((z, u, v, p));
                    if (!_same.TryGetValue((u, v), out var list))
                    {
                        _same[(u, v)] = list = [];
                    }

                    list.Add(z);
                }
            }
        }

        Cut = objective;
    }

    private void PostTeams(UnitFacts[] unit, CancellationToken cancellationToken)
    {
        int n = _units.Count;
        var limits = _model.TeamSize;
        long seats = 0;
        for (int m = 0; m < _model.MemberCount; m++)
        {
            seats += _model.MaxTeams(m);
            _y[m] = new BoolVar?[_slots];
        }

        var opened = new List<ILiteral>();
        for (int p = 0; p < _slots; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_open[p] is not { } open)
            {
                continue;
            }

            opened.Add(open);
            var candidates = Candidates(p);
            var team = new List<ILiteral>();
            for (int m = 0; m < _model.MemberCount; m++)
            {
                var reach = _model.MemberScale(m);

                // The slot's scale is within reach only when an activity at or below it is in the slot.
                var atScale = candidates.Where(u => unit[u].Effective <= reach).Select(u => (ILiteral)_x[u][p]!).ToList();
                if (atScale.Count == 0)
                {
                    continue;
                }

                var y = Cp.NewBoolVar($"y_{m}_{p}");
                _y[m][p] = y;
                team.Add(y);
                Cp.AddImplication(y, open);
                if (atScale.Count < candidates.Count)
                {
                    Cp.AddBoolOr(atScale).OnlyEnforceIf(y);
                }

                foreach (int u in candidates)
                {
                    if ((unit[u].Fixed is { } fu && fu > reach) || unit[u].Excluded.Contains(m))
                    {
                        Cp.AddBoolOr([y.Not(), _x[u][p]!.Not()]);
                    }
                }
            }

            Cp.Add(LinearExpr.Sum(team) >= LinearExpr.Term(open, limits.Min));
            Cp.Add(LinearExpr.Sum(team) <= LinearExpr.Term(open, limits.Max));

            // Coverage and required members.
            foreach (int u in candidates)
            {
                var xu = _x[u][p]!;
                foreach (int c in unit[u].Capabilities)
                {
                    var holders = new List<ILiteral>();
                    foreach (int m in _model.HoldersOf(c))
                    {
                        if (_y[m][p] is { } y)
                        {
                            holders.Add(y);
                        }
                    }

                    if (holders.Count == 0)
                    {
                        Cp.AddBoolOr([xu.Not()]);
                    }
                    else
                    {
                        Cp.AddBoolOr(holders).OnlyEnforceIf(xu);
                    }
                }

                foreach (int m in unit[u].Required)
                {
                    if (_y[m][p] is { } y)
                    {
                        Cp.AddImplication(xu, y);
                    }
                    else
                    {
                        Cp.AddBoolOr([xu.Not()]);
                    }
                }
            }
        }

        for (int m = 0; m < _model.MemberCount; m++)
        {
            var slots = _y[m].Where(y => y is not null).Select(y => (ILiteral)y!).ToList();
            if (slots.Count > _model.MaxTeams(m))
            {
                Cp.Add(LinearExpr.Sum(slots) <= _model.MaxTeams(m));
            }
        }

        // Redundant: every open slot takes teamMin seats.
        if (opened.Count > 0 && seats / limits.Min < opened.Count)
        {
            Cp.Add(LinearExpr.Sum(opened) <= seats / limits.Min);
        }

        BreakMemberSymmetry();
    }

    /// <summary>
    /// Members that no rule names and that agree in capabilities, scale, hours and a single team are interchangeable:
    /// in every plan they can be swapped, so the one listed first takes the later slot (or the only one used).
    /// </summary>
    private void BreakMemberSymmetry()
    {
        var named = new HashSet<int>();
        for (int a = 0; a < _model.ActivityCount; a++)
        {
            foreach (int m in _model.RequiredMembers(a))
            {
                named.Add(m);
            }

            foreach (int m in _model.ExcludedMembers(a))
            {
                named.Add(m);
            }
        }

        var classes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int m = 0; m < _model.MemberCount; m++)
        {
            if (named.Contains(m) || _model.MaxTeams(m) != 1)
            {
                continue;
            }

            string key = string.Join(',', _model.HeldCapabilities(m).ToArray()) + "|" + (int)_model.MemberScale(m) + "|"
                + _model.Hours(m).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            if (!classes.TryGetValue(key, out var list))
            {
                classes[key] = list = [];
            }

            list.Add(m);
        }

        foreach (var list in classes.Values.Where(l => l.Count > 1))
        {
            for (int i = 0; i + 1 < list.Count; i++)
            {
                // position = 1 + slot when used, 0 when not; non-increasing along the class.
                Cp.Add(Position(list[i]) >= Position(list[i + 1]));
            }
        }

        LinearExpr Position(int m)
        {
            var b = LinearExpr.NewBuilder();
            for (int p = 0; p < _slots; p++)
            {
                if (_y[m][p] is { } y)
                {
                    b.AddTerm(y, p + 1);
                }
            }

            return b;
        }
    }

    private void PostHours(UnitFacts[] unit, CancellationToken cancellationToken)
    {
        if (!_model.HasWorkload)
        {
            return;
        }

        var values = new List<double>();
        for (int a = 0; a < _model.ActivityCount; a++)
        {
            values.Add(_model.Workload(a));
        }

        for (int m = 0; m < _model.MemberCount; m++)
        {
            values.Add(_model.Hours(m));
        }

        var hours = Scaling(values);
        long total = 0;
        var demand = new long[_units.Count];
        for (int u = 0; u < _units.Count; u++)
        {
            demand[u] = hours.Ceiling(unit[u].Workload);
            total += demand[u];
        }

        var supply = new long[_model.MemberCount];
        for (int m = 0; m < _model.MemberCount; m++)
        {
            supply[m] = double.IsFinite(_model.Hours(m)) ? Math.Min(hours.Down(_model.Hours(m)), total) : total;
        }

        for (int p = 0; p < _slots; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_open[p] is null)
            {
                continue;
            }

            var given = LinearExpr.NewBuilder();
            for (int m = 0; m < _model.MemberCount; m++)
            {
                if (_y[m][p] is not { } y)
                {
                    continue;
                }

                bool split = _model.MaxTeams(m) > 1 && double.IsFinite(_model.Hours(m));
                if (split)
                {
                    var h = Cp.NewIntVar(0, supply[m], $"h_{m}_{p}");
                    Cp.Add(h <= LinearExpr.Term(y, supply[m]));
                    given.Add(h);
                    _h.Add((h, m, p));
                }
                else
                {
                    given.AddTerm(y, supply[m]);
                }
            }

            var needed = LinearExpr.NewBuilder();
            foreach (int u in Candidates(p))
            {
                if (demand[u] > 0)
                {
                    needed.AddTerm(_x[u][p]!, demand[u]);
                }
            }

            Cp.Add(given >= needed);
        }

        PostCapacityCuts(demand, supply);

        foreach (var group in _h.GroupBy(t => t.Member))
        {
            Cp.Add(LinearExpr.Sum(group.Select(t => (LinearExpr)t.H)) <= supply[group.Key]);
        }
    }

    /// <summary>
    /// Redundant knapsack rows that lift the LP bound of the cut: a package's workload is at most what the
    /// <c>teamMax</c> members with the most hours can give, so the neighbours sharing a unit's package fit in what is left
    /// of that capacity (<c>Σ_v W_v·same(u,v) ≤ C − W_u</c>).
    /// </summary>
    private void PostCapacityCuts(long[] demand, long[] supply)
    {
        if (supply.Length == 0)
        {
            return;
        }

        long capacity = supply.OrderDescending().Take(_model.TeamSize.Max).Sum();
        var byUnit = new Dictionary<int, LinearExprBuilder>();
        foreach (var ((u, v), list) in _same)
        {
            if (demand[v] > 0)
            {
                Add(u, list, demand[v]);
            }

            if (demand[u] > 0)
            {
                Add(v, list, demand[u]);
            }
        }

        foreach (var (u, row) in byUnit)
        {
            Cp.Add(row <= Math.Max(0, capacity - demand[u]));
        }

        void Add(int unit, List<BoolVar> same, long weight)
        {
            if (!byUnit.TryGetValue(unit, out var row))
            {
                byUnit[unit] = row = LinearExpr.NewBuilder();
            }

            foreach (var z in same)
            {
                row.AddTerm(z, weight);
            }
        }
    }

    /// <summary>What one unit asks of its package, from its activities.</summary>
    private sealed record UnitFacts(
        int[] Capabilities,
        Scale? Fixed,
        Scale Effective,
        double Workload,
        HashSet<int> Required,
        HashSet<int> Excluded,
        bool Consistent)
    {
        internal static UnitFacts[] For(PackagingModel model, Units units)
        {
            var facts = new UnitFacts[units.Count];
            for (int u = 0; u < units.Count; u++)
            {
                var acts = units.Activities[u];
                var caps = new SortedSet<int>();
                Scale? fixedScale = null;
                bool consistent = true;
                var ideal = Scale.SupraLocalRegion;
                double workload = 0;
                var required = new HashSet<int>();
                var excluded = new HashSet<int>();
                foreach (int a in acts)
                {
                    foreach (int c in model.RequiredCapabilities(a))
                    {
                        caps.Add(c);
                    }

                    if (model.FixedScale(a) is { } f)
                    {
                        consistent &= fixedScale is null || fixedScale == f;
                        fixedScale = f;
                    }

                    ideal = model.IdealScale(a) < ideal ? model.IdealScale(a) : ideal;
                    workload += model.Workload(a);
                    required.UnionWith(model.RequiredMembers(a).ToArray());
                    excluded.UnionWith(model.ExcludedMembers(a).ToArray());
                }

                consistent &= !required.Overlaps(excluded);
                foreach (var (x, y) in model.ApartPairs)
                {
                    // A together rule and an apart rule on the same pair: the unit has no possible package.
                    consistent &= !(units.UnitOf[x] == u && units.UnitOf[y] == u);
                }

                facts[u] = new UnitFacts([.. caps], fixedScale, fixedScale ?? ideal, workload, required, excluded, consistent);
            }

            return facts;
        }
    }
}
