using Ontwar.Graphs;
using Ontwar.Plans;

namespace Ontwar.Modeling.Mip;

/// <summary>
/// A packaging model written as a <see cref="MipModel"/> (see <see cref="TextbookFormulation"/>), with the maps
/// between the MIP's variables and the packaging decisions: <see cref="Decode"/> reads a solution vector as packages
/// and teams, <see cref="Encode(ReadOnlySpan{int}, IReadOnlyDictionary{int, int[]})"/> turns a plan into a start
/// vector. Immutable and safe to share between threads.
/// </summary>
public sealed class MipFormulation
{
    private const double Half = 0.5;

    private readonly int[,] _x;
    private readonly int[,] _y;
    private readonly int[] _u;
    private readonly WeightedEdge[] _edges;
    private readonly int[] _c;
    private readonly int[,]? _h;

    internal MipFormulation(PackagingModel model, MipModel mip, int slotCount, int[,] x, int[,] y, int[] u, WeightedEdge[] edges, int[] c, int[,]? h)
    {
        Model = model;
        Mip = mip;
        SlotCount = slotCount;
        _x = x;
        _y = y;
        _u = u;
        _edges = edges;
        _c = c;
        _h = h;
        IntegerVariables = mip.Variables.Where(v => v.IsInteger).Select(v => v.Index).ToArray();
    }

    /// <summary>The packaging model this formulation encodes.</summary>
    public PackagingModel Model { get; }

    /// <summary>The MIP.</summary>
    public MipModel Mip { get; }

    /// <summary>The number of package slots K; a plan has at most this many packages.</summary>
    public int SlotCount { get; }

    /// <summary>Whether the formulation has hours variables (the model has workloads).</summary>
    public bool HasHours => _h is not null;

    /// <summary>The cohesion edges in the order of their cut variables.</summary>
    public IReadOnlyList<WeightedEdge> Edges => _edges;

    /// <summary>Indices of the integer variables (x, y and u), ascending.</summary>
    public IReadOnlyList<int> IntegerVariables { get; }

    /// <summary>The variable <c>x[a,p]</c>: activity <paramref name="activity"/> is in slot <paramref name="slot"/>.</summary>
    /// <param name="activity">Activity index.</param>
    /// <param name="slot">Slot index, 0-based.</param>
    /// <returns>The variable index, or -1 when symmetry breaking leaves it out (<paramref name="slot"/> &gt; <paramref name="activity"/>).</returns>
    /// <exception cref="IndexOutOfRangeException">An index is out of range.</exception>
    public int X(int activity, int slot) => _x[activity, slot];

    /// <summary>The variable <c>y[m,p]</c>: member <paramref name="member"/> is in the team of slot <paramref name="slot"/>.</summary>
    /// <param name="member">Member index.</param>
    /// <param name="slot">Slot index, 0-based.</param>
    /// <returns>The variable index.</returns>
    /// <exception cref="IndexOutOfRangeException">An index is out of range.</exception>
    public int Y(int member, int slot) => _y[member, slot];

    /// <summary>The variable <c>u[p]</c>: slot <paramref name="slot"/> is used.</summary>
    /// <param name="slot">Slot index, 0-based.</param>
    /// <returns>The variable index.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="slot"/> is out of range.</exception>
    public int Used(int slot) => _u[slot];

    /// <summary>The variable <c>c[e]</c>: edge <paramref name="edge"/> of <see cref="Edges"/> is cut.</summary>
    /// <param name="edge">Edge position in <see cref="Edges"/>.</param>
    /// <returns>The variable index.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="edge"/> is out of range.</exception>
    public int Cut(int edge) => _c[edge];

    /// <summary>The variable <c>h[m,p]</c>: hours member <paramref name="member"/> gives slot <paramref name="slot"/>.</summary>
    /// <param name="member">Member index.</param>
    /// <param name="slot">Slot index, 0-based.</param>
    /// <returns>The variable index, or -1 when the formulation has no hours variables.</returns>
    /// <exception cref="IndexOutOfRangeException">An index is out of range.</exception>
    public int Hours(int member, int slot) => _h is null ? -1 : _h[member, slot];

    /// <summary>Reads a solution vector: the slot of every activity and the team of every slot that holds an activity.</summary>
    /// <param name="values">One value per MIP variable; binaries are read as 1 above 0.5.</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="ArgumentException">The vector has the wrong length, or an activity is in no slot or in several.</exception>
    public MipAssignment Decode(ReadOnlySpan<double> values)
    {
        if (values.Length != Mip.Variables.Count)
        {
            throw new ArgumentException($"Expected {Mip.Variables.Count} values, one per variable; got {values.Length}.", nameof(values));
        }

        var packageOf = new int[Model.ActivityCount];
        var slots = new SortedSet<int>();
        for (int a = 0; a < Model.ActivityCount; a++)
        {
            packageOf[a] = -1;
            for (int p = 0; p < SlotCount; p++)
            {
                int v = _x[a, p];
                if (v >= 0 && values[v] > Half)
                {
                    if (packageOf[a] >= 0)
                    {
                        throw new ArgumentException($"Activity {a} is in slots {packageOf[a]} and {p}.", nameof(values));
                    }

                    packageOf[a] = p;
                }
            }

            if (packageOf[a] < 0)
            {
                throw new ArgumentException($"Activity {a} is in no slot.", nameof(values));
            }

            slots.Add(packageOf[a]);
        }

        var teams = new Dictionary<int, int[]>();
        foreach (int p in slots)
        {
            var team = new List<int>();
            for (int m = 0; m < Model.MemberCount; m++)
            {
                if (values[_y[m, p]] > Half)
                {
                    team.Add(m);
                }
            }

            teams.Add(p, team.ToArray());
        }

        return new MipAssignment(packageOf, teams);
    }

    /// <summary>Reads a solution vector as a plan (<see cref="PackagingModel.ToPlan"/>).</summary>
    /// <param name="values">One value per MIP variable.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The vector has the wrong length, or an activity is in no slot or in several.</exception>
    public Plan DecodePlan(ReadOnlySpan<double> values)
    {
        var assignment = Decode(values);
        return Model.ToPlan(assignment.PackageOfArray, assignment.TeamsArrays);
    }

    /// <summary>
    /// A complete vector of variable values for a plan given by indices, for example a MIP start. Packages are numbered
    /// by their smallest activity index (the formulation's symmetry breaking); cut variables are 1 on cut edges; hours
    /// are split by a maximum flow from members to packages. The vector is feasible for the MIP exactly when the plan
    /// meets every hard constraint.
    /// </summary>
    /// <param name="packageOf">Package label per activity (any integers).</param>
    /// <param name="teams">Team (member indices) per package label.</param>
    /// <returns>One value per MIP variable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="teams"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths do not fit, a label has no team, a member index is out of range, or the plan has more packages than <see cref="SlotCount"/>.</exception>
    public double[] Encode(ReadOnlySpan<int> packageOf, IReadOnlyDictionary<int, int[]> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        if (packageOf.Length != Model.ActivityCount)
        {
            throw new ArgumentException("One package label per activity is needed.", nameof(packageOf));
        }

        var slotOfLabel = new Dictionary<int, int>();
        var slot = new int[packageOf.Length];
        for (int a = 0; a < packageOf.Length; a++)
        {
            if (!slotOfLabel.TryGetValue(packageOf[a], out int p))
            {
                p = slotOfLabel.Count;
                if (p >= SlotCount)
                {
                    throw new ArgumentException($"The plan has more packages than the formulation's {SlotCount} slots.", nameof(packageOf));
                }

                slotOfLabel.Add(packageOf[a], p);
            }

            slot[a] = p;
        }

        var values = new double[Mip.Variables.Count];
        var slotTeams = new int[slotOfLabel.Count][];
        foreach (var (label, p) in slotOfLabel)
        {
            if (!teams.TryGetValue(label, out var team) || team is null)
            {
                throw new ArgumentException($"Package label {label} has no team.", nameof(teams));
            }

            slotTeams[p] = team.Distinct().ToArray();
            foreach (int m in slotTeams[p])
            {
                if ((uint)m >= (uint)Model.MemberCount)
                {
                    throw new ArgumentException($"Member index {m} is out of range.", nameof(teams));
                }

                values[_y[m, p]] = 1;
            }

            values[_u[p]] = 1;
        }

        for (int a = 0; a < slot.Length; a++)
        {
            values[_x[a, slot[a]]] = 1;
        }

        for (int e = 0; e < _edges.Length; e++)
        {
            values[_c[e]] = slot[_edges[e].Source] != slot[_edges[e].Target] ? 1 : 0;
        }

        if (_h is not null)
        {
            double total = 0;
            var demand = new double[slotTeams.Length];
            for (int a = 0; a < slot.Length; a++)
            {
                demand[slot[a]] += Model.Workload(a);
                total += Model.Workload(a);
            }

            var supply = new double[Model.MemberCount];
            for (int m = 0; m < supply.Length; m++)
            {
                supply[m] = Math.Min(Model.Hours(m), total);
            }

            var flow = HoursFlow.Split(supply, demand, slotTeams);
            for (int m = 0; m < supply.Length; m++)
            {
                for (int p = 0; p < slotTeams.Length; p++)
                {
                    values[_h[m, p]] = flow[m][p];
                }
            }
        }

        return values;
    }

    /// <summary>A complete vector of variable values for a plan of the model's scenario (see the other overload).</summary>
    /// <param name="plan">A plan naming the scenario's activities and members; every activity in exactly one package.</param>
    /// <returns>One value per MIP variable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan names an unknown activity or member, misses an activity or repeats one, or has more packages than <see cref="SlotCount"/>.</exception>
    public double[] Encode(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var scenario = Model.Scenario;
        var packageOf = new int[Model.ActivityCount];
        Array.Fill(packageOf, -1);
        var teams = new Dictionary<int, int[]>();
        for (int k = 0; k < plan.Packages.Count; k++)
        {
            var package = plan.Packages[k];
            foreach (var id in package.Activities)
            {
                int a = scenario.IndexOfActivity(id);
                if (a < 0)
                {
                    throw new ArgumentException($"Package '{package.Id}' names unknown activity '{id}'.", nameof(plan));
                }

                if (packageOf[a] >= 0)
                {
                    throw new ArgumentException($"Activity '{id}' is in more than one package.", nameof(plan));
                }

                packageOf[a] = k;
            }

            teams[k] = package.Members.Select(id => scenario.IndexOfMember(id) is var m and >= 0
                ? m
                : throw new ArgumentException($"Package '{package.Id}' names unknown member '{id}'.", nameof(plan))).ToArray();
        }

        int missing = Array.IndexOf(packageOf, -1);
        if (missing >= 0)
        {
            throw new ArgumentException($"Activity '{scenario.Activities[missing].Id}' is in no package.", nameof(plan));
        }

        return Encode(packageOf, teams);
    }

    /// <inheritdoc/>
    public override string ToString() => $"Textbook MIP with {SlotCount} slots: {Mip}";
}

/// <summary>A decoded MIP solution: the slot of every activity and the team of every slot in use. Immutable.</summary>
public sealed class MipAssignment
{
    internal MipAssignment(int[] packageOf, Dictionary<int, int[]> teams)
    {
        PackageOfArray = packageOf;
        TeamsArrays = teams;
        PackageOf = Array.AsReadOnly(packageOf);
        Teams = teams.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)Array.AsReadOnly(p.Value)).AsReadOnly();
    }

    /// <summary>The slot (0-based) of each activity.</summary>
    public IReadOnlyList<int> PackageOf { get; }

    /// <summary>The team (member indices, ascending) of each slot that holds an activity.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<int>> Teams { get; }

    internal int[] PackageOfArray { get; }

    internal Dictionary<int, int[]> TeamsArrays { get; }
}
