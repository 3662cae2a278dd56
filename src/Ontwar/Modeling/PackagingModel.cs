using Ontwar.Diagnostics;
using Ontwar.Graphs;
using Ontwar.Plans;

namespace Ontwar.Modeling;

/// <summary>
/// The packaging problem of a scenario in solver-neutral, indexed form (build → solve → read): activities, members and
/// capabilities are numbered, cohesion is a <see cref="CohesionGraph"/>, rules are resolved to indices. Every engine
/// solves this model; the model itself decides nothing. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>Decisions: which package each activity joins, each package's team and scale.</para>
/// <para>Hard constraints (docs/model.md): every activity in one package; team size within <see cref="TeamSize"/>;
/// every capability an activity requires held by a team member; a member in at most <c>MaxTeams</c> teams and only in
/// packages whose scale is not larger than the member's; package scale = the fixed scale of a fixed-scale activity in
/// it, otherwise the smallest ideal scale of its activities; member hours cover package workload (a member without
/// hours is not limited; members in several teams split their hours); the rules.</para>
/// <para>Objective: minimise the cut weight, the summed cohesion between packages. No secondary term is added.</para>
/// </remarks>
public sealed class PackagingModel
{
    private readonly int[][] _required;
    private readonly int[][] _held;
    private readonly int[][] _holders;
    private readonly Dictionary<string, int> _capabilityIndex;
    private readonly Scale[] _idealScale;
    private readonly Scale?[] _fixedScale;
    private readonly double[] _workload;
    private readonly Scale[] _memberScale;
    private readonly double[] _hours;
    private readonly int[] _maxTeams;
    private readonly int[] _togetherRoot;
    private readonly int[][] _requiredMembers;
    private readonly int[][] _excludedMembers;

    private PackagingModel(Scenario scenario, bool rulesIgnored)
    {
        Scenario = scenario;
        RulesIgnored = rulesIgnored;
        ActivityCount = scenario.Activities.Count;
        MemberCount = scenario.Members.Count;
        TeamSize = scenario.TeamSize;
        Graph = CohesionGraph.FromScenario(scenario);

        var capabilityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        int Cap(string name)
        {
            if (!capabilityIndex.TryGetValue(name, out int c))
            {
                c = names.Count;
                capabilityIndex.Add(name, c);
                names.Add(name);
            }

            return c;
        }

        _required = new int[ActivityCount][];
        _idealScale = new Scale[ActivityCount];
        _fixedScale = new Scale?[ActivityCount];
        _workload = new double[ActivityCount];
        for (int a = 0; a < ActivityCount; a++)
        {
            var activity = scenario.Activities[a];
            _required[a] = activity.Requires.Select(Cap).Distinct().Order().ToArray();
            _idealScale[a] = activity.IdealScale;
            _workload[a] = activity.Workload ?? 0;
        }

        _held = new int[MemberCount][];
        _memberScale = new Scale[MemberCount];
        _hours = new double[MemberCount];
        _maxTeams = new int[MemberCount];
        for (int m = 0; m < MemberCount; m++)
        {
            var member = scenario.Members[m];
            _held[m] = member.Capabilities.Select(Cap).Distinct().Order().ToArray();
            _memberScale[m] = member.Scale;
            _hours[m] = member.Hours ?? double.PositiveInfinity;
            // A member cannot join more packages than there are activities: a larger limit means no limit, and
            // clamping it keeps every sum of team seats small.
            _maxTeams[m] = Math.Min(member.MaxTeams, Math.Max(1, ActivityCount));
        }

        CapabilityNames = names.AsReadOnly();
        _capabilityIndex = capabilityIndex;
        var holders = new List<int>[names.Count];
        for (int c = 0; c < holders.Length; c++)
        {
            holders[c] = [];
        }

        for (int m = 0; m < MemberCount; m++)
        {
            foreach (int c in _held[m])
            {
                holders[c].Add(m);
            }
        }

        _holders = holders.Select(h => h.ToArray()).ToArray();
        HasWorkload = _workload.Any(w => w > 0);

        _togetherRoot = Enumerable.Range(0, ActivityCount).ToArray();
        var apart = new List<(int, int)>();
        var requiredMembers = Enumerable.Range(0, ActivityCount).Select(_ => new List<int>()).ToArray();
        var excludedMembers = Enumerable.Range(0, ActivityCount).Select(_ => new List<int>()).ToArray();
        var conflicts = new List<Diagnostic>();
        if (!rulesIgnored)
        {
            for (int r = 0; r < scenario.Rules.Count; r++)
            {
                switch (scenario.Rules[r])
                {
                    case TogetherRule t:
                        for (int j = 1; j < t.Activities.Count; j++)
                        {
                            Union(scenario.IndexOfActivity(t.Activities[0]), scenario.IndexOfActivity(t.Activities[j]));
                        }

                        break;
                    case ApartRule ar:
                        for (int i = 0; i < ar.Activities.Count; i++)
                        {
                            for (int j = i + 1; j < ar.Activities.Count; j++)
                            {
                                int x = scenario.IndexOfActivity(ar.Activities[i]), y = scenario.IndexOfActivity(ar.Activities[j]);
                                apart.Add((Math.Min(x, y), Math.Max(x, y)));
                            }
                        }

                        break;
                    case FixedScaleRule f:
                        int fa = scenario.IndexOfActivity(f.Activity);
                        if (_fixedScale[fa] is { } earlier && earlier != f.Scale)
                        {
                            conflicts.Add(Diagnostic.Error(
                                "contradictory-rules",
                                $"Activity '{f.Activity}' has two fixed-scale rules: {earlier.ToName()} and {f.Scale.ToName()}.",
                                $"$.rules[{r}]"));
                        }

                        _fixedScale[fa] = f.Scale;
                        break;
                    case MemberRequiredRule mr:
                        requiredMembers[scenario.IndexOfActivity(mr.Activity)].Add(scenario.IndexOfMember(mr.Member));
                        break;
                    case MemberExcludedRule mx:
                        excludedMembers[scenario.IndexOfActivity(mx.Activity)].Add(scenario.IndexOfMember(mx.Member));
                        break;
                }
            }

            for (int a = 0; a < ActivityCount; a++)
            {
                _togetherRoot[a] = Find(a);
            }
        }

        ApartPairs = apart.Distinct().Order().ToArray();
        _requiredMembers = requiredMembers.Select(l => l.Distinct().Order().ToArray()).ToArray();
        _excludedMembers = excludedMembers.Select(l => l.Distinct().Order().ToArray()).ToArray();
        RuleConflicts = conflicts.AsReadOnly();

        int Find(int x)
        {
            while (_togetherRoot[x] != x)
            {
                _togetherRoot[x] = _togetherRoot[_togetherRoot[x]];
                x = _togetherRoot[x];
            }

            return x;
        }

        void Union(int x, int y)
        {
            int rx = Find(x), ry = Find(y);
            if (rx != ry)
            {
                // The smaller index becomes the root so that the representative is stable.
                _togetherRoot[Math.Max(rx, ry)] = Math.Min(rx, ry);
            }
        }
    }

    /// <summary>The scenario the model was built from.</summary>
    public Scenario Scenario { get; }

    /// <summary>Whether the scenario's rules were left out (the ideal plan, <c>--ideal</c>).</summary>
    public bool RulesIgnored { get; }

    /// <summary>Number of activities; activity <c>i</c> is <c>Scenario.Activities[i]</c>.</summary>
    public int ActivityCount { get; }

    /// <summary>Number of members; member <c>i</c> is <c>Scenario.Members[i]</c>.</summary>
    public int MemberCount { get; }

    /// <summary>The distinct capability names; capability <c>i</c> is <c>CapabilityNames[i]</c>.</summary>
    public IReadOnlyList<string> CapabilityNames { get; }

    /// <summary>The cohesion graph between activities.</summary>
    public CohesionGraph Graph { get; }

    /// <summary>Team-size limits.</summary>
    public TeamSizeLimits TeamSize { get; }

    /// <summary>Whether any activity has a workload, so that hours constrain teams.</summary>
    public bool HasWorkload { get; }

    /// <summary>Pairs of activities (smaller index first) that apart rules keep in different packages.</summary>
    public IReadOnlyList<(int First, int Second)> ApartPairs { get; }

    /// <summary>Contradictions among the rules found while building (for example two fixed scales for one activity).</summary>
    public IReadOnlyList<Diagnostic> RuleConflicts { get; }

    /// <summary>Builds the model of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="ignoreRules">Whether to leave the rules out (the ideal plan of step 6).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static PackagingModel Build(Scenario scenario, bool ignoreRules = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new PackagingModel(scenario, ignoreRules);
    }

    /// <summary>Capabilities activity <paramref name="activity"/> requires, ascending.</summary>
    /// <param name="activity">Activity index.</param>
    /// <returns>Capability indices.</returns>
    public ReadOnlySpan<int> RequiredCapabilities(int activity) => _required[activity];

    /// <summary>Capabilities member <paramref name="member"/> holds, ascending.</summary>
    /// <param name="member">Member index.</param>
    /// <returns>Capability indices.</returns>
    public ReadOnlySpan<int> HeldCapabilities(int member) => _held[member];

    /// <summary>The ideal scale of an activity.</summary>
    /// <param name="activity">Activity index.</param>
    /// <returns>The scale.</returns>
    public Scale IdealScale(int activity) => _idealScale[activity];

    /// <summary>The scale a fixed-scale rule gives the activity's package, or <see langword="null"/>.</summary>
    /// <param name="activity">Activity index.</param>
    /// <returns>The fixed scale, or <see langword="null"/>.</returns>
    public Scale? FixedScale(int activity) => _fixedScale[activity];

    /// <summary>The workload of an activity in hours; 0 when not given.</summary>
    /// <param name="activity">Activity index.</param>
    /// <returns>Hours.</returns>
    public double Workload(int activity) => _workload[activity];

    /// <summary>The largest scale a member serves.</summary>
    /// <param name="member">Member index.</param>
    /// <returns>The scale.</returns>
    public Scale MemberScale(int member) => _memberScale[member];

    /// <summary>A member's hours; <see cref="double.PositiveInfinity"/> when not limited.</summary>
    /// <param name="member">Member index.</param>
    /// <returns>Hours.</returns>
    public double Hours(int member) => _hours[member];

    /// <summary>How many teams a member may join: its <see cref="Member.MaxTeams"/>, at most the number of activities.</summary>
    /// <param name="member">Member index.</param>
    /// <returns>At least 1.</returns>
    public int MaxTeams(int member) => _maxTeams[member];

    /// <summary>
    /// The representative of the activity's together-group (the smallest activity index of the group, itself when the
    /// activity is in no together rule). Activities with the same representative must share a package.
    /// </summary>
    /// <param name="activity">Activity index.</param>
    /// <returns>The representative's index.</returns>
    public int TogetherGroup(int activity) => _togetherRoot[activity];

    /// <summary>Members a rule requires in the team of this activity's package.</summary>
    /// <param name="activity">Activity index.</param>
    /// <returns>Member indices, ascending.</returns>
    public ReadOnlySpan<int> RequiredMembers(int activity) => _requiredMembers[activity];

    /// <summary>Members a rule excludes from the team of this activity's package.</summary>
    /// <param name="activity">Activity index.</param>
    /// <returns>Member indices, ascending.</returns>
    public ReadOnlySpan<int> ExcludedMembers(int activity) => _excludedMembers[activity];

    /// <summary>
    /// The scale policy: the scale of a package holding these activities, or <see langword="null"/> when its
    /// fixed-scale rules disagree (no scale is possible).
    /// </summary>
    /// <param name="activities">Activity indices; at least one.</param>
    /// <returns>The fixed scale of its fixed-scale activities, else the smallest ideal scale (seed 000:864-866).</returns>
    /// <exception cref="ArgumentException"><paramref name="activities"/> is empty.</exception>
    public Scale? PackageScale(ReadOnlySpan<int> activities)
    {
        if (activities.IsEmpty)
        {
            throw new ArgumentException("A package has at least one activity.", nameof(activities));
        }

        Scale? fixedScale = null;
        var smallest = Scale.SupraLocalRegion;
        foreach (int a in activities)
        {
            if (_fixedScale[a] is { } f)
            {
                if (fixedScale is { } g && g != f)
                {
                    return null;
                }

                fixedScale = f;
            }

            if (_idealScale[a] < smallest)
            {
                smallest = _idealScale[a];
            }
        }

        return fixedScale ?? smallest;
    }

    /// <summary>The index of a capability name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The index, or -1 when no activity or member mentions it.</returns>
    public int IndexOfCapability(string name) => name is not null && _capabilityIndex.TryGetValue(name, out int c) ? c : -1;

    /// <summary>Members holding a capability, ascending.</summary>
    /// <param name="capability">Capability index.</param>
    /// <returns>Member indices.</returns>
    public ReadOnlySpan<int> HoldersOf(int capability) => _holders[capability];

    /// <summary>Turns an indexed solution into a plan with package identifiers <c>P1</c>, <c>P2</c>, … in order of each package's first activity.</summary>
    /// <param name="packageOf">Package label per activity (any integers).</param>
    /// <param name="teams">Team (member indices) per package label.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">A label has no team, or the lengths do not fit.</exception>
    public Plan ToPlan(ReadOnlySpan<int> packageOf, IReadOnlyDictionary<int, int[]> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        if (packageOf.Length != ActivityCount)
        {
            throw new ArgumentException("One package label per activity is needed.", nameof(packageOf));
        }

        var order = new List<int>();
        var members = new Dictionary<int, List<int>>();
        for (int a = 0; a < packageOf.Length; a++)
        {
            if (!members.TryGetValue(packageOf[a], out var list))
            {
                list = [];
                members.Add(packageOf[a], list);
                order.Add(packageOf[a]);
            }

            list.Add(a);
        }

        var packages = new List<ActivityPackage>(order.Count);
        for (int k = 0; k < order.Count; k++)
        {
            var acts = members[order[k]];
            if (!teams.TryGetValue(order[k], out var team))
            {
                throw new ArgumentException($"Package label {order[k]} has no team.", nameof(teams));
            }

            var scale = PackageScale(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(acts));
            packages.Add(new ActivityPackage(
                "P" + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                acts.Select(a => Scenario.Activities[a].Id),
                team.Order().Select(m => Scenario.Members[m].Id),
                scale));
        }

        return new Plan(packages);
    }
}
