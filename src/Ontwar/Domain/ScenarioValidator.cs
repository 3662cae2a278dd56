using System.Globalization;
using Ontwar.Diagnostics;
using Ontwar.Internal;
using Ontwar.Plans;
using static Ontwar.Serialization.DiagnosticCodes;

namespace Ontwar;

/// <summary>
/// The cross-reference checks of a scenario: unique identifiers, references that resolve, a consistent current
/// organisation; and the bounds of <see cref="ScenarioLimits"/>: sizes and weights no command can overflow on, and
/// identifiers and texts that print as they read. Paths are the JSON paths the same item has in a scenario file, so
/// the reader and the constructor report problems identically.
/// </summary>
internal static class ScenarioValidator
{
    internal static List<Diagnostic> Validate(Scenario s)
    {
        var problems = new List<Diagnostic>();
        CheckBounds(s, problems);
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

    /// <summary>The numbers and texts of <see cref="ScenarioLimits"/>, each reported where it stands.</summary>
    private static void CheckBounds(Scenario s, List<Diagnostic> problems)
    {
        Text(s.Name, "$.name", problems);
        if (s.TeamSize.Max > ScenarioLimits.MaxTeamSize)
        {
            string which = s.TeamSize.Min > ScenarioLimits.MaxTeamSize ? "min" : "max";
            problems.Add(Diagnostic.Error(
                OutOfRange,
                Invariant($"A team of {s.TeamSize.Max} members is larger than the largest team size Ontwar accepts ({ScenarioLimits.MaxTeamSize}); expected at most {ScenarioLimits.MaxTeamSize}."),
                "$.teamSize." + which));
        }

        var w = s.IntensityWeights;
        if (w.Joint > ScenarioLimits.MaxWeight)
        {
            // Increasing weights: only the largest can pass the bound first, but name every one that does.
            (string Name, double Value)[] levels = [("referral", w.Referral), ("information", w.Information), ("alignment", w.Alignment), ("joint", w.Joint)];
            foreach (var (name, value) in levels.Where(l => l.Value > ScenarioLimits.MaxWeight))
            {
                problems.Add(TooHeavy(value, "$.intensityWeights." + name));
            }
        }

        double total = 0;
        bool tooHeavy = w.Joint > ScenarioLimits.MaxWeight;
        for (int i = 0; i < s.Dependencies.Count; i++)
        {
            var d = s.Dependencies[i];
            if (d.Weight is { } weight && weight > ScenarioLimits.MaxWeight)
            {
                problems.Add(TooHeavy(weight, $"$.dependencies[{i}].weight"));
                tooHeavy = true;
            }

            total += d.CohesionUnder(w);
        }

        // Weights too large one by one are reported above; the sum is news only when each is acceptable.
        if (!tooHeavy && total > ScenarioLimits.MaxTotalWeight)
        {
            problems.Add(Diagnostic.Error(
                OutOfRange,
                Invariant($"The dependency weights add up to {total:G6}, more than Ontwar accepts ({ScenarioLimits.MaxTotalWeight:G6}); scale them down (only their ratios matter)."),
                "$.dependencies"));
        }

        for (int i = 0; i < s.Activities.Count; i++)
        {
            var a = s.Activities[i];
            var path = $"$.activities[{i}]";
            Identifier(a.Id, path + ".id", problems);
            Text(a.Name, path + ".name", problems);
            Identifiers(a.Requires, path + ".requires", problems);
            Identifier(a.Function, path + ".function", problems);
            Identifier(a.CurrentPackage, path + ".currentPackage", problems);
            Hours(a.Workload, path + ".workload", "workload", problems);
        }

        for (int i = 0; i < s.Members.Count; i++)
        {
            var m = s.Members[i];
            var path = $"$.members[{i}]";
            Identifier(m.Id, path + ".id", problems);
            Name(m.Name, path + ".name", problems);
            Name(m.Partner, path + ".partner", problems);
            Identifiers(m.Capabilities, path + ".capabilities", problems);
            Hours(m.Hours, path + ".hours", "hours", problems);
            if (m.MaxTeams > ScenarioLimits.MaxTeamsPerMember)
            {
                problems.Add(Diagnostic.Error(
                    OutOfRange,
                    Invariant($"A member in at most {m.MaxTeams} teams is more than Ontwar accepts ({ScenarioLimits.MaxTeamsPerMember}, more than a scenario can have packages); expected at most {ScenarioLimits.MaxTeamsPerMember}."),
                    path + ".maxTeams"));
            }
        }

        for (int i = 0; i < s.Rules.Count; i++)
        {
            Text(s.Rules[i].Reason, $"$.rules[{i}].reason", problems);
        }

        if (s.Current is { } current)
        {
            for (int p = 0; p < current.Packages.Count; p++)
            {
                Identifier(current.Packages[p].Id, $"$.current.packages[{p}].id", problems);
            }
        }
    }

    private static Diagnostic TooHeavy(double weight, string path)
        => Diagnostic.Error(
            OutOfRange,
            Invariant($"The weight {weight:G6} is larger than Ontwar accepts ({ScenarioLimits.MaxWeight:G6}); scale the weights down (only their ratios matter)."),
            path);

    private static void Hours(double? hours, string path, string what, List<Diagnostic> problems)
    {
        if (hours > ScenarioLimits.MaxHours)
        {
            problems.Add(Diagnostic.Error(
                OutOfRange,
                Invariant($"A {what} of {hours.Value:G6} hours is more than Ontwar accepts ({ScenarioLimits.MaxHours:G6}); expected at most {ScenarioLimits.MaxHours:G6}."),
                path));
        }
    }

    private static void Identifiers(IReadOnlyList<string> values, string listPath, List<Diagnostic> problems)
    {
        for (int j = 0; j < values.Count; j++)
        {
            Identifier(values[j], $"{listPath}[{j}]", problems);
        }
    }

    private static void Identifier(string? value, string path, List<Diagnostic> problems)
    {
        // The message never quotes the value: it may be what must not reach a terminal.
        if (value is not null && TextChecks.IdentifierProblem(value) is { } problem)
        {
            problems.Add(Diagnostic.Error(InvalidIdentifier, $"The identifier {problem}; identifiers are printable text without control, bidirectional or invisible characters.", path));
        }
    }

    private static void Text(string? value, string path, List<Diagnostic> problems)
    {
        if (value is not null && TextChecks.TextProblem(value) is { } problem)
        {
            problems.Add(Diagnostic.Error(InvalidText, $"The text {problem}; texts may not contain control characters (line breaks included) or bidirectional overrides.", path));
        }
    }

    /// <summary>An optional name that stands for the member in reports and partner lists: blank would print as nothing.</summary>
    private static void Name(string? value, string path, List<Diagnostic> problems)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Diagnostic.Error(EmptyValue, "Expected a non-empty text, found an empty one; leave the property out instead.", path));
            return;
        }

        Text(value, path, problems);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static HashSet<string> UniqueIds<T>(IReadOnlyList<T> items, Func<T, string> id, string listPath, string what, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var confusable = new Dictionary<string, int>(StringComparer.Ordinal);
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
            else if (!confusable.TryAdd(TextChecks.ConfusableKey(key), i))
            {
                // Spellings a reader cannot tell apart, or types interchangeably (composed and decomposed accents, an
                // accent left out, full-width letters), would make references ambiguous to people while the program
                // tells them apart.
                problems.Add(Diagnostic.Error(
                    ConfusableId,
                    $"The {what} identifier '{key}' looks the same as the one at {listPath}[{confusable[TextChecks.ConfusableKey(key)]}] "
                    + "(they differ only in accents, combining marks or full-width letters); use identifiers that read differently.",
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
