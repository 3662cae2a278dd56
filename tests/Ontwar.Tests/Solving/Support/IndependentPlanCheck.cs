using System.Globalization;
using Ontwar.Plans;

namespace Ontwar.Tests.Solving.Support;

/// <summary>
/// A feasibility checker for plans written from the domain objects only (domain.md, "Hard constraints"), sharing no
/// code with the engines or the model: every activity once; team size within limits; capabilities covered; members in
/// at most <c>MaxTeams</c> teams and only at their scale or smaller; package scale = the fixed scale of a fixed-scale
/// activity in it, else the smallest ideal scale; hours cover workload (members without hours are unlimited, members in
/// several teams split their hours: a transportation problem solved by max-flow); the rules unless ignored.
/// </summary>
public static class IndependentPlanCheck
{
    private const double HoursTolerance = 1e-7;

    /// <summary>Every violated hard constraint, in words; empty when the plan is feasible.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="ignoreRules">Whether the scenario's rules are left out (the ideal plan).</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<string> Violations(Scenario scenario, Plan plan, bool ignoreRules = false)
    {
        var v = new List<string>();
        var packageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var activities = scenario.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var members = scenario.Members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var limits = scenario.TeamSize;

        var fixedScales = new Dictionary<string, HashSet<Scale>>(StringComparer.Ordinal);
        if (!ignoreRules)
        {
            foreach (var f in scenario.Rules.OfType<FixedScaleRule>())
            {
                if (!fixedScales.TryGetValue(f.Activity, out var set))
                {
                    fixedScales[f.Activity] = set = [];
                }

                set.Add(f.Scale);
            }
        }

        var teams = new List<HashSet<string>>();
        var scales = new List<Scale?>();
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            var package = plan.Packages[p];
            string where = $"package {package.Id}";
            if (package.Activities.Count == 0)
            {
                v.Add($"{where} has no activities");
            }

            foreach (var a in package.Activities)
            {
                if (!activities.ContainsKey(a))
                {
                    v.Add($"{where} names unknown activity {a}");
                }
                else if (!packageOf.TryAdd(a, p))
                {
                    v.Add($"activity {a} is in more than one package");
                }
            }

            var team = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in package.Members)
            {
                if (!members.ContainsKey(m))
                {
                    v.Add($"{where} names unknown member {m}");
                }
                else if (!team.Add(m))
                {
                    v.Add($"{where} lists member {m} twice");
                }
            }

            teams.Add(team);
            if (team.Count < limits.Min || team.Count > limits.Max)
            {
                v.Add($"{where} has {team.Count} members, outside {limits.Min}..{limits.Max}");
            }

            var known = package.Activities.Where(activities.ContainsKey).Select(a => activities[a]).ToList();
            Scale? scale = null;
            if (known.Count > 0)
            {
                var fixedHere = known.Where(a => fixedScales.ContainsKey(a.Id)).SelectMany(a => fixedScales[a.Id]).Distinct().ToList();
                if (fixedHere.Count > 1)
                {
                    v.Add($"{where} holds activities with different fixed scales");
                }
                else
                {
                    scale = fixedHere.Count == 1 ? fixedHere[0] : known.Min(a => a.IdealScale);
                }
            }

            scales.Add(scale);
            if (scale is { } s)
            {
                if (package.Scale is { } declared && declared != s)
                {
                    v.Add($"{where} declares scale {declared} but the policy gives {s}");
                }

                foreach (var m in team)
                {
                    if (members[m].Scale < s)
                    {
                        v.Add($"{where}: member {m} works up to {members[m].Scale}, below the package scale {s}");
                    }
                }
            }

            var held = new HashSet<string>(team.SelectMany(m => members[m].Capabilities), StringComparer.Ordinal);
            foreach (var a in known)
            {
                foreach (var c in a.Requires)
                {
                    if (!held.Contains(c))
                    {
                        v.Add($"{where}: capability {c} of activity {a.Id} is not held by the team");
                    }
                }
            }
        }

        foreach (var a in scenario.Activities)
        {
            if (!packageOf.ContainsKey(a.Id))
            {
                v.Add($"activity {a.Id} is in no package");
            }
        }

        foreach (var m in scenario.Members)
        {
            int count = teams.Count(t => t.Contains(m.Id));
            if (count > m.MaxTeams)
            {
                v.Add($"member {m.Id} is in {count} teams, more than {m.MaxTeams}");
            }
        }

        if (scenario.Activities.Any(a => a.Workload is not null))
        {
            var workloads = plan.Packages
                .Select(p => p.Activities.Where(activities.ContainsKey).Sum(a => activities[a].Workload ?? 0))
                .ToArray();
            if (!HoursSuffice(scenario, teams, workloads))
            {
                v.Add("the members' hours cannot cover the packages' workloads");
            }
        }

        if (!ignoreRules)
        {
            CheckRules(scenario, v, packageOf, teams);
        }

        return v;
    }

    /// <summary>The summed cohesion of dependencies whose activities are in different packages, from the scenario's dependencies.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="plan">A plan placing every activity.</param>
    /// <returns>The cut weight.</returns>
    public static double CutWeight(Scenario scenario, Plan plan)
    {
        var packageOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in plan.Packages)
        {
            foreach (var a in p.Activities)
            {
                packageOf[a] = p.Id;
            }
        }

        return scenario.Dependencies
            .Where(d => packageOf[d.From] != packageOf[d.To])
            .Sum(d => d.Weight ?? scenario.IntensityWeights.WeightOf(d.Intensity!.Value));
    }

    /// <summary>Fails with every violation when the plan is not feasible.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="ignoreRules">Whether rules are left out.</param>
    public static void AssertFeasible(Scenario scenario, Plan plan, bool ignoreRules = false)
    {
        var violations = Violations(scenario, plan, ignoreRules);
        if (violations.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                "The plan breaks hard constraints:\n  " + string.Join("\n  ", violations) + "\nPlan:\n  "
                + string.Join("\n  ", plan.Packages) + "\nScenario:\n" + Describe(scenario));
        }
    }

    /// <summary>A compact text of a scenario for failure messages.</summary>
    /// <param name="s">The scenario.</param>
    /// <returns>The text.</returns>
    public static string Describe(Scenario s)
    {
        var lines = new List<string> { $"  team {s.TeamSize}" };
        lines.AddRange(s.Activities.Select(a =>
            $"  activity {a.Id} ideal {a.IdealScale} requires [{string.Join(",", a.Requires)}] workload {Num(a.Workload)}"));
        lines.AddRange(s.Members.Select(m =>
            $"  member {m.Id} scale {m.Scale} holds [{string.Join(",", m.Capabilities)}] hours {Num(m.Hours)} maxTeams {m.MaxTeams}"));
        lines.AddRange(s.Dependencies.Select(d => $"  dependency {d.From}-{d.To} {d.Weight ?? s.IntensityWeights.WeightOf(d.Intensity!.Value)}"));
        lines.AddRange(s.Rules.Select(r => "  rule " + r switch
        {
            TogetherRule t => $"together {string.Join(",", t.Activities)}",
            ApartRule a => $"apart {string.Join(",", a.Activities)}",
            FixedScaleRule f => $"fixedScale {f.Activity} {f.Scale}",
            MemberRequiredRule q => $"memberRequired {q.Member} {q.Activity}",
            MemberExcludedRule x => $"memberExcluded {x.Member} {x.Activity}",
            _ => r.Kind.ToString(),
        }));
        return string.Join("\n", lines);
    }

    private static string Num(double? x) => x?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static void CheckRules(Scenario scenario, List<string> v, Dictionary<string, int> packageOf, List<HashSet<string>> teams)
    {
        int PackageOf(string a) => packageOf.TryGetValue(a, out int p) ? p : -1;
        for (int r = 0; r < scenario.Rules.Count; r++)
        {
            switch (scenario.Rules[r])
            {
                case TogetherRule t when t.Activities.Select(PackageOf).Distinct().Count() > 1:
                    v.Add($"rule {r}: together activities {string.Join(",", t.Activities)} are split");
                    break;
                case ApartRule ap:
                    for (int i = 0; i < ap.Activities.Count; i++)
                    {
                        for (int j = i + 1; j < ap.Activities.Count; j++)
                        {
                            if (PackageOf(ap.Activities[i]) == PackageOf(ap.Activities[j]))
                            {
                                v.Add($"rule {r}: apart activities {ap.Activities[i]} and {ap.Activities[j]} share a package");
                            }
                        }
                    }

                    break;
                case MemberRequiredRule q when PackageOf(q.Activity) is var p && (p < 0 || !teams[p].Contains(q.Member)):
                    v.Add($"rule {r}: member {q.Member} is not in the team of {q.Activity}");
                    break;
                case MemberExcludedRule x when PackageOf(x.Activity) is var p && p >= 0 && teams[p].Contains(x.Member):
                    v.Add($"rule {r}: member {x.Member} is in the team of {x.Activity}");
                    break;
            }
        }
    }

    /// <summary>
    /// Whether hours cover workloads: a package with a member without hours is covered; the rest is a transportation
    /// problem (member hours to the packages of their teams) decided by max-flow.
    /// </summary>
    internal static bool HoursSuffice(Scenario scenario, IReadOnlyList<HashSet<string>> teams, IReadOnlyList<double> workloads)
    {
        var hours = scenario.Members.ToDictionary(m => m.Id, m => m.Hours, StringComparer.Ordinal);
        var open = Enumerable.Range(0, teams.Count)
            .Where(p => workloads[p] > 0 && teams[p].All(m => hours.TryGetValue(m, out var h) && h is not null))
            .ToList();
        if (open.Count == 0)
        {
            return true;
        }

        var involved = open.SelectMany(p => teams[p]).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = involved.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i, StringComparer.Ordinal);
        int source = involved.Count + open.Count, sink = source + 1;
        var flow = new FlowNetwork(sink + 1);
        foreach (var m in involved)
        {
            flow.Add(source, index[m], hours[m]!.Value);
        }

        double need = 0;
        for (int k = 0; k < open.Count; k++)
        {
            foreach (var m in teams[open[k]])
            {
                flow.Add(index[m], involved.Count + k, double.PositiveInfinity);
            }

            flow.Add(involved.Count + k, sink, workloads[open[k]]);
            need += workloads[open[k]];
        }

        return flow.MaxFlow(source, sink) >= need - HoursTolerance;
    }
}

/// <summary>A small Edmonds-Karp max-flow on real capacities (written for the tests; the library has its own).</summary>
internal sealed class FlowNetwork
{
    private readonly List<(int To, int Reverse, double Capacity)>[] _arcs;

    internal FlowNetwork(int nodes)
    {
        _arcs = new List<(int, int, double)>[nodes];
        for (int i = 0; i < nodes; i++)
        {
            _arcs[i] = [];
        }
    }

    internal void Add(int from, int to, double capacity)
    {
        _arcs[from].Add((to, _arcs[to].Count, capacity));
        _arcs[to].Add((from, _arcs[from].Count - 1, 0));
    }

    internal double MaxFlow(int source, int sink)
    {
        double total = 0;
        while (true)
        {
            var parent = new (int Node, int Arc)[_arcs.Length];
            Array.Fill(parent, (-1, -1));
            parent[source] = (source, -1);
            var queue = new Queue<int>();
            queue.Enqueue(source);
            while (queue.Count > 0 && parent[sink].Node < 0)
            {
                int u = queue.Dequeue();
                for (int k = 0; k < _arcs[u].Count; k++)
                {
                    var (to, _, cap) = _arcs[u][k];
                    if (cap > 1e-12 && parent[to].Node < 0)
                    {
                        parent[to] = (u, k);
                        queue.Enqueue(to);
                    }
                }
            }

            if (parent[sink].Node < 0)
            {
                return total;
            }

            double push = double.PositiveInfinity;
            for (int v = sink; v != source; v = parent[v].Node)
            {
                var (u, k) = parent[v];
                push = Math.Min(push, _arcs[u][k].Capacity);
            }

            for (int v = sink; v != source; v = parent[v].Node)
            {
                var (u, k) = parent[v];
                var arc = _arcs[u][k];
                _arcs[u][k] = arc with { Capacity = arc.Capacity - push };
                var back = _arcs[v][arc.Reverse];
                _arcs[v][arc.Reverse] = back with { Capacity = back.Capacity + push };
            }

            total += push;
        }
    }
}
