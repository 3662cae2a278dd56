using Ontwar.Diagnostics;
using Ontwar.Plans;

namespace Ontwar;

/// <summary>
/// The cross-reference checks of a scenario: unique identifiers, references that resolve, a consistent current
/// organisation. Paths are the JSON paths the same item has in a scenario file, so the reader and the constructor
/// report problems identically.
/// </summary>
internal static class ScenarioValidator
{
    internal static List<Diagnostic> Validate(Scenario s)
    {
        var problems = new List<Diagnostic>();
        var activityIds = UniqueIds(s.Activities, a => a.Id, "$.activities", "activity", problems);
        var memberIds = UniqueIds(s.Members, m => m.Id, "$.members", "member", problems);

        for (int i = 0; i < s.Dependencies.Count; i++)
        {
            var d = s.Dependencies[i];
            CheckActivity(activityIds, d.From, $"$.dependencies[{i}].from", problems);
            CheckActivity(activityIds, d.To, $"$.dependencies[{i}].to", problems);
        }

        for (int i = 0; i < s.Rules.Count; i++)
        {
            var path = $"$.rules[{i}]";
            switch (s.Rules[i])
            {
                case TogetherRule t:
                    CheckGroup(activityIds, t.Activities, path, problems);
                    break;
                case ApartRule a:
                    CheckGroup(activityIds, a.Activities, path, problems);
                    break;
                case FixedScaleRule f:
                    CheckActivity(activityIds, f.Activity, path + ".activity", problems);
                    break;
                case MemberRequiredRule r:
                    CheckMember(memberIds, r.Member, path + ".member", problems);
                    CheckActivity(activityIds, r.Activity, path + ".activity", problems);
                    break;
                case MemberExcludedRule x:
                    CheckMember(memberIds, x.Member, path + ".member", problems);
                    CheckActivity(activityIds, x.Activity, path + ".activity", problems);
                    break;
            }
        }

        if (s.Current is { } current)
        {
            CheckCurrent(s, current, activityIds, memberIds, problems);
        }

        CheckGoalsAndFactors(s, activityIds, problems);

        return problems;
    }

    private static HashSet<string> UniqueIds<T>(IReadOnlyList<T> items, Func<T, string> id, string listPath, string what, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (!seen.TryAdd(key, i))
            {
                problems.Add(Diagnostic.Error(
                    "duplicate-id",
                    $"The {what} identifier '{key}' is used again; it was first used at {listPath}[{seen[key]}]. Identifiers must be unique.",
                    $"{listPath}[{i}].id"));
            }
        }

        return new HashSet<string>(seen.Keys, StringComparer.Ordinal);
    }

    private static void CheckActivity(HashSet<string> ids, string id, string path, List<Diagnostic> problems)
    {
        if (!ids.Contains(id))
        {
            problems.Add(Diagnostic.Error("unknown-activity", $"No activity has the identifier '{id}'; expected one of the ids in $.activities.", path));
        }
    }

    private static void CheckMember(HashSet<string> ids, string id, string path, List<Diagnostic> problems)
    {
        if (!ids.Contains(id))
        {
            problems.Add(Diagnostic.Error("unknown-member", $"No member has the identifier '{id}'; expected one of the ids in $.members.", path));
        }
    }

    private static void CheckGroup(HashSet<string> ids, IReadOnlyList<string> group, string path, List<Diagnostic> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < group.Count; j++)
        {
            CheckActivity(ids, group[j], $"{path}.activities[{j}]", problems);
            if (!seen.Add(group[j]))
            {
                problems.Add(Diagnostic.Error("duplicate-id", $"The activity '{group[j]}' is named twice in this rule.", $"{path}.activities[{j}]"));
            }
        }
    }

    /// <summary>Contract section 4: goal and factor identifiers unique, every goal, activity and rule they name there.</summary>
    private static void CheckGoalsAndFactors(Scenario s, HashSet<string> activityIds, List<Diagnostic> problems)
    {
        var goalIds = UniqueIds(s.Goals, g => g.Id, "$.goals", "goal", problems);
        for (int i = 0; i < s.Activities.Count; i++)
        {
            var goals = s.Activities[i].Goals;
            for (int j = 0; j < goals.Count; j++)
            {
                if (!goalIds.Contains(goals[j]))
                {
                    problems.Add(Diagnostic.Error("unknown-goal", $"No goal has the identifier '{goals[j]}'; expected one of the ids in $.goals.", $"$.activities[{i}].goals[{j}]"));
                }
            }
        }

        UniqueIds(s.Factors, f => f.Id, "$.factors", "factor", problems);
        for (int i = 0; i < s.Factors.Count; i++)
        {
            var factor = s.Factors[i];
            for (int j = 0; j < factor.Activities.Count; j++)
            {
                CheckActivity(activityIds, factor.Activities[j], $"$.factors[{i}].activities[{j}]", problems);
            }

            for (int j = 0; j < factor.Rules.Count; j++)
            {
                if (factor.Rules[j] >= s.Rules.Count)
                {
                    problems.Add(Diagnostic.Error(
                        "unknown-rule",
                        $"The factor names rule {factor.Rules[j]}, but the scenario has {s.Rules.Count} rule(s); expected a position in $.rules, counted from 0.",
                        $"$.factors[{i}].rules[{j}]"));
                }
            }
        }
    }

    private static void CheckCurrent(Scenario s, Plan current, HashSet<string> activityIds, HashSet<string> memberIds, List<Diagnostic> problems)
    {
        var packageOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int p = 0; p < current.Packages.Count; p++)
        {
            var package = current.Packages[p];
            var path = $"$.current.packages[{p}]";
            for (int j = 0; j < package.Activities.Count; j++)
            {
                var a = package.Activities[j];
                CheckActivity(activityIds, a, $"{path}.activities[{j}]", problems);
                if (!packageOf.TryAdd(a, package.Id))
                {
                    problems.Add(Diagnostic.Error(
                        "activity-in-two-packages",
                        $"The activity '{a}' is already in current package '{packageOf[a]}'; an activity belongs to one package.",
                        $"{path}.activities[{j}]"));
                }
            }

            var team = new HashSet<string>(StringComparer.Ordinal);
            for (int j = 0; j < package.Members.Count; j++)
            {
                CheckMember(memberIds, package.Members[j], $"{path}.members[{j}]", problems);
                if (!team.Add(package.Members[j]))
                {
                    problems.Add(Diagnostic.Error("duplicate-id", $"The member '{package.Members[j]}' is named twice in this team.", $"{path}.members[{j}]"));
                }
            }
        }

        for (int i = 0; i < s.Activities.Count; i++)
        {
            var a = s.Activities[i];
            if (a.CurrentPackage is { } tag && packageOf.TryGetValue(a.Id, out var actual) && actual != tag)
            {
                problems.Add(Diagnostic.Error(
                    "current-package-mismatch",
                    $"The activity says it is in current package '{tag}', but $.current puts it in '{actual}'.",
                    $"$.activities[{i}].currentPackage"));
            }
        }
    }
}
