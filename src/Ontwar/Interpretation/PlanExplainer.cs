using System.Globalization;
using Ontwar.Modeling;
using Ontwar.Plans;
using Ontwar.Solving.Staffing;

namespace Ontwar.Interpretation;

/// <summary>
/// Explains a plan: per activity its strongest ties inside and outside its package and what moving it to each other
/// package would cost (or which constraint stops the move); per package why it is not merged with its closest neighbour.
/// Moves are evaluated directly, never by solving again: the change in cut comes from the cohesion graph, feasibility
/// from the rules and from staffing the packages the move touches anew (capabilities, scales, team sizes, hours), and
/// then all packages together (members' team counts and hours). When the plan's own packages cannot all be staffed
/// together (a hand-made plan), that last step is left out and a move is judged on the packages it touches.
/// </summary>
public static class PlanExplainer
{
    private const long NodeLimit = 200_000;

    /// <summary>Explains one activity of a plan.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="plan">The plan; it should fit the scenario.</param>
    /// <param name="activityId">The activity.</param>
    /// <param name="ignoreRules">Whether the plan is an ideal plan: rules do not stop moves.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan does not fit the scenario.</exception>
    /// <exception cref="KeyNotFoundException">The scenario has no such activity.</exception>
    public static ActivityExplanation ExplainActivity(Scenario scenario, Plan plan, string activityId, bool ignoreRules = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(activityId);
        PlanInterpreter.Interpret(scenario, plan, ignoreRules); // validates the plan against the scenario
        int a = scenario.IndexOfActivity(activityId);
        if (a < 0)
        {
            throw new KeyNotFoundException($"Scenario '{scenario.Name}' has no activity '{activityId}'.");
        }

        var model = PackagingModel.Build(scenario, ignoreRules);
        var graph = model.Graph;
        var packageOf = PlanComparer.PackageOf(scenario, plan);
        int home = packageOf[a];
        var inside = new List<ActivityTie>();
        var outside = new List<ActivityTie>();
        var toPackage = new double[plan.Packages.Count];
        var neighbours = graph.Neighbours(a);
        var weights = graph.Weights(a);
        for (int i = 0; i < neighbours.Length; i++)
        {
            int b = neighbours[i], q = packageOf[b];
            var tie = new ActivityTie(scenario.Activities[b].Id, q < 0 ? null : plan.Packages[q].Id, weights[i]);
            (home >= 0 && q == home ? inside : outside).Add(tie);
            if (q >= 0)
            {
                toPackage[q] += weights[i];
            }
        }

        var moves = new List<MoveOption>();
        if (home >= 0)
        {
            var groups = Groups(scenario, plan, packageOf);
            bool joint = CanStaffAll(model, groups);
            for (int q = 0; q < plan.Packages.Count; q++)
            {
                if (q == home)
                {
                    continue;
                }

                var moved = groups.Select(g => g.ToList()).ToList();
                moved[home].Remove(a);
                moved[q].Add(a);
                var ids = plan.Packages.Select(p => p.Id).ToList();
                moves.Add(new MoveOption(plan.Packages[q].Id, toPackage[home] - toPackage[q], Assess(scenario, model, moved, ids, [home, q], a, joint)));
            }

            if (groups[home].Count > 1)
            {
                var moved = groups.Select(g => g.ToList()).ToList();
                moved[home].Remove(a);
                moved.Add([a]);
                var ids = plan.Packages.Select(p => p.Id).Append(NewPackageId(plan, activityId)).ToList();
                moves.Add(new MoveOption(null, toPackage[home], Assess(scenario, model, moved, ids, [home, moved.Count - 1], a, joint)));
            }
        }

        return new ActivityExplanation(activityId, home < 0 ? null : plan.Packages[home].Id, Sort(scenario, inside), Sort(scenario, outside), moves.AsReadOnly());
    }

    /// <summary>Explains why a package is not merged with its closest neighbour (the package it shares most cohesion with).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="plan">The plan; it should fit the scenario.</param>
    /// <param name="packageId">The package.</param>
    /// <param name="ignoreRules">Whether the plan is an ideal plan: rules do not stop the merge.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan does not fit the scenario.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no such package.</exception>
    public static PackageExplanation ExplainPackage(Scenario scenario, Plan plan, string packageId, bool ignoreRules = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(packageId);
        var interpretation = PlanInterpreter.Interpret(scenario, plan, ignoreRules);
        var package = interpretation.GetPackage(packageId);
        var closest = interpretation.LinksOf(packageId)
            .Select((link, order) => (link, order))
            .OrderByDescending(x => x.link.Weight)
            .ThenBy(x => x.order)
            .Select(x => x.link)
            .FirstOrDefault();
        if (closest is null)
        {
            return new PackageExplanation(packageId, null, null, null);
        }

        string neighbour = closest.First == packageId ? closest.Second : closest.First;
        int p = package.Index, q = interpretation.GetPackage(neighbour).Index;
        var model = PackagingModel.Build(scenario, ignoreRules);
        var packageOf = PlanComparer.PackageOf(scenario, plan);
        var original = Groups(scenario, plan, packageOf);
        bool joint = CanStaffAll(model, original);
        var groups = original.Select(g => g.ToList()).ToList();
        groups[p].AddRange(groups[q]);
        groups[q].Clear();
        var ids = plan.Packages.Select(x => x.Id).ToList();
        var merge = new MoveOption(neighbour, -closest.Weight, Assess(scenario, model, groups, ids, [p], -1, joint));
        return new PackageExplanation(packageId, closest, neighbour, merge);
    }

    private static List<int>[] Groups(Scenario scenario, Plan plan, int[] packageOf)
    {
        var groups = plan.Packages.Select(_ => new List<int>()).ToArray();
        for (int a = 0; a < scenario.Activities.Count; a++)
        {
            if (packageOf[a] >= 0)
            {
                groups[packageOf[a]].Add(a);
            }
        }

        return groups;
    }

    private static IReadOnlyList<ActivityTie> Sort(Scenario scenario, List<ActivityTie> ties)
        => ties.OrderByDescending(t => t.Cohesion).ThenBy(t => scenario.IndexOfActivity(t.Activity)).ToList().AsReadOnly();

    private static string NewPackageId(Plan plan, string activityId)
    {
        var id = "new:" + activityId;
        while (plan.Packages.Any(p => p.Id == id))
        {
            id += "'";
        }

        return id;
    }

    /// <summary>
    /// The obstacles of a partition after a change: rules touching the moved activity (or the merged package), then per
    /// changed package what no team could meet, then staffing every package at once.
    /// </summary>
    /// <summary>
    /// Whether the plan's own grouping can be staffed at all (not proven impossible). A hand-made plan may not be; then
    /// moves are judged on the packages they touch only, since staffing every package at once fails whatever the move.
    /// </summary>
    private static bool CanStaffAll(PackagingModel model, IEnumerable<List<int>> groups)
    {
        var demands = new List<PackageDemand>();
        foreach (var g in groups.Where(g => g.Count > 0))
        {
            if (PackageDemand.For(model, g.ToArray()) is not { } demand)
            {
                return false;
            }

            demands.Add(demand);
        }

        var (capacity, hours) = Staffer.FullResources(model);
        return Staffer.Solve(model, demands, capacity, hours, NodeLimit).Outcome != StaffingOutcome.Infeasible;
    }

    private static IReadOnlyList<MoveObstacle> Assess(Scenario scenario, PackagingModel model, List<List<int>> groups, List<string> ids, int[] changed, int moved, bool staffAll)
    {
        var obstacles = new List<MoveObstacle>();
        var groupOf = new int[model.ActivityCount];
        Array.Fill(groupOf, -1);
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (int a in groups[g])
            {
                groupOf[a] = g;
            }
        }

        if (!model.RulesIgnored)
        {
            RuleObstacles(scenario, model, groups, ids, changed, moved, groupOf, obstacles);
        }

        var demands = new List<PackageDemand>();
        var demandOf = new int[groups.Count];
        Array.Fill(demandOf, -1);
        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g].Count == 0)
            {
                continue;
            }

            var demand = PackageDemand.For(model, groups[g].ToArray());
            if (demand is null)
            {
                obstacles.Add(new MoveObstacle(ObstacleCodes.Scale, $"Package {ids[g]} would hold activities whose fixed-scale rules disagree: no scale meets them all.", ids[g]));
                continue;
            }

            demandOf[g] = demands.Count;
            demands.Add(demand);
            if (changed.Contains(g))
            {
                TeamObstacles(scenario, model, demand, groups[g], ids[g], obstacles);
            }
        }

        if (obstacles.Count == 0 && staffAll)
        {
            var (capacity, hours) = Staffer.FullResources(model);
            var outcome = Staffer.Solve(model, demands, capacity, hours, NodeLimit).Outcome;
            if (outcome == StaffingOutcome.Infeasible)
            {
                obstacles.Add(new MoveObstacle(
                    ObstacleCodes.MemberCapacity,
                    "Each package could be staffed on its own, but not all at once: the members it needs are needed in other teams too (how many teams they may join, or their hours).",
                    null));
            }
            else if (outcome == StaffingOutcome.Unknown)
            {
                obstacles.Add(new MoveObstacle(ObstacleCodes.SearchLimit, "The staffing search reached its limit before it could decide whether teams exist.", null));
            }
        }

        return obstacles.AsReadOnly();
    }

    private static void RuleObstacles(Scenario scenario, PackagingModel model, List<List<int>> groups, List<string> ids, int[] changed, int moved, int[] groupOf, List<MoveObstacle> obstacles)
    {
        for (int i = 0; i < scenario.Rules.Count; i++)
        {
            var rule = scenario.Rules[i];
            string where = $"rule $.rules[{i.ToString(CultureInfo.InvariantCulture)}]{(rule.Reason is { } r ? " (" + r + ")" : string.Empty)}";
            switch (rule)
            {
                case TogetherRule t when moved >= 0 && t.Activities.Contains(scenario.Activities[moved].Id, StringComparer.Ordinal):
                    var apartFrom = t.Activities.Select(scenario.IndexOfActivity).Where(b => b != moved && groupOf[b] != groupOf[moved]).ToList();
                    if (apartFrom.Count > 0)
                    {
                        obstacles.Add(new MoveObstacle(
                            ObstacleCodes.Rule,
                            $"A together rule keeps '{scenario.Activities[moved].Id}' with {string.Join(", ", apartFrom.Select(b => $"'{scenario.Activities[b].Id}'"))}: {where}.",
                            ids[groupOf[moved]]));
                    }

                    break;
                case ApartRule ap:
                    foreach (int g in changed)
                    {
                        var inGroup = ap.Activities.Select(scenario.IndexOfActivity).Where(b => groupOf[b] == g).Distinct().ToList();
                        if (inGroup.Count > 1 && (moved < 0 || inGroup.Contains(moved)))
                        {
                            obstacles.Add(new MoveObstacle(
                                ObstacleCodes.Rule,
                                $"An apart rule keeps {string.Join(" and ", inGroup.Select(b => $"'{scenario.Activities[b].Id}'"))} in different packages: {where}.",
                                ids[g]));
                        }
                    }

                    break;
            }
        }
    }

    private static void TeamObstacles(Scenario scenario, PackagingModel model, PackageDemand demand, List<int> group, string id, List<MoveObstacle> obstacles)
    {
        int before = obstacles.Count;
        var fixedBy = model.RulesIgnored
            ? null
            : scenario.Rules.OfType<FixedScaleRule>().FirstOrDefault(r => r.Scale == demand.Scale && group.Contains(scenario.IndexOfActivity(r.Activity)));
        string why = fixedBy is null
            ? "the smallest ideal scale of its activities"
            : $"a fixed-scale rule on '{fixedBy.Activity}'{(fixedBy.Reason is { } reason ? " (" + reason + ")" : string.Empty)}";
        foreach (int c in demand.Capabilities)
        {
            var holders = model.HoldersOf(c);
            string capability = model.CapabilityNames[c];
            if (holders.IsEmpty)
            {
                obstacles.Add(new MoveObstacle(ObstacleCodes.CapabilityCover, $"Package {id} would need capability '{capability}', which no member holds.", id));
            }
            else if (!AnyAdmitted(model, demand, holders))
            {
                bool atScale = false;
                foreach (int m in holders)
                {
                    atScale |= model.MemberScale(m) >= demand.Scale;
                }

                obstacles.Add(atScale
                    ? new MoveObstacle(ObstacleCodes.Rule, $"Package {id} would need capability '{capability}', but a member-excluded rule keeps out every holder who works at {demand.Scale.ToName()}.", id)
                    : new MoveObstacle(ObstacleCodes.Scale, $"Package {id} would work at {demand.Scale.ToName()} ({demand.Scale.ToDutch()}, from {why}), but no member holding capability '{capability}' works at that scale.", id));
            }
        }

        foreach (int m in demand.Required)
        {
            if (model.MemberScale(m) < demand.Scale || demand.IsExcluded(m))
            {
                obstacles.Add(new MoveObstacle(
                    ObstacleCodes.Rule,
                    $"A member-required rule puts {scenario.Members[m].DisplayName} ('{scenario.Members[m].Id}') in package {id}, "
                    + (demand.IsExcluded(m) ? "but another rule excludes them from it." : $"who works at a smaller scale than its {demand.Scale.ToName()}."),
                    id));
            }
        }

        if (demand.Required.Length > model.TeamSize.Max)
        {
            obstacles.Add(new MoveObstacle(ObstacleCodes.Rule, $"Rules require {demand.Required.Length.ToString(CultureInfo.InvariantCulture)} members in package {id}, more than a team may have.", id));
        }

        if (obstacles.Count > before)
        {
            return;
        }

        var outcome = new SoloFeasibility(model, NodeLimit).Check(demand);
        if (outcome == StaffingOutcome.Feasible)
        {
            return;
        }

        if (outcome == StaffingOutcome.Unknown)
        {
            obstacles.Add(new MoveObstacle(ObstacleCodes.SearchLimit, $"The staffing search for package {id} reached its limit before it could decide.", id));
            return;
        }

        int admitted = 0;
        double hours = 0;
        for (int m = 0; m < model.MemberCount; m++)
        {
            if (demand.Admits(model, m))
            {
                admitted++;
                hours += model.Hours(m);
            }
        }

        if (admitted < model.TeamSize.Min)
        {
            obstacles.Add(new MoveObstacle(
                ObstacleCodes.TeamSize,
                $"Only {admitted.ToString(CultureInfo.InvariantCulture)} member(s) can work at {demand.Scale.ToName()} for package {id}; a team needs at least {model.TeamSize.Min.ToString(CultureInfo.InvariantCulture)}.",
                id));
        }
        else if (model.HasWorkload && hours < demand.Workload)
        {
            obstacles.Add(new MoveObstacle(
                ObstacleCodes.Hours,
                string.Create(CultureInfo.InvariantCulture, $"Package {id} would need {demand.Workload:0.###} hours, but the members who can join it have {hours:0.###} hours in all."),
                id));
        }
        else
        {
            obstacles.Add(new MoveObstacle(
                ObstacleCodes.TeamSize,
                $"No team of at most {model.TeamSize.Max.ToString(CultureInfo.InvariantCulture)} members can cover every capability package {id} would need ({string.Join(", ", demand.Capabilities.Select(c => model.CapabilityNames[c]))}) with enough hours.",
                id));
        }
    }

    private static bool AnyAdmitted(PackagingModel model, PackageDemand demand, ReadOnlySpan<int> members)
    {
        foreach (int m in members)
        {
            if (demand.Admits(model, m))
            {
                return true;
            }
        }

        return false;
    }
}
