using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Cli.Reports;
using Ontwar.Evaluation;
using Ontwar.Generation;
using Ontwar.Graphs.Algorithms;
using Ontwar.Interpretation;
using Ontwar.Plans;
using Ontwar.Solving;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Cli.Reports;

public sealed class ReportModelBuilderTests
{
    [Fact]
    public void Table_1_lists_every_activity_in_scenario_order_with_its_package_and_potential_partners()
    {
        var model = ReportSamples.Maria;
        var scenario = ReportSamples.Scenario("maria.json");
        Assert.Equal(scenario.Activities.Select(a => a.Id), model.Activities.Select(a => a.Id));
        var adapt = model.Activities.Single(a => a.Id == "adapt");
        Assert.Equal(["Ziekenfonds", "Architectenbureau", "Bouwbedrijf", "Klusjesdienst OCMW"], adapt.CapablePartners);
        Assert.All(model.Activities, a => Assert.Contains(model.Packages, p => p.Id == a.PackageId && p.Activities.Contains(a.Id)));
    }

    [Fact]
    public void Table_3_of_maria_is_the_library_comparison_with_the_fixed_scale_rule_costing_6_proven()
    {
        var scenario = ReportSamples.Scenario("maria.json");
        var d = ReportSamples.Maria.Deviations;
        Assert.True(d.Available);
        Assert.False(d.Given);
        Assert.False(d.RuleCostsSkipped);
        var library = PlanComparer.Compare(scenario, ReportSamples.Options);
        Assert.Equal(library.CostDifference, d.Comparison.CostDifference);
        Assert.Equal(6, d.Comparison.CostDifference);
        Assert.True(d.Comparison.IsProven);
        Assert.Equal(library.MovedActivities.Select(m => m.ToString()), d.Comparison.MovedActivities.Select(m => m.ToString()));
        Assert.Equal(library.RuleCosts.Select(c => (c.Index, c.MarginalCost, c.IsProven)), d.Rules.Select(r => (r.Index, r.Cost!.MarginalCost, r.Cost.IsProven)));
        var fixedScale = Assert.Single(d.Rules, r => r.Rule is FixedScaleRule);
        Assert.Equal(6, fixedScale.Cost!.MarginalCost);
        Assert.True(fixedScale.Cost.IsProven);
        Assert.Contains(fixedScale.NewlyCut, dep => dep.From == "physio" && dep.To == "adapt" && dep.Intensity == Intensity.Joint);
    }

    [Fact]
    public void Every_rule_row_lists_only_deviations_of_the_activities_its_rule_names()
    {
        foreach (var model in new[] { ReportSamples.Maria, ReportSamples.Stederen, ReportSamples.MariaToday })
        {
            var d = model.Deviations;
            Assert.True(d.Available);
            Assert.Equal(d.Comparison.Scenario.Rules.Count, d.Rules.Count);
            foreach (var row in d.Rules)
            {
                Assert.All(row.MovedActivities, m => Assert.Contains(m, d.Comparison.MovedActivities));
                Assert.All(row.NewlyCut, dep => Assert.Contains(dep, d.Comparison.NewlyCutDependencies));
            }
        }
    }

    [Fact]
    public void A_given_plan_gets_the_scenario_comparison_and_a_scenario_without_rules_none()
    {
        var today = ReportSamples.MariaToday;
        Assert.True(today.Deviations.Given);
        Assert.Equal(6, today.Deviations.Comparison!.CostDifference);

        var ideal = ReportSamples.Solve("maria.json", ideal: true);
        Assert.Equal(5, ideal.Deviations.Comparison!.Ideal.Objective);

        var scenario = ReportSamples.Scenario("maria.json").WithoutRules();
        var solved = ReportModelBuilder.FromSolve(scenario, PackagingSolver.Solve(scenario), false, SolverOptions.Default);
        Assert.Equal(DeviationsMissing.NoRules, solved.Deviations.Missing);
        Assert.False(solved.Deviations.Available);
    }

    [Fact]
    public void Without_comparison_options_table_3_is_not_computed()
    {
        var model = ReportSamples.Solve("maria.json", ideal: false, compare: false);
        Assert.False(model.Deviations.Available);
        Assert.Equal(DeviationsMissing.NotComputed, model.Deviations.Missing);
        var html = HtmlReportWriter.Write(model, ReportLabels.English);
        Assert.Contains("--no-compare", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Above_the_size_limit_table_3_leaves_out_the_per_rule_solves_and_says_so()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = ReportModelBuilder.MaxRuleCostActivities + 5, Seed = 3 });
        var first = planted.Scenario.Activities[0];
        var scenario = planted.Scenario.WithRules([new FixedScaleRule(first.Id, first.IdealScale)]);
        var options = new SolverOptions { Engine = EngineKind.Heuristic, TimeLimit = TimeSpan.FromSeconds(1), Seed = 1 };
        var solve = PackagingSolver.Solve(scenario, options);
        Assert.True(solve.HasPlan, string.Join("; ", solve.Diagnostics.Select(x => x.Message)));
        var model = ReportModelBuilder.FromSolve(scenario, solve, false, options);
        Assert.Equal(DeviationsMissing.None, model.Deviations.Missing);
        Assert.True(model.Deviations.Available);
        Assert.True(model.Deviations.RuleCostsSkipped);
        Assert.Empty(model.Deviations.Comparison.RuleCosts);
        Assert.Null(Assert.Single(model.Deviations.Rules).Cost);
        var html = HtmlReportWriter.Write(model, ReportLabels.English);
        Assert.Contains("ontwar compare", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_is_the_library_samenwerk_check_of_the_plan_today_and_the_per_function_split()
    {
        var scenario = ReportSamples.Scenario("maria.json");
        var run = SamenwerkCheck.Run(scenario, ReportSamples.Options);
        var check = ReportSamples.Maria.Checks;
        Assert.Equal([CheckedPlanKind.Shown, CheckedPlanKind.Current, CheckedPlanKind.PerFunction], check.Plans.Select(p => p.Kind));
        var current = check.Plans.Single(p => p.Kind == CheckedPlanKind.Current).Report;
        Assert.Equal(run.Current!.Findings.Select(f => f.Code), current.Findings.Select(f => f.Code));
        Assert.Equal(run.Optimised!.Findings.Select(f => f.Code), check.Plans[0].Report.Findings.Select(f => f.Code));
        Assert.Equal(23, current.CutWeight);
        var overCurrent = check.Improvements.Single(i => i.Baseline == CheckedPlanKind.Current);
        Assert.Equal(run.OverCurrent!.Findings, overCurrent.Findings);
        Assert.Equal(run.OverCurrent.CutReduction, overCurrent.CutReduction);
    }

    [Fact]
    public void A_given_plan_is_checked_like_the_library_checks_it_and_todays_organisation_only_once()
    {
        var scenario = ReportSamples.Scenario("maria.json");
        var today = Baselines.AsToday(scenario)!;
        var library = SamenwerkCheck.Check(scenario, today, SamenwerkCheck.Current);
        var check = ReportSamples.MariaToday.Checks;
        Assert.Equal([CheckedPlanKind.Current, CheckedPlanKind.PerFunction], check.Plans.Select(p => p.Kind));
        Assert.Equal(library.Findings.Select(f => f.Message), check.Plans[0].Report.Findings.Select(f => f.Message));
        var overPerFunction = Assert.Single(check.Improvements);
        Assert.Equal(CheckedPlanKind.PerFunction, overPerFunction.Baseline);
        Assert.Equal(15 - 23, overPerFunction.CutReduction);

        var solved = ReportSamples.Maria.Checks.Plans[0].Report.Plan;
        var other = ReportModelBuilder.FromPlan(scenario, solved, "plan.json", false, null).Checks;
        Assert.Equal([CheckedPlanKind.Shown, CheckedPlanKind.Current, CheckedPlanKind.PerFunction], other.Plans.Select(p => p.Kind));
        Assert.Equal(SamenwerkCheck.Check(scenario, solved, "plan").Counts, other.Plans[0].Report.Counts);
        Assert.Equal(12, other.Improvements.Single(i => i.Baseline == CheckedPlanKind.Current).CutReduction);
    }

    [Fact]
    public void Links_carry_the_collaboration_forms_of_the_library()
    {
        foreach (var model in new[] { ReportSamples.Maria, ReportSamples.Stederen })
        {
            Assert.NotEmpty(model.Links);
            Assert.All(model.Links, l => Assert.Equal(CollaborationForms.For(l.Intensity), l.Forms));
        }

        var link = Assert.Single(ReportSamples.Maria.Links);
        Assert.Equal(Intensity.Joint, link.Intensity);
        Assert.Equal("tijdelijk of permanent partnerschap, tijdelijk of permanent team, netwerk governance", string.Join(", ", link.Forms.Select(ReportLabels.Dutch.Form)));
    }

    [Property(MaxTest = 40)]
    public Property The_dsm_of_a_plan_is_symmetric_in_the_spectral_order_with_one_contiguous_block_per_package()
    {
        var arbitrary = Arb.From(
            from activities in Gen.Choose(3, 40)
            from seed in Gen.Choose(0, 10_000)
            select (activities, seed));
        return Prop.ForAll(arbitrary, t =>
        {
            var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = t.activities, Seed = t.seed });
            var model = ReportModelBuilder.FromPlan(planted.Scenario, planted.PlantedPlan, "planted", false, null);
            AssertDsm(planted.Scenario, planted.PlantedPlan, model.Dsm);
        });
    }

    [Fact]
    public void Above_the_cap_the_dsm_shows_packages_with_their_inside_cohesion_on_the_diagonal()
    {
        var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = ReportModelBuilder.MaxDsmActivities + 20, Seed = 5 });
        var model = ReportModelBuilder.FromPlan(planted.Scenario, planted.PlantedPlan, "planted", false, null);
        var dsm = model.Dsm;
        Assert.True(dsm.PackageLevel);
        Assert.Equal(planted.PlantedPlan.Packages.Select(p => p.Id), dsm.Ids);
        var evaluation = PlanEvaluator.Evaluate(planted.Scenario, planted.PlantedPlan);
        for (int i = 0; i < dsm.Ids.Count; i++)
        {
            Assert.Equal(evaluation.Packages[i].InternalWeight, dsm.At(i, i), 9);
            Assert.Equal(evaluation.Packages[i].BoundaryWeight, Enumerable.Range(0, dsm.Ids.Count).Where(j => j != i).Sum(j => dsm.At(i, j)), 9);
        }
    }

    private static void AssertDsm(Scenario scenario, Plan plan, DsmModel dsm)
    {
        int n = scenario.Activities.Count;
        Assert.False(dsm.PackageLevel);
        Assert.Equal(scenario.Activities.Select(a => a.Id).Order(StringComparer.Ordinal), dsm.Ids.Order(StringComparer.Ordinal));
        var weights = ReportModelBuilder.PairWeights(scenario);
        double total = 0;
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                Assert.Equal(dsm.At(r, c), dsm.At(c, r));
                total += dsm.At(r, c);
            }
        }

        Assert.Equal(2 * weights.Values.Sum(), total, 9);
        var spectral = SpectralOrdering.Order(scenario, plan);
        Assert.Equal(spectral.Activities.Concat(spectral.Unplaced), dsm.Ids);
        Assert.Equal(plan.Packages.Select(p => p.Id).Order(StringComparer.Ordinal), dsm.Blocks.Select(b => b.PackageId).Order(StringComparer.Ordinal));
        int start = 0;
        foreach (var block in dsm.Blocks)
        {
            var package = plan.Packages.Single(p => p.Id == block.PackageId);
            Assert.Equal(start, block.Start);
            Assert.Equal(package.Activities.Order(StringComparer.Ordinal), dsm.Ids.Skip(block.Start).Take(block.Count).Order(StringComparer.Ordinal));
            start += block.Count;
        }

        Assert.Equal(n, start);
    }
}
