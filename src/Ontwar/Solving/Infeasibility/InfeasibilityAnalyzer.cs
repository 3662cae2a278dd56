using System.Globalization;
using Ontwar.Diagnostics;
using Ontwar.Modeling;
using Ontwar.Solving.Staffing;

namespace Ontwar.Solving.Infeasibility;

/// <summary>
/// Finds facts of a scenario that on their own make every plan impossible, and says them in domain words: a capability
/// nobody has, an activity no team within the size limit can cover, too few members for one team, no member working at
/// a package's scale, contradictory rules, not enough hours. Each diagnostic is one such fact, as small as it can be
/// stated (one capability, one activity, one rule pair); any one of them proves infeasibility.
/// </summary>
/// <remarks>An empty answer does not prove feasibility: some scenarios are infeasible only through the interplay
/// of many packages, which the engines prove by search.</remarks>
public static class InfeasibilityAnalyzer
{
    /// <summary>The facts that make the model infeasible on their own.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The facts, possibly none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Explain(PackagingModel model) => Explain(model, CancellationToken.None);

    /// <summary>
    /// The facts that make the model infeasible on their own, as far as the analysis got before
    /// <paramref name="cancellationToken"/> was cancelled: every fact returned holds, but after cancellation some may be
    /// missing (on 100 000 activities the analysis takes seconds, which engines must be able to cut short).
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Ends the analysis early.</param>
    /// <returns>The facts found, possibly none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Explain(PackagingModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var facts = new List<Diagnostic>(model.RuleConflicts);
        var scenario = model.Scenario;
        var limits = model.TeamSize;

        long seats = 0;
        for (int m = 0; m < model.MemberCount; m++)
        {
            seats += model.MaxTeams(m);
        }

        if (model.ActivityCount > 0 && seats < limits.Min)
        {
            facts.Add(Diagnostic.Error(
                "too-few-members",
                $"A team needs at least {limits.Min} members, but the scenario has {model.MemberCount} member(s) who can fill {seats} team seat(s) in all.",
                "$.members"));
            return facts;
        }

        // Capabilities nobody holds, or nobody at a scale the activity's package can have.
        var smallestReachable = Enumerable.Range(0, model.ActivityCount)
            .Select(a => model.FixedScale(a) ?? model.IdealScale(a))
            .DefaultIfEmpty(Scale.LivedNeighbourhood).Min();
        for (int a = 0; a < model.ActivityCount; a++)
        {
            if ((a & 255) == 0 && cancellationToken.IsCancellationRequested)
            {
                return facts;
            }

            var activity = scenario.Activities[a];
            var needed = model.FixedScale(a) ?? smallestReachable;
            for (int j = 0; j < activity.Requires.Count; j++)
            {
                var capability = activity.Requires[j];
                int index = model.IndexOfCapability(capability);
                var holders = new List<Member>();
                foreach (int m in model.HoldersOf(index))
                {
                    holders.Add(scenario.Members[m]);
                }

                if (holders.Count == 0)
                {
                    facts.Add(Diagnostic.Error(
                        "capability-missing",
                        $"Activity '{activity.Id}' requires capability '{capability}', but no member holds it.",
                        $"$.activities[{a}].requires[{j}]"));
                }
                else if (holders.All(m => m.Scale < needed))
                {
                    facts.Add(Diagnostic.Error(
                        "no-member-at-scale",
                        $"Activity '{activity.Id}' requires capability '{capability}' in a package at scale {needed.ToName()} ({needed.ToDutch()}), "
                        + $"but every member holding it works at a smaller scale (largest: {holders.Max(m => m.Scale).ToName()}).",
                        $"$.activities[{a}].requires[{j}]"));
                }
            }
        }

        var groups = TogetherGroups(model);
        facts.AddRange(ContradictoryRules(model, groups));
        if (facts.Count > 0)
        {
            return facts;
        }

        // Together-groups (single activities included) that no team within the limits could take on alone.
        var solo = new SoloFeasibility(model);
        for (int g = 0; g < groups.Count; g++)
        {
            if ((g & 63) == 0 && cancellationToken.IsCancellationRequested)
            {
                return facts;
            }

            var group = groups[g];
            var demand = PackageDemand.For(model, group);
            if (demand is null)
            {
                continue;
            }

            bool hasFixed = group.Any(a => model.FixedScale(a) is not null);
            var optimistic = hasFixed || demand.Scale <= smallestReachable ? demand : demand.AtScale(smallestReachable);
            if (solo.Check(optimistic) == StaffingOutcome.Infeasible)
            {
                facts.Add(Unstaffable(model, group, optimistic));
            }
        }

        if (facts.Count > 0)
        {
            return facts;
        }

        // Apart rules need as many packages as they name activities, each with its own team.
        for (int r = 0; r < (model.RulesIgnored ? 0 : scenario.Rules.Count); r++)
        {
            if (scenario.Rules[r] is ApartRule apart && (long)apart.Activities.Count * limits.Min > seats)
            {
                facts.Add(Diagnostic.Error(
                    "too-few-members",
                    $"The apart rule needs {apart.Activities.Count} separate packages, each with at least {limits.Min} members, "
                    + $"but the members can fill only {seats} team seat(s).",
                    $"$.rules[{r}]"));
            }
        }

        // Hours in all.
        if (model.HasWorkload && Enumerable.Range(0, model.MemberCount).All(m => double.IsFinite(model.Hours(m))))
        {
            double work = Enumerable.Range(0, model.ActivityCount).Sum(model.Workload);
            double hours = Enumerable.Range(0, model.MemberCount).Sum(model.Hours);
            if (hours < work - 1e-9)
            {
                facts.Add(Diagnostic.Error(
                    "not-enough-hours",
                    $"The activities need {Format(work)} hours in all, but the members have {Format(hours)} hours in all.",
                    "$.members"));
            }
        }

        return facts;
    }

    private static List<int[]> TogetherGroups(PackagingModel model)
    {
        var groups = new Dictionary<int, List<int>>();
        for (int a = 0; a < model.ActivityCount; a++)
        {
            int root = model.TogetherGroup(a);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }

            list.Add(a);
        }

        return groups.Values.Select(l => l.ToArray()).ToList();
    }

    private static IEnumerable<Diagnostic> ContradictoryRules(PackagingModel model, List<int[]> groups)
    {
        var scenario = model.Scenario;
        string Names(IEnumerable<int> acts) => string.Join(", ", acts.Select(a => "'" + scenario.Activities[a].Id + "'"));
        foreach (var (x, y) in model.ApartPairs)
        {
            if (model.TogetherGroup(x) == model.TogetherGroup(y))
            {
                yield return Diagnostic.Error(
                    "contradictory-rules",
                    $"Activities {Names([x, y])} must be together (through together rules) and apart (through an apart rule).",
                    RulePath(scenario, r => r is ApartRule ar && ar.Activities.Contains(scenario.Activities[x].Id) && ar.Activities.Contains(scenario.Activities[y].Id)));
            }
        }

        foreach (var group in groups.Where(g => g.Length > 1))
        {
            var fixedScales = group.Where(a => model.FixedScale(a) is not null).Select(a => (Activity: a, Scale: model.FixedScale(a)!.Value)).ToList();
            if (fixedScales.Select(f => f.Scale).Distinct().Count() > 1)
            {
                yield return Diagnostic.Error(
                    "contradictory-rules",
                    $"Activities {Names(fixedScales.Select(f => f.Activity))} must share a package but have different fixed scales "
                    + $"({string.Join(", ", fixedScales.Select(f => f.Scale.ToName()).Distinct())}).",
                    RulePath(scenario, r => r is FixedScaleRule));
            }
        }

        foreach (var group in groups)
        {
            var required = group.SelectMany(a => model.RequiredMembers(a).ToArray()).ToHashSet();
            var excluded = group.SelectMany(a => model.ExcludedMembers(a).ToArray()).ToHashSet();
            foreach (int m in required.Where(excluded.Contains).Order())
            {
                yield return Diagnostic.Error(
                    "contradictory-rules",
                    $"Member '{scenario.Members[m].Id}' is required in and excluded from the package of {Names(group)}.",
                    RulePath(scenario, r => r is MemberExcludedRule mx && mx.Member == scenario.Members[m].Id));
            }

            var demand = PackageDemand.For(model, group);
            if (demand is not null && group.Any(a => model.FixedScale(a) is not null))
            {
                foreach (int m in required.Where(m => model.MemberScale(m) < demand.Scale).Order())
                {
                    yield return Diagnostic.Error(
                        "contradictory-rules",
                        $"Member '{scenario.Members[m].Id}' is required in the package of {Names(group)}, whose scale is fixed at "
                        + $"{demand.Scale.ToName()}, but works only up to {model.MemberScale(m).ToName()}.",
                        RulePath(scenario, r => r is MemberRequiredRule mr && mr.Member == scenario.Members[m].Id));
                }
            }

            if (required.Count > model.TeamSize.Max)
            {
                yield return Diagnostic.Error(
                    "contradictory-rules",
                    $"Rules require {required.Count} members in the package of {Names(group)}, more than the largest team ({model.TeamSize.Max}).",
                    "$.rules");
            }
        }
    }

    private static Diagnostic Unstaffable(PackagingModel model, int[] group, PackageDemand demand)
    {
        var scenario = model.Scenario;
        var what = group.Length == 1
            ? $"Activity '{scenario.Activities[group[0]].Id}'"
            : $"The activities {string.Join(", ", group.Select(a => "'" + scenario.Activities[a].Id + "'"))} (kept together by rules)";
        var eligible = Enumerable.Range(0, model.MemberCount).Where(m => demand.Admits(model, m)).ToList();
        var capabilities = group.SelectMany(a => scenario.Activities[a].Requires).Distinct(StringComparer.Ordinal).ToList();
        string reason;
        if (eligible.Count < model.TeamSize.Min)
        {
            reason = $"only {eligible.Count} member(s) may work in a package at scale {demand.Scale.ToName()}, fewer than the smallest team ({model.TeamSize.Min})";
        }
        else if (model.HasWorkload && demand.Workload > 0
                 && eligible.Select(model.Hours).OrderDescending().Take(model.TeamSize.Max).Sum() < demand.Workload - 1e-9)
        {
            reason = $"it needs {Format(demand.Workload)} hours, more than the {model.TeamSize.Max} members with the most hours can give";
        }
        else
        {
            reason = $"its capabilities ({string.Join(", ", capabilities)}) cannot be covered by a team of at most {model.TeamSize.Max} members working at scale {demand.Scale.ToName()}";
        }

        return Diagnostic.Error("activity-unstaffable", $"{what} cannot get a team: {reason}.", $"$.activities[{group[0]}]");
    }

    private static string? RulePath(Scenario scenario, Func<Rule, bool> match)
    {
        for (int r = 0; r < scenario.Rules.Count; r++)
        {
            if (match(scenario.Rules[r]))
            {
                return $"$.rules[{r}]";
            }
        }

        return "$.rules";
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
