using System.Globalization;

namespace Ontwar.Modeling.Mip;

/// <summary>
/// The textbook assignment MIP of a <see cref="PackagingModel"/>: activities and members are assigned to numbered
/// package slots. It is the independent check of Ontwar's own engines and the model of the MIP engine; the full
/// formulation is in <c>docs/mip.md</c>.
/// </summary>
/// <remarks>
/// <para><b>Slots.</b> <c>K = max(1, min(A, ⌊Σ_m maxTeams_m / teamMin⌋))</c>: every package needs its own activity
/// and at least <c>teamMin</c> member places, and member <c>m</c> offers <c>maxTeams_m</c> places. A caller may lower
/// K further with <c>maxPackages</c>, which restricts the model to plans with at most that many packages.</para>
/// <para><b>Variables</b> (in this order): binary <c>x[a,p]</c> (activity a in slot p, only for <c>p &lt;= a</c>,
/// see symmetry breaking); binary <c>y[m,p]</c> (member m in the team of slot p); binary <c>u[p]</c> (slot p used);
/// continuous <c>c[e]</c> in [0, 1] per cohesion edge, objective coefficient its weight; continuous
/// <c>h[m,p] &gt;= 0</c> (hours member m gives slot p) only when the model has workloads.</para>
/// <para><b>Objective.</b> Minimise <c>Σ_e w_e c[e]</c> with <c>c[e] &gt;= x[i,p] − x[j,p]</c> and
/// <c>c[e] &gt;= x[j,p] − x[i,p]</c> for every slot: c[e] is 1 exactly when the edge is cut, so the optimum is the
/// minimum cut weight. No secondary term.</para>
/// <para><b>Symmetry breaking.</b> Slots are numbered by the smallest activity index of their package: activity
/// <c>a</c> (0-based) can only be in slots <c>0..a</c> (the variables beyond are not created), used slots form a
/// prefix (<c>u[p] &gt;= u[p+1]</c>), and a slot is used only when it holds an activity (<c>u[p] &lt;= Σ_a x[a,p]</c>).
/// Every plan has exactly one such numbering, so no plan is lost.</para>
/// </remarks>
public static class TextbookFormulation
{
    /// <summary>The number of package slots the formulation of a model gets without a caller's limit.</summary>
    /// <param name="model">The model.</param>
    /// <returns><c>max(1, min(activities, ⌊Σ_m maxTeams_m / teamMin⌋))</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static int SlotCount(PackagingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        long places = 0;
        for (int m = 0; m < model.MemberCount; m++)
        {
            places += model.MaxTeams(m);
        }

        long teams = places / model.TeamSize.Min;
        return (int)Math.Max(1, Math.Min(model.ActivityCount, teams));
    }

    /// <summary>Builds the formulation.</summary>
    /// <param name="model">The packaging model.</param>
    /// <param name="maxPackages">An upper limit on the number of packages (slots), or <see langword="null"/> for <see cref="SlotCount"/>.</param>
    /// <returns>The formulation with its variable maps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPackages"/> is below 1.</exception>
    public static MipFormulation Build(PackagingModel model, int? maxPackages = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (maxPackages is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPackages), maxPackages, "At least one package slot is needed.");
        }

        int k = Math.Min(SlotCount(model), maxPackages ?? int.MaxValue);
        return new Builder(model, k).Build();
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Builder(PackagingModel model, int k)
    {
        private readonly MipModelBuilder _b = new(model.Scenario.Name);
        private readonly int _n = model.ActivityCount;
        private readonly int _m = model.MemberCount;
        private readonly List<MipTerm> _terms = [];
        private int[,] _x = new int[0, 0];
        private int[,] _y = new int[0, 0];
        private int[] _u = [];
        private int[] _c = [];
        private int[,]? _h;

        internal MipFormulation Build()
        {
            var edges = model.Graph.Edges().ToArray();
            var conflicting = ConflictingActivities();
            AddVariables(edges, conflicting);
            AddAssignmentAndSlots();
            AddCut(edges);
            AddTeams();
            AddScale();
            AddHours();
            AddRules();
            return new MipFormulation(model, _b.Build(), k, _x, _y, _u, edges, _c, _h);
        }

        private string A(int a) => model.Scenario.Activities[a].Id;

        private string M(int m) => model.Scenario.Members[m].Id;

        private HashSet<int> ConflictingActivities()
        {
            // Two different fixed scales for one activity leave its package without a possible scale.
            var found = new HashSet<int>();
            if (model.RulesIgnored)
            {
                return found;
            }

            var seen = new Dictionary<int, Scale>();
            foreach (var f in model.Scenario.Rules.OfType<FixedScaleRule>())
            {
                int a = model.Scenario.IndexOfActivity(f.Activity);
                if (seen.TryGetValue(a, out var s) && s != f.Scale)
                {
                    found.Add(a);
                }

                seen[a] = f.Scale;
            }

            return found;
        }

        private void AddVariables(Graphs.WeightedEdge[] edges, HashSet<int> conflicting)
        {
            _x = new int[_n, k];
            for (int a = 0; a < _n; a++)
            {
                for (int p = 0; p < k; p++)
                {
                    _x[a, p] = p <= a
                        ? _b.AddVariable($"x_{A(a)}_{Inv(p + 1)}", 0, conflicting.Contains(a) ? 0 : 1, true)
                        : -1;
                }
            }

            _y = new int[_m, k];
            for (int m = 0; m < _m; m++)
            {
                for (int p = 0; p < k; p++)
                {
                    _y[m, p] = _b.AddBinary($"y_{M(m)}_{Inv(p + 1)}");
                }
            }

            _u = new int[k];
            for (int p = 0; p < k; p++)
            {
                _u[p] = _b.AddBinary($"u_{Inv(p + 1)}");
            }

            _c = new int[edges.Length];
            for (int e = 0; e < edges.Length; e++)
            {
                _c[e] = _b.AddContinuous($"c_{A(edges[e].Source)}_{A(edges[e].Target)}", 0, 1, edges[e].Weight);
            }

            if (model.HasWorkload)
            {
                double total = TotalWorkload();
                _h = new int[_m, k];
                for (int m = 0; m < _m; m++)
                {
                    for (int p = 0; p < k; p++)
                    {
                        _h[m, p] = _b.AddContinuous($"h_{M(m)}_{Inv(p + 1)}", 0, Math.Min(model.Hours(m), total));
                    }
                }
            }
        }

        private double TotalWorkload()
        {
            double total = 0;
            for (int a = 0; a < _n; a++)
            {
                total += model.Workload(a);
            }

            return total;
        }

        private void AddAssignmentAndSlots()
        {
            for (int a = 0; a < _n; a++)
            {
                Start();
                for (int p = 0; p < k; p++)
                {
                    Term(_x[a, p], 1);
                }

                _b.AddEqual($"assign_{A(a)}", Terms(), 1);
            }

            for (int p = 0; p < k; p++)
            {
                for (int a = p; a < _n; a++)
                {
                    Start();
                    Term(_x[a, p], 1);
                    Term(_u[p], -1);
                    _b.AddLessOrEqual($"open_{A(a)}_{Inv(p + 1)}", Terms(), 0);
                }

                Start();
                Term(_u[p], 1);
                for (int a = p; a < _n; a++)
                {
                    Term(_x[a, p], -1);
                }

                _b.AddLessOrEqual($"nonempty_{Inv(p + 1)}", Terms(), 0);
                if (p + 1 < k)
                {
                    Start();
                    Term(_u[p], 1);
                    Term(_u[p + 1], -1);
                    _b.AddGreaterOrEqual($"order_{Inv(p + 1)}", Terms(), 0);
                }
            }
        }

        private void AddCut(Graphs.WeightedEdge[] edges)
        {
            for (int e = 0; e < edges.Length; e++)
            {
                int i = edges[e].Source, j = edges[e].Target;
                for (int p = 0; p < k; p++)
                {
                    // c_e >= x[i,p] - x[j,p] is trivial when x[i,p] does not exist, and the other way round.
                    if (_x[i, p] >= 0)
                    {
                        Start();
                        Term(_c[e], 1);
                        Term(_x[i, p], -1);
                        Term(_x[j, p], 1);
                        _b.AddGreaterOrEqual($"sep_{A(i)}_{A(j)}_{Inv(p + 1)}", Terms(), 0);
                    }

                    if (_x[j, p] >= 0)
                    {
                        Start();
                        Term(_c[e], 1);
                        Term(_x[j, p], -1);
                        Term(_x[i, p], 1);
                        _b.AddGreaterOrEqual($"sep_{A(j)}_{A(i)}_{Inv(p + 1)}", Terms(), 0);
                    }
                }
            }
        }

        private void AddTeams()
        {
            var holders = new Dictionary<int, List<int>>();
            for (int m = 0; m < _m; m++)
            {
                foreach (int c in model.HeldCapabilities(m))
                {
                    if (!holders.TryGetValue(c, out var list))
                    {
                        holders[c] = list = [];
                    }

                    list.Add(m);
                }
            }

            for (int p = 0; p < k; p++)
            {
                Start();
                for (int m = 0; m < _m; m++)
                {
                    Term(_y[m, p], 1);
                }

                Term(_u[p], -model.TeamSize.Min);
                _b.AddGreaterOrEqual($"size_min_{Inv(p + 1)}", Terms(), 0);
                _terms[^1] = new MipTerm(_u[p], -model.TeamSize.Max);
                _b.AddLessOrEqual($"size_max_{Inv(p + 1)}", Terms(), 0);
            }

            for (int a = 0; a < _n; a++)
            {
                foreach (int c in model.RequiredCapabilities(a))
                {
                    var who = holders.GetValueOrDefault(c) ?? [];
                    for (int p = 0; p <= Math.Min(a, k - 1); p++)
                    {
                        Start();
                        foreach (int m in who)
                        {
                            Term(_y[m, p], 1);
                        }

                        Term(_x[a, p], -1);
                        _b.AddGreaterOrEqual($"cover_{A(a)}_{model.CapabilityNames[c]}_{Inv(p + 1)}", Terms(), 0);
                    }
                }
            }

            for (int m = 0; m < _m; m++)
            {
                if (model.MaxTeams(m) < k)
                {
                    Start();
                    for (int p = 0; p < k; p++)
                    {
                        Term(_y[m, p], 1);
                    }

                    _b.AddLessOrEqual($"teams_{M(m)}", Terms(), model.MaxTeams(m));
                }
            }
        }

        private void AddScale()
        {
            // Two activities with different fixed scales never share a package.
            for (int a = 0; a < _n; a++)
            {
                for (int b = a + 1; b < _n; b++)
                {
                    if (model.FixedScale(a) is { } fa && model.FixedScale(b) is { } fb && fa != fb)
                    {
                        for (int p = 0; p <= Math.Min(a, k - 1); p++)
                        {
                            Start();
                            Term(_x[a, p], 1);
                            Term(_x[b, p], 1);
                            _b.AddLessOrEqual($"fixed_{A(a)}_{A(b)}_{Inv(p + 1)}", Terms(), 1);
                        }
                    }
                }
            }

            // A member joins only packages whose scale is not larger than the member's: the package holds an activity
            // whose effective scale (fixed, else ideal) the member reaches, and no fixed-scale activity beyond it.
            for (int m = 0; m < _m; m++)
            {
                var reach = model.MemberScale(m);
                for (int p = 0; p < k; p++)
                {
                    Start();
                    Term(_y[m, p], 1);
                    bool all = true;
                    for (int a = p; a < _n; a++)
                    {
                        if ((model.FixedScale(a) ?? model.IdealScale(a)) <= reach)
                        {
                            Term(_x[a, p], -1);
                        }
                        else
                        {
                            all = false;
                        }
                    }

                    // When every activity qualifies the row is implied by y <= u <= Σ x.
                    if (!all)
                    {
                        _b.AddLessOrEqual($"scale_{M(m)}_{Inv(p + 1)}", Terms(), 0);
                    }

                    for (int a = p; a < _n; a++)
                    {
                        if (model.FixedScale(a) is { } f && f > reach)
                        {
                            Start();
                            Term(_y[m, p], 1);
                            Term(_x[a, p], 1);
                            _b.AddLessOrEqual($"scale_{M(m)}_{A(a)}_{Inv(p + 1)}", Terms(), 1);
                        }
                    }
                }
            }
        }

        private void AddHours()
        {
            if (_h is null)
            {
                return;
            }

            double total = TotalWorkload();
            for (int p = 0; p < k; p++)
            {
                Start();
                for (int m = 0; m < _m; m++)
                {
                    Term(_h[m, p], 1);
                }

                for (int a = p; a < _n; a++)
                {
                    if (model.Workload(a) > 0)
                    {
                        Term(_x[a, p], -model.Workload(a));
                    }
                }

                _b.AddGreaterOrEqual($"hours_{Inv(p + 1)}", Terms(), 0);
                for (int m = 0; m < _m; m++)
                {
                    Start();
                    Term(_h[m, p], 1);
                    Term(_y[m, p], -Math.Min(model.Hours(m), total));
                    _b.AddLessOrEqual($"hours_{M(m)}_{Inv(p + 1)}", Terms(), 0);
                }
            }

            for (int m = 0; m < _m; m++)
            {
                if (double.IsFinite(model.Hours(m)))
                {
                    Start();
                    for (int p = 0; p < k; p++)
                    {
                        Term(_h[m, p], 1);
                    }

                    _b.AddLessOrEqual($"hours_{M(m)}", Terms(), model.Hours(m));
                }
            }
        }

        private void AddRules()
        {
            for (int a = 0; a < _n; a++)
            {
                int root = model.TogetherGroup(a);
                if (root != a)
                {
                    for (int p = 0; p <= Math.Min(a, k - 1); p++)
                    {
                        Start();
                        Term(_x[a, p], 1);
                        Term(_x[root, p], -1);
                        _b.AddEqual($"together_{A(a)}_{A(root)}_{Inv(p + 1)}", Terms(), 0);
                    }
                }

                foreach (int m in model.RequiredMembers(a))
                {
                    for (int p = 0; p <= Math.Min(a, k - 1); p++)
                    {
                        Start();
                        Term(_y[m, p], 1);
                        Term(_x[a, p], -1);
                        _b.AddGreaterOrEqual($"required_{M(m)}_{A(a)}_{Inv(p + 1)}", Terms(), 0);
                    }
                }

                foreach (int m in model.ExcludedMembers(a))
                {
                    for (int p = 0; p <= Math.Min(a, k - 1); p++)
                    {
                        Start();
                        Term(_y[m, p], 1);
                        Term(_x[a, p], 1);
                        _b.AddLessOrEqual($"not_{M(m)}_{A(a)}_{Inv(p + 1)}", Terms(), 1);
                    }
                }
            }

            foreach (var (a, b) in model.ApartPairs)
            {
                for (int p = 0; p <= Math.Min(a, k - 1); p++)
                {
                    Start();
                    Term(_x[a, p], 1);
                    Term(_x[b, p], 1);
                    _b.AddLessOrEqual($"apart_{A(a)}_{A(b)}_{Inv(p + 1)}", Terms(), 1);
                }
            }
        }

        private void Start() => _terms.Clear();

        private void Term(int variable, double coefficient)
        {
            if (variable >= 0)
            {
                _terms.Add(new MipTerm(variable, coefficient));
            }
        }

        private ReadOnlySpan<MipTerm> Terms() => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_terms);
    }
}
