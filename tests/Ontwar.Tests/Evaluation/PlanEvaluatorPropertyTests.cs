using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Diagnostics;
using Ontwar.Evaluation;
using Ontwar.Plans;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Evaluation;

/// <summary>Properties of the evaluation on generated scenarios and plans.</summary>
public class PlanEvaluatorPropertyTests
{
    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * (1 + Math.Abs(a) + Math.Abs(b));

    [Property(MaxTest = 200)]
    public Property Cut_plus_internal_is_total()
    {
        return Prop.ForAll(PlanGen.Cases(), c =>
        {
            var m = PlanEvaluator.Evaluate(c.Scenario, c.Plan).Metrics;
            double expected = c.Scenario.Dependencies.Sum(d => d.CohesionUnder(c.Scenario.IntensityWeights));
            return Close(m.CutWeight + m.InternalWeight, m.TotalWeight) && Close(m.TotalWeight, expected)
                   && m.CutWeight >= 0 && m.InternalWeight >= 0;
        });
    }

    [Property]
    public Property Per_package_weights_add_up_to_the_plan_weights()
    {
        return Prop.ForAll(PlanGen.Cases(), c =>
        {
            var e = PlanEvaluator.Evaluate(c.Scenario, c.Plan);
            return Close(e.Packages.Sum(p => p.InternalWeight), e.Metrics.InternalWeight)
                   && Close(e.Packages.Sum(p => p.BoundaryWeight), 2 * e.Metrics.CutWeight)
                   && Close(e.Packages.Sum(p => p.Volume), 2 * e.Metrics.TotalWeight)
                   && e.Packages.All(p => Close(p.Volume, (2 * p.InternalWeight) + p.BoundaryWeight));
        });
    }

    [Property(MaxTest = 200)]
    public Property Modularity_is_between_minus_one_half_and_one_and_conductance_between_zero_and_one()
    {
        return Prop.ForAll(PlanGen.Cases(), c =>
        {
            var e = PlanEvaluator.Evaluate(c.Scenario, c.Plan);
            return e.Metrics.Modularity >= -0.5 - 1e-12 && e.Metrics.Modularity <= 1
                   && e.Packages.All(p => p.Conductance >= 0 && p.Conductance <= 1 + 1e-12 && p.Cohesion >= 0);
        });
    }

    [Property(MaxTest = 200)]
    public Property Relabelling_activities_and_packages_leaves_every_metric_and_finding_unchanged()
    {
        return Prop.ForAll(PlanGen.Relabellings(), r =>
        {
            var before = PlanEvaluator.Evaluate(r.Case.Scenario, r.Case.Plan);
            var relabelled = PlanGen.Apply(r);
            var after = PlanEvaluator.Evaluate(relabelled.Scenario, relabelled.Plan);

            Assert.True(Close(before.Metrics.CutWeight, after.Metrics.CutWeight));
            Assert.True(Close(before.Metrics.InternalWeight, after.Metrics.InternalWeight));
            Assert.True(Close(before.Metrics.TotalWeight, after.Metrics.TotalWeight));
            Assert.True(Close(before.Metrics.Modularity, after.Metrics.Modularity));
            Assert.Equal(before.Metrics.PackageCount, after.Metrics.PackageCount);
            for (int k = 0; k < r.PackageOrder.Length; k++)
            {
                var b = before.Packages[r.PackageOrder[k]];
                var a = after.Packages[k];
                Assert.True(Close(b.InternalWeight, a.InternalWeight));
                Assert.True(Close(b.BoundaryWeight, a.BoundaryWeight));
                Assert.True(Close(b.Volume, a.Volume));
                Assert.True(Close(b.Cohesion, a.Cohesion));
                Assert.True(Close(b.Conductance, a.Conductance));
                Assert.True(Close(b.Workload, a.Workload));
                Assert.Equal(b.Scale, a.Scale);
                Assert.Equal(b.PolicyScale, a.PolicyScale);
                Assert.Equal(b.MissingCapabilities, a.MissingCapabilities);
                Assert.Equal(b.UnneededMembers, a.UnneededMembers);
            }

            Assert.Equal(before.IsFeasible, after.IsFeasible);
            Assert.Equal(before.Violations.Select(v => v.Code).Order(), after.Violations.Select(v => v.Code).Order());
        });
    }

    [Property]
    public Property Complete_plans_have_no_structural_violations_and_feasibility_means_no_error()
    {
        string[] structural =
        [
            ViolationCodes.ActivityNotPlanned, ViolationCodes.ActivityInTwoPackages, ViolationCodes.DuplicateActivity,
            ViolationCodes.UnknownActivity, ViolationCodes.UnknownMember, ViolationCodes.EmptyPackage, ViolationCodes.DuplicateMember,
        ];
        return Prop.ForAll(PlanGen.Cases(), c =>
        {
            var e = PlanEvaluator.Evaluate(c.Scenario, c.Plan);
            Assert.DoesNotContain(e.Violations, v => structural.Contains(v.Code));
            Assert.Equal(e.IsFeasible, e.Violations.All(v => v.Severity != DiagnosticSeverity.Error));
            Assert.Equal(c.Plan.Packages.Count, e.Packages.Count);
            Assert.Equal(!e.HasTeams, e.Violations.Any(v => v.Code == ViolationCodes.NoTeams));
        });
    }

    [Property]
    public Property Ideal_evaluation_reports_no_rule_violation()
    {
        return Prop.ForAll(PlanGen.Cases(), c =>
        {
            var e = PlanEvaluator.Evaluate(c.Scenario, c.Plan, ignoreRules: true);
            return e.Violations.All(v => !v.Code.StartsWith("rule-", StringComparison.Ordinal) && v.Code != ViolationCodes.FixedScaleConflict);
        });
    }

    [Property(MaxTest = 300)]
    public Property Hours_shortfall_is_reported_exactly_when_halls_condition_fails()
    {
        // Independent oracle: the workload is coverable iff every set X of packages needs at most the hours of the
        // members of X's teams (Hall's condition for the transportation problem; unlimited members cover anything).
        return Prop.ForAll(PlanGen.Cases(new ScenarioGen.Shape(MaxActivities: 7, WithRules: false)), c =>
        {
            var e = PlanEvaluator.Evaluate(c.Scenario, c.Plan);
            if (!e.HasTeams)
            {
                return;
            }

            var packages = c.Plan.Packages;
            bool violated = false;
            for (int set = 1; set < 1 << packages.Count && !violated; set++)
            {
                var chosen = Enumerable.Range(0, packages.Count).Where(p => (set & (1 << p)) != 0).ToList();
                double need = chosen.Sum(p => packages[p].Activities.Sum(a => c.Scenario.GetActivity(a).Workload ?? 0));
                var team = chosen.SelectMany(p => packages[p].Members).Distinct().Select(c.Scenario.GetMember).ToList();
                double have = team.Any(m => m.Hours is null) ? double.PositiveInfinity : team.Sum(m => m.Hours!.Value);
                violated = need > have + 1e-9;
            }

            Assert.Equal(violated, e.Violations.Any(v => v.Code == ViolationCodes.HoursShortfall));
        });
    }

    [Property]
    public Property Per_function_baseline_covers_every_activity_exactly_once()
    {
        return Prop.ForAll(ScenarioGen.Arbitrary(), s =>
        {
            var plan = Baselines.PerFunction(s);
            var listed = plan.Packages.SelectMany(p => p.Activities).ToList();
            Assert.Equal(s.Activities.Select(a => a.Id).Order(), listed.Order());
            Assert.All(plan.Packages, p => Assert.Single(p.Activities.Select(a => s.GetActivity(a).Function).Distinct()));
            var e = PlanEvaluator.Evaluate(s, plan);
            Assert.DoesNotContain(e.Violations, v => v.Code is ViolationCodes.ActivityNotPlanned or ViolationCodes.ActivityInTwoPackages);
            Assert.False(e.HasTeams);
        });
    }

    [Property]
    public Property Evaluation_never_throws_on_damaged_plans()
    {
        return Prop.ForAll(PlanGen.Cases(), c =>
        {
            // Damage: drop the first package's last activity, add an unknown id and repeat a member.
            var packages = c.Plan.Packages.Select((p, k) => k == 0
                ? new ActivityPackage(p.Id, p.Activities.Take(p.Activities.Count - 1).Append("ghost"), p.Members.Concat(p.Members.Take(1)), p.Scale)
                : p);
            var e = PlanEvaluator.Evaluate(c.Scenario, new Plan(packages));
            Assert.False(e.IsFeasible);
            Assert.Contains(e.Violations, v => v.Code == ViolationCodes.UnknownActivity);
            Assert.True(Close(e.Metrics.CutWeight + e.Metrics.InternalWeight, e.Metrics.TotalWeight));
        });
    }
}
