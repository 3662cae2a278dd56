using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ontwar.Plans;

namespace Ontwar.Tests.Support;

/// <summary>FsCheck generators of plans for generated scenarios, and consistent relabelling of a scenario with a plan.</summary>
public static class PlanGen
{
    /// <summary>A scenario with a plan for it.</summary>
    /// <param name="Scenario">The scenario.</param>
    /// <param name="Plan">The plan.</param>
    public sealed record Case(Scenario Scenario, Plan Plan)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{Scenario} | {string.Join(" ; ", Plan.Packages)}";
    }

    /// <summary>
    /// A complete plan: every activity in exactly one of up to <c>n</c> packages (a random labelling), with random teams
    /// (possibly none at all) and random stated scales (possibly none).
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The generator.</returns>
    public static Gen<Plan> Plans(Scenario scenario)
    {
        int n = scenario.Activities.Count;
        var memberIds = scenario.Members.Select(m => m.Id).ToArray();
        return
            from k in Gen.Choose(1, Math.Max(1, n))
            from labels in Gen.Choose(0, k - 1).ArrayOf(n)
            from withTeams in Gen.Elements(true, true, false)
            from teams in Gen.SubListOf(memberIds).Select(l => l.ToArray()).ArrayOf(k)
            from scales in Gen.Elements<Scale?>(null, null, Scale.LivedNeighbourhood, Scale.Municipality, Scale.SupraLocalRegion).ArrayOf(k)
            select Build(scenario, labels, k, withTeams ? teams : null, scales);
    }

    /// <summary>Generated scenarios with a generated complete plan each.</summary>
    /// <param name="shape">The scenario shape, or <see langword="null"/> for the default.</param>
    /// <returns>The arbitrary (no shrinking).</returns>
    public static Arbitrary<Case> Cases(ScenarioGen.Shape? shape = null)
        => Arb.From(from s in ScenarioGen.Scenarios(shape ?? new ScenarioGen.Shape()) from p in Plans(s) select new Case(s, p));

    /// <summary>A case with two random permutations: of the activities and of the packages.</summary>
    /// <param name="Case">The case.</param>
    /// <param name="ActivityOrder">New position to old activity index: new activity <c>i</c> is old activity <c>ActivityOrder[i]</c>.</param>
    /// <param name="PackageOrder">New position to old package index.</param>
    public sealed record Relabelling(Case Case, int[] ActivityOrder, int[] PackageOrder)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{Case} | activities [{string.Join(",", ActivityOrder)}] packages [{string.Join(",", PackageOrder)}]";
    }

    /// <summary>Cases with random permutations of their activities and packages.</summary>
    /// <param name="shape">The scenario shape, or <see langword="null"/> for the default.</param>
    /// <returns>The arbitrary (no shrinking).</returns>
    public static Arbitrary<Relabelling> Relabellings(ScenarioGen.Shape? shape = null)
        => Arb.From(
            from s in ScenarioGen.Scenarios(shape ?? new ScenarioGen.Shape())
            from p in Plans(s)
            from activities in Gen.Shuffle(Enumerable.Range(0, s.Activities.Count).ToArray())
            from packages in Gen.Shuffle(Enumerable.Range(0, p.Packages.Count).ToArray())
            select new Relabelling(new Case(s, p), activities, packages));

    /// <summary>
    /// The relabelled case: activities renamed <c>r0, r1, ...</c> in the new order (dependencies, rules and the plan
    /// follow the new names; the dependency list is reversed), packages reordered and renamed <c>Q0, Q1, ...</c>.
    /// </summary>
    /// <param name="r">The relabelling.</param>
    /// <returns>The relabelled scenario and plan.</returns>
    public static Case Apply(Relabelling r)
    {
        var (s, plan) = (r.Case.Scenario, r.Case.Plan);
        var rename = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < r.ActivityOrder.Length; i++)
        {
            rename[s.Activities[r.ActivityOrder[i]].Id] = "r" + i.ToString(CultureInfo.InvariantCulture);
        }

        var activities = r.ActivityOrder.Select(old => s.Activities[old]).Select(a =>
            new Activity(rename[a.Id], a.Name, a.IdealScale, a.Requires, a.Complexity, a.Workload, a.Function, a.CurrentPackage));
        var dependencies = s.Dependencies.Reverse().Select(d => d.Intensity is { } i
            ? new Dependency(rename[d.From], rename[d.To], i)
            : new Dependency(rename[d.From], rename[d.To], d.Weight!.Value));
        var rules = s.Rules.Select(rule => rule switch
        {
            TogetherRule t => (Rule)new TogetherRule(t.Activities.Select(a => rename[a]), t.Reason),
            ApartRule a => new ApartRule(a.Activities.Select(x => rename[x]), a.Reason),
            FixedScaleRule f => new FixedScaleRule(rename[f.Activity], f.Scale, f.Reason),
            MemberRequiredRule m => new MemberRequiredRule(m.Member, rename[m.Activity], m.Reason),
            MemberExcludedRule x => new MemberExcludedRule(x.Member, rename[x.Activity], x.Reason),
            _ => throw new InvalidOperationException("Unknown rule kind."),
        });
        var scenario = new Scenario(s.Name, activities, dependencies, s.Members, rules, s.TeamSize, null, s.IntensityWeights);
        var packages = r.PackageOrder.Select((old, k) =>
        {
            var p = plan.Packages[old];
            return new ActivityPackage("Q" + k.ToString(CultureInfo.InvariantCulture), p.Activities.Select(a => rename[a]), p.Members, p.Scale);
        });
        return new Case(scenario, new Plan(packages));
    }

    private static Plan Build(Scenario scenario, int[] labels, int k, string[][]? teams, Scale?[] scales)
    {
        var packages = new List<ActivityPackage>();
        for (int c = 0; c < k; c++)
        {
            var activities = Enumerable.Range(0, labels.Length).Where(i => labels[i] == c).Select(i => scenario.Activities[i].Id).ToList();
            if (activities.Count > 0)
            {
                packages.Add(new ActivityPackage("P" + c.ToString(CultureInfo.InvariantCulture), activities, teams?[c], scales[c]));
            }
        }

        return new Plan(packages);
    }
}
