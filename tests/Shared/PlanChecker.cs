using Ontwar.Plans;

namespace Ontwar.Tests.Shared;

/// <summary>
/// An independent check of a plan against a scenario's hard constraints, written from the domain objects only, for
/// tests of engines and formulations. Returns every violation as a sentence.
/// </summary>
public static class PlanChecker
{
    /// <summary>Every hard constraint the plan violates; empty when the plan is valid.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="ignoreRules">Whether the rules are left out.</param>
    /// <returns>The violations.</returns>
    public static List<string> Violations(Scenario s, Plan plan, bool ignoreRules = false)
    {
        var problems = new List<string>();
        var packageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            var package = plan.Packages[p];
            if (package.Activities.Count == 0)
            {
                problems.Add($"{package.Id} has no activity");
            }

            foreach (var a in package.Activities)
            {
                if (s.IndexOfActivity(a) < 0)
                {
                    problems.Add($"{package.Id} names unknown activity {a}");
                }
                else if (!packageOf.TryAdd(a, p))
                {
                    problems.Add($"activity {a} is in two packages");
                }
            }

            if (package.Members.Distinct().Count() != package.Members.Count)
            {
                problems.Add($"{package.Id} repeats a member");
            }

            if (!s.TeamSize.Allows(package.Members.Distinct().Count()))
            {
                problems.Add($"{package.Id} has {package.Members.Count} members, outside {s.TeamSize}");
            }

            foreach (var m in package.Members.Distinct())
            {
                if (s.IndexOfMember(m) < 0)
                {
                    problems.Add($"{package.Id} names unknown member {m}");
                }
                else
                {
                    usage[m] = usage.GetValueOrDefault(m) + 1;
                }
            }
        }

        foreach (var a in s.Activities.Where(a => !packageOf.ContainsKey(a.Id)))
        {
            problems.Add($"activity {a.Id} is in no package");
        }

        foreach (var (m, count) in usage)
        {
            if (count > s.GetMember(m).MaxTeams)
            {
                problems.Add($"member {m} is in {count} teams, more than {s.GetMember(m).MaxTeams}");
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        IReadOnlyList<Rule> rules = ignoreRules ? [] : s.Rules;
        var fixedScales = rules.OfType<FixedScaleRule>().GroupBy(f => f.Activity).ToDictionary(g => g.Key, g => g.Select(f => f.Scale).Distinct().ToList());
        foreach (var (a, scales) in fixedScales.Where(f => f.Value.Count > 1))
        {
            problems.Add($"activity {a} has contradictory fixed scales");
        }

        var workloads = new List<double>();
        var teams = new List<IReadOnlyList<int>>();
        foreach (var package in plan.Packages)
        {
            var activities = package.Activities.Select(s.GetActivity).ToList();
            var members = package.Members.Select(s.GetMember).ToList();
            var fixedHere = activities.Where(a => fixedScales.ContainsKey(a.Id)).SelectMany(a => fixedScales[a.Id]).Distinct().ToList();
            if (fixedHere.Count > 1)
            {
                problems.Add($"{package.Id} holds activities with different fixed scales");
            }

            var scale = fixedHere.Count > 0 ? fixedHere[0] : activities.Min(a => a.IdealScale);
            if (package.Scale is { } given && given != scale)
            {
                problems.Add($"{package.Id} has scale {given}, the policy says {scale}");
            }

            foreach (var m in members.Where(m => m.Scale < scale))
            {
                problems.Add($"member {m.Id} works at {m.Scale}, below {package.Id}'s scale {scale}");
            }

            foreach (var cap in activities.SelectMany(a => a.Requires).Distinct())
            {
                if (!members.Any(m => m.Capabilities.Contains(cap)))
                {
                    problems.Add($"nobody in {package.Id}'s team holds {cap}");
                }
            }

            workloads.Add(activities.Sum(a => a.Workload ?? 0));
            teams.Add(members.Select(m => s.IndexOfMember(m.Id)).ToList());
        }

        if (!MaxFlow.Covers(s.Members.Select(m => m.Hours ?? double.PositiveInfinity).ToList(), workloads, teams))
        {
            problems.Add("the members' hours do not cover the workloads");
        }

        foreach (var rule in rules)
        {
            switch (rule)
            {
                case TogetherRule t when t.Activities.Select(a => packageOf[a]).Distinct().Count() > 1:
                    problems.Add($"together rule [{string.Join(", ", t.Activities)}] is broken");
                    break;
                case ApartRule ar when ar.Activities.Select(a => packageOf[a]).Distinct().Count() < ar.Activities.Distinct().Count():
                    problems.Add($"apart rule [{string.Join(", ", ar.Activities)}] is broken");
                    break;
                case MemberRequiredRule r when !plan.Packages[packageOf[r.Activity]].Members.Contains(r.Member):
                    problems.Add($"member {r.Member} is required with {r.Activity} but missing");
                    break;
                case MemberExcludedRule x when plan.Packages[packageOf[x.Activity]].Members.Contains(x.Member):
                    problems.Add($"member {x.Member} is excluded from {x.Activity}'s package but in it");
                    break;
            }
        }

        return problems;
    }

    /// <summary>The summed cohesion of dependencies whose activities are in different packages.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="plan">A plan holding every activity once.</param>
    /// <returns>The cut weight.</returns>
    public static double CutWeight(Scenario s, Plan plan)
    {
        var packageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            foreach (var a in plan.Packages[p].Activities)
            {
                packageOf[a] = p;
            }
        }

        return s.Dependencies.Where(d => packageOf[d.From] != packageOf[d.To])
            .Sum(d => d.Weight ?? s.IntensityWeights.WeightOf(d.Intensity!.Value));
    }
}
