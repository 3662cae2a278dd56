using System.Globalization;
using Ontwar.Diagnostics;
using Ontwar.Internal;
using Ontwar.Plans;

namespace Ontwar.Evaluation;

/// <summary>
/// The independent check of a plan against the hard constraints of a scenario (docs/model.md). It reads the domain
/// objects directly (identifiers, <see cref="Scenario"/>, <see cref="Plan"/>) and deliberately shares no code with the
/// compiled model the engines use, so that it can judge their plans (the hours check's maximum flow is OR-Tools', through
/// the library's thin <c>MaxFlow</c> adapter, not an engine's). Simple and obviously correct before fast.
/// </summary>
internal sealed class PlanChecker
{
    private readonly Scenario _scenario;
    private readonly Plan _plan;
    private readonly bool _ignoreRules;
    private readonly List<Diagnostic> _violations = [];

    // Per package, in plan order: its known activities and known members, each once, in listed order.
    private readonly List<Activity>[] _activities;
    private readonly List<Member>[] _team;

    // Per activity id: the packages (plan indices, increasing) that list it.
    private readonly Dictionary<string, List<int>> _packagesOf = new(StringComparer.Ordinal);

    // Per member (scenario index): the packages (plan indices, increasing) whose teams list it. Kept so that checks per
    // member cost the member's own teams rather than a scan of every team (which made large plans quadratic).
    private readonly List<int>?[] _teamsOf;

    private PlanChecker(Scenario scenario, Plan plan, bool ignoreRules)
    {
        _scenario = scenario;
        _plan = plan;
        _ignoreRules = ignoreRules;
        _activities = new List<Activity>[plan.Packages.Count];
        _team = new List<Member>[plan.Packages.Count];
        _teamsOf = new List<int>?[scenario.Members.Count];
    }

    private int PackageCount => _plan.Packages.Count;

    /// <summary>Checks a plan; see <see cref="CheckResult"/>.</summary>
    internal static CheckResult Check(Scenario scenario, Plan plan, bool ignoreRules)
        => new PlanChecker(scenario, plan, ignoreRules).Run();

    private CheckResult Run()
    {
        CheckStructure();
        var (policy, effective) = CheckScales();
        bool hasTeams = _plan.Packages.Any(p => p.Members.Count > 0);
        var workload = new double[PackageCount];
        for (int p = 0; p < PackageCount; p++)
        {
            workload[p] = _activities[p].Sum(a => a.Workload ?? 0);
        }

        if (hasTeams)
        {
            CheckTeamSizes();
            CheckCapabilities();
            CheckMaxTeams();
            CheckMemberScales(effective);
            CheckHours(workload);
        }
        else
        {
            _violations.Add(Diagnostic.Info(
                ViolationCodes.NoTeams,
                "The plan gives no teams (no package lists members): it only groups activities, so team size, capability coverage, "
                + "teams per member, working scales of members, hours and member rules were not checked."));
        }

        if (!_ignoreRules)
        {
            CheckRules(hasTeams);
        }

        var missing = new IReadOnlyList<string>[PackageCount];
        var unneeded = new IReadOnlyList<string>[PackageCount];
        for (int p = 0; p < PackageCount; p++)
        {
            missing[p] = MissingCapabilities(p).Select(c => c.Capability).ToList().AsReadOnly();
            var extra = UnneededMembers(p).ToList();
            unneeded[p] = extra.Select(m => m.Id).ToList().AsReadOnly();
            foreach (var m in extra)
            {
                _violations.Add(Diagnostic.Warning(
                    ViolationCodes.UnneededMember,
                    $"Member {Who(m)} in the team of package {_plan.Packages[p].Id} holds no capability its activities require; "
                    + "a package takes all needed partners and only needed partners (000:910-912).",
                    MemberPath(p, m.Id)));
            }
        }

        return new CheckResult(_violations.AsReadOnly(), policy, effective, workload, missing, unneeded, hasTeams);
    }

    // ---- structure ------------------------------------------------------------------------------------------------

    private void CheckStructure()
    {
        for (int p = 0; p < PackageCount; p++)
        {
            var package = _plan.Packages[p];
            _activities[p] = [];
            _team[p] = [];
            if (package.Activities.Count == 0)
            {
                _violations.Add(Diagnostic.Error(
                    ViolationCodes.EmptyPackage,
                    $"Package {package.Id} has no activities; a package holds at least one activity.",
                    PackagePath(p)));
            }

            for (int j = 0; j < package.Activities.Count; j++)
            {
                var id = package.Activities[j];
                int index = _scenario.IndexOfActivity(id);
                if (index < 0)
                {
                    _violations.Add(Diagnostic.Error(
                        ViolationCodes.UnknownActivity,
                        $"Package {package.Id} lists activity '{id}', which the scenario does not have.",
                        $"{PackagePath(p)}.activities[{Int(j)}]"));
                }
                else if (_activities[p].Any(a => a.Id == id))
                {
                    _violations.Add(Diagnostic.Error(
                        ViolationCodes.DuplicateActivity,
                        $"Package {package.Id} lists activity '{id}' twice.",
                        $"{PackagePath(p)}.activities[{Int(j)}]"));
                }
                else
                {
                    _activities[p].Add(_scenario.Activities[index]);
                    if (!_packagesOf.TryGetValue(id, out var packages))
                    {
                        _packagesOf[id] = packages = [];
                    }

                    packages.Add(p);
                }
            }

            for (int j = 0; j < package.Members.Count; j++)
            {
                var id = package.Members[j];
                int index = _scenario.IndexOfMember(id);
                if (index < 0)
                {
                    _violations.Add(Diagnostic.Error(
                        ViolationCodes.UnknownMember,
                        $"The team of package {package.Id} lists member '{id}', who is not a member of the scenario.",
                        $"{PackagePath(p)}.members[{Int(j)}]"));
                }
                else if (_team[p].Any(m => m.Id == id))
                {
                    _violations.Add(Diagnostic.Error(
                        ViolationCodes.DuplicateMember,
                        $"The team of package {package.Id} lists member '{id}' twice.",
                        $"{PackagePath(p)}.members[{Int(j)}]"));
                }
                else
                {
                    _team[p].Add(_scenario.Members[index]);
                    (_teamsOf[index] ??= []).Add(p);
                }
            }
        }

        foreach (var activity in _scenario.Activities)
        {
            var packages = _packagesOf.GetValueOrDefault(activity.Id);
            if (packages is null)
            {
                _violations.Add(Diagnostic.Error(
                    ViolationCodes.ActivityNotPlanned,
                    $"Activity '{activity.Id}' ({activity.Name}) is in no package; every activity must be in exactly one package.",
                    "$.packages"));
            }
            else if (packages.Count > 1)
            {
                var first = _plan.Packages[packages[0]].Id;
                foreach (int q in packages.Skip(1))
                {
                    _violations.Add(Diagnostic.Error(
                        ViolationCodes.ActivityInTwoPackages,
                        $"Activity '{activity.Id}' is in package {first} and again in package {_plan.Packages[q].Id}; "
                        + "an activity belongs to exactly one package.",
                        ActivityPath(q, activity.Id)));
                }
            }
        }
    }

    // ---- scale ----------------------------------------------------------------------------------------------------

    private (Scale?[] Policy, Scale?[] Effective) CheckScales()
    {
        var policy = new Scale?[PackageCount];
        var effective = new Scale?[PackageCount];
        for (int p = 0; p < PackageCount; p++)
        {
            var package = _plan.Packages[p];
            var fixedRules = _ignoreRules
                ? []
                : _scenario.Rules.OfType<FixedScaleRule>().Where(r => _activities[p].Any(a => a.Id == r.Activity)).ToList();
            var fixedScales = fixedRules.Select(r => r.Scale).Distinct().ToList();

            if (fixedScales.Count > 1)
            {
                var each = string.Join(", ", fixedRules.Select(r => $"'{r.Activity}' at {Describe(r.Scale)}"));
                _violations.Add(Diagnostic.Error(
                    ViolationCodes.FixedScaleConflict,
                    $"Package {package.Id} holds activities whose fixed-scale rules disagree ({each}); no single scale meets them all.",
                    PackagePath(p)));
            }
            else if (fixedScales.Count == 1)
            {
                policy[p] = fixedScales[0];
                if (package.Scale is { } stated && stated != fixedScales[0])
                {
                    _violations.Add(Diagnostic.Error(
                        ViolationCodes.RuleFixedScale,
                        $"Package {package.Id} is set at {Describe(stated)}, but a fixed-scale rule puts activity "
                        + $"'{fixedRules[0].Activity}' at {Describe(fixedScales[0])}{Reason(fixedRules[0])}.",
                        $"{PackagePath(p)}.scale"));
                }
            }
            else if (_activities[p].Count > 0)
            {
                var smallest = _activities[p].MinBy(a => a.IdealScale)!;
                policy[p] = smallest.IdealScale;
                if (package.Scale is { } stated && stated != smallest.IdealScale)
                {
                    _violations.Add(Diagnostic.Error(
                        ViolationCodes.ScaleNotPolicy,
                        $"Package {package.Id} is set at {Describe(stated)}, but the smallest ideal scale of its activities is "
                        + $"{Describe(smallest.IdealScale)} (activity '{smallest.Id}'); a package works at the smallest scale of its activities (000:864-866).",
                        $"{PackagePath(p)}.scale"));
                }
            }

            effective[p] = package.Scale ?? policy[p];
        }

        return (policy, effective);
    }

    // ---- teams ----------------------------------------------------------------------------------------------------

    private void CheckTeamSizes()
    {
        var limits = _scenario.TeamSize;
        for (int p = 0; p < PackageCount; p++)
        {
            int size = _team[p].Count;
            if (size < limits.Min || size > limits.Max)
            {
                _violations.Add(Diagnostic.Error(
                    size < limits.Min ? ViolationCodes.TeamTooSmall : ViolationCodes.TeamTooLarge,
                    $"The team of package {_plan.Packages[p].Id} has {Int(size)} member{(size == 1 ? string.Empty : "s")}; "
                    + $"a team has between {Int(limits.Min)} and {Int(limits.Max)} members (000:313).",
                    $"{PackagePath(p)}.members"));
            }
        }
    }

    private void CheckCapabilities()
    {
        for (int p = 0; p < PackageCount; p++)
        {
            foreach (var (capability, activities) in MissingCapabilities(p))
            {
                var which = activities.Count == 1
                    ? $"activity '{activities[0]}'"
                    : "activities " + string.Join(", ", activities.Select(a => $"'{a}'"));
                _violations.Add(Diagnostic.Error(
                    ViolationCodes.MissingCapability,
                    $"Package {_plan.Packages[p].Id} needs capability '{capability}' ({which}) but no member of its team holds it.",
                    PackagePath(p)));
            }
        }
    }

    private void CheckMaxTeams()
    {
        for (int i = 0; i < _scenario.Members.Count; i++)
        {
            var member = _scenario.Members[i];
            var teams = _teamsOf[i] ?? [];
            if (teams.Count > member.MaxTeams)
            {
                var names = string.Join(", ", teams.Select(p => _plan.Packages[p].Id));
                _violations.Add(Diagnostic.Error(
                    ViolationCodes.MemberInTooManyTeams,
                    $"Member {Who(member)} is in the teams of {Int(teams.Count)} packages ({names}) but may join at most {Int(member.MaxTeams)}.",
                    MemberPath(teams[member.MaxTeams], member.Id)));
            }
        }
    }

    private void CheckMemberScales(Scale?[] effective)
    {
        for (int p = 0; p < PackageCount; p++)
        {
            if (effective[p] is not { } scale)
            {
                continue;
            }

            foreach (var member in _team[p].Where(m => m.Scale < scale))
            {
                _violations.Add(Diagnostic.Error(
                    ViolationCodes.MemberScaleTooSmall,
                    $"Member {Who(member)} works at {Describe(member.Scale)} at most, but package {_plan.Packages[p].Id} works at "
                    + $"{Describe(scale)}; a member joins only packages at their own working scale or smaller.",
                    MemberPath(p, member.Id)));
            }
        }
    }

    /// <summary>
    /// Hours as a transportation problem: source -> member (capacity: the member's hours, unlimited when not given),
    /// member -> package for each team the member is in (unlimited), package -> sink (capacity: the workload). The
    /// workload is covered exactly when the maximum flow saturates every package arc. When it does not, the packages
    /// that can still reach the sink in the residual network form groups whose teams lack hours; each group is reported
    /// once with its shortfall (its workload minus its members' hours).
    /// </summary>
    private void CheckHours(double[] workload)
    {
        double totalWorkload = workload.Sum();
        if (totalWorkload <= 0)
        {
            return;
        }

        int memberCount = _scenario.Members.Count;
        int source = 0, sink = 1 + memberCount + PackageCount;
        int MemberNode(Member m) => 1 + _scenario.IndexOfMember(m.Id);
        int PackageNode(int p) => 1 + memberCount + p;

        var network = new MaxFlow(sink + 1);
        for (int i = 0; i < memberCount; i++)
        {
            network.AddArc(source, 1 + i, _scenario.Members[i].Hours ?? double.PositiveInfinity);
        }

        var toSink = new int[PackageCount];
        for (int p = 0; p < PackageCount; p++)
        {
            foreach (var m in _team[p])
            {
                network.AddArc(MemberNode(m), PackageNode(p), double.PositiveInfinity);
            }

            toSink[p] = workload[p] > 0 ? network.AddArc(PackageNode(p), sink, workload[p]) : -1;
        }

        network.Run(source, sink);
        // The flow is exact for hours written as decimals (see MaxFlow); the tolerance covers the rare rounded case.
        double epsilon = 1e-9 * (1 + totalWorkload);
        bool covered = Enumerable.Range(0, PackageCount)
            .All(p => toSink[p] < 0 || workload[p] - network.FlowOn(toSink[p]) <= epsilon);
        if (covered)
        {
            return;
        }

        var shortSide = network.CanReach(sink);
        var done = new bool[PackageCount];
        for (int start = 0; start < PackageCount; start++)
        {
            if (done[start] || !shortSide[PackageNode(start)])
            {
                continue;
            }

            // The group: packages in the residual sink side linked through shared members on that side.
            var packages = new List<int>();
            var members = new List<Member>();
            var inGroup = new HashSet<Member>(); // a group can hold most members of a large plan: no list scans
            var queue = new Queue<int>();
            queue.Enqueue(start);
            done[start] = true;
            while (queue.Count > 0)
            {
                int p = queue.Dequeue();
                packages.Add(p);
                foreach (var m in _team[p])
                {
                    if (!shortSide[MemberNode(m)] || !inGroup.Add(m))
                    {
                        continue;
                    }

                    members.Add(m);
                    foreach (int q in _teamsOf[_scenario.IndexOfMember(m.Id)]!)
                    {
                        if (!done[q] && shortSide[PackageNode(q)])
                        {
                            done[q] = true;
                            queue.Enqueue(q);
                        }
                    }
                }
            }

            packages.Sort();
            double need = packages.Sum(p => workload[p]);
            double have = members.Sum(m => m.Hours ?? 0);
            string message = packages.Count == 1
                ? $"Package {_plan.Packages[packages[0]].Id} needs {Hours(need)} hours of work, but the members of its team have "
                  + $"{Hours(have)} hours available for it: {Hours(need - have)} hours short."
                : $"Packages {string.Join(", ", packages.Select(p => _plan.Packages[p].Id))} need {Hours(need)} hours of work together, "
                  + $"but the members of their teams, who share members, have {Hours(have)} hours between them: {Hours(need - have)} hours short.";
            _violations.Add(Diagnostic.Error(ViolationCodes.HoursShortfall, message, PackagePath(packages[0])));
        }
    }

    // ---- rules ----------------------------------------------------------------------------------------------------

    private void CheckRules(bool hasTeams)
    {
        for (int i = 0; i < _scenario.Rules.Count; i++)
        {
            var rule = _scenario.Rules[i];
            var where = $"rule $.rules[{Int(i)}]{Reason(rule)}";
            switch (rule)
            {
                case TogetherRule together:
                {
                    var placed = together.Activities.Where(_packagesOf.ContainsKey).ToList();
                    var packages = placed.SelectMany(a => _packagesOf[a]).Distinct().Order().ToList();
                    if (packages.Count > 1)
                    {
                        var each = string.Join(", ", placed.Select(a => $"'{a}' in {string.Join(" and ", _packagesOf[a].Select(p => _plan.Packages[p].Id))}"));
                        _violations.Add(Diagnostic.Error(
                            ViolationCodes.RuleTogetherSplit,
                            $"Activities {Names(together.Activities)} must share one package ({where}), but they are split: {each}."));
                    }

                    break;
                }

                case ApartRule apart:
                    for (int p = 0; p < PackageCount; p++)
                    {
                        var inside = apart.Activities.Where(a => _activities[p].Any(x => x.Id == a)).Distinct().ToList();
                        if (inside.Count > 1)
                        {
                            _violations.Add(Diagnostic.Error(
                                ViolationCodes.RuleApartJoined,
                                $"Activities {Names(inside)} must be in different packages ({where}), but package {_plan.Packages[p].Id} holds them all.",
                                PackagePath(p)));
                        }
                    }

                    break;

                case MemberRequiredRule required when hasTeams:
                    foreach (int p in _packagesOf.GetValueOrDefault(required.Activity) ?? [])
                    {
                        if (!_team[p].Any(m => m.Id == required.Member))
                        {
                            _violations.Add(Diagnostic.Error(
                                ViolationCodes.RuleMemberRequired,
                                $"Member {Who(_scenario.GetMember(required.Member))} must be in the team of the package of activity "
                                + $"'{required.Activity}' ({where}), but is not in the team of package {_plan.Packages[p].Id}.",
                                $"{PackagePath(p)}.members"));
                        }
                    }

                    break;

                case MemberExcludedRule excluded:
                    foreach (int p in _packagesOf.GetValueOrDefault(excluded.Activity) ?? [])
                    {
                        if (_team[p].Any(m => m.Id == excluded.Member))
                        {
                            _violations.Add(Diagnostic.Error(
                                ViolationCodes.RuleMemberExcluded,
                                $"Member {Who(_scenario.GetMember(excluded.Member))} must not be in the team of the package of activity "
                                + $"'{excluded.Activity}' ({where}), but is in the team of package {_plan.Packages[p].Id}.",
                                MemberPath(p, excluded.Member)));
                        }
                    }

                    break;
            }
        }
    }

    // ---- facts shared by checks and the per-package evaluation -----------------------------------------------------

    /// <summary>The capabilities the package's activities require that no team member holds, with the activities requiring each.</summary>
    private List<(string Capability, List<string> Activities)> MissingCapabilities(int p)
    {
        var missing = new List<(string Capability, List<string> Activities)>();
        foreach (var activity in _activities[p])
        {
            foreach (var capability in activity.Requires.Distinct())
            {
                if (_team[p].Any(m => m.Capabilities.Contains(capability)))
                {
                    continue;
                }

                int k = missing.FindIndex(x => x.Capability == capability);
                if (k < 0)
                {
                    missing.Add((capability, [activity.Id]));
                }
                else
                {
                    missing[k].Activities.Add(activity.Id);
                }
            }
        }

        return missing;
    }

    /// <summary>Team members holding no required capability whom no member-required rule (when rules count) places here.</summary>
    private IEnumerable<Member> UnneededMembers(int p)
    {
        var needed = _activities[p].SelectMany(a => a.Requires).ToHashSet(StringComparer.Ordinal);
        var required = _ignoreRules
            ? []
            : _scenario.Rules.OfType<MemberRequiredRule>()
                .Where(r => _activities[p].Any(a => a.Id == r.Activity))
                .Select(r => r.Member)
                .ToHashSet(StringComparer.Ordinal);
        return _team[p].Where(m => !m.Capabilities.Any(needed.Contains) && !required.Contains(m.Id));
    }

    // ---- wording --------------------------------------------------------------------------------------------------

    private static string PackagePath(int p) => $"$.packages[{Int(p)}]";

    private string MemberPath(int p, string member) => $"{PackagePath(p)}.members[{Int(IndexOf(_plan.Packages[p].Members, member))}]";

    private string ActivityPath(int p, string activity) => $"{PackagePath(p)}.activities[{Int(IndexOf(_plan.Packages[p].Activities, activity))}]";

    private static int IndexOf(IReadOnlyList<string> list, string id)
    {
        for (int j = 0; j < list.Count; j++)
        {
            if (list[j] == id)
            {
                return j;
            }
        }

        return -1;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Hours(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Describe(Scale scale) => $"{scale.ToName()} ({scale.ToDutch()})";

    private static string Who(Member member) => member.Name is null ? $"'{member.Id}'" : $"'{member.Id}' ({member.Name})";

    private static string Names(IEnumerable<string> ids) => string.Join(", ", ids.Select(a => $"'{a}'"));

    private static string Reason(Rule rule) => string.IsNullOrWhiteSpace(rule.Reason) ? string.Empty : $": {rule.Reason}";
}

/// <summary>What <see cref="PlanChecker"/> found: the violations and the per-package facts, arrays indexed by plan position.</summary>
internal sealed record CheckResult(
    IReadOnlyList<Diagnostic> Violations,
    Scale?[] PolicyScale,
    Scale?[] EffectiveScale,
    double[] Workload,
    IReadOnlyList<string>[] MissingCapabilities,
    IReadOnlyList<string>[] UnneededMembers,
    bool HasTeams);
