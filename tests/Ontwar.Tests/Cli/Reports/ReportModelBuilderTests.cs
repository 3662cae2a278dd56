using FsCheck;
using FsCheck.Fluent;
using Ontwar.Cli.Reports;
using Ontwar.Evaluation;
using Ontwar.Generation;
using Ontwar.Graphs.Algorithms;
using Ontwar.Plans;
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
    public void Table_3_of_maria_compares_the_realistic_plan_with_the_ideal_plan_and_names_the_fixed_scale_rule()
    {
        var d = ReportSamples.Maria.Deviations;
        Assert.True(d.Available);
        Assert.True(d.HasRules);
        Assert.False(d.Given);
        Assert.Equal(5, d.IdealCut);
        Assert.Equal(11, d.RealisticCut);
        var adapt = d.Rows.Single(r => r.ActivityId == "adapt");
        Assert.Contains(adapt.Rules, r => r.StartsWith("fixedScale localRegion: De klusjesdienst", StringComparison.Ordinal));
        Assert.Contains(adapt.Broken, l => l.Other == "physio" && l.Intensity == Intensity.Joint);
    }

    [Fact]
    public void Every_changed_link_is_counted_at_both_ends_so_the_row_costs_add_up_to_twice_what_the_rules_cost()
    {
        foreach (var model in new[] { ReportSamples.Maria, ReportSamples.Stederen, ReportSamples.MariaToday })
        {
            var d = model.Deviations;
            Assert.True(d.Available);
            Assert.Equal(2 * d.Cost, d.Rows.Sum(r => r.Cost), 9);
        }
    }

    [Fact]
    public void A_solved_plan_without_rules_has_no_comparison_but_a_given_plan_is_compared_with_the_ideal()
    {
        var model = ReportSamples.Solve("maria.json", ideal: true);
        Assert.True(model.Deviations.HasRules);
        Assert.True(model.Deviations.Available);

        var scenario = ReportSamples.Scenario("maria.json").WithoutRules();
        var solved = ReportModelBuilder.FromSolve(scenario, Ontwar.Solving.PackagingSolver.Solve(scenario), false, Ontwar.Solving.SolverOptions.Default);
        Assert.False(solved.Deviations.HasRules);
        Assert.False(solved.Deviations.Available);

        var today = ReportModelBuilder.FromPlan(scenario, Baselines.AsToday(scenario)!, "current", false, Ontwar.Solving.SolverOptions.Default);
        Assert.True(today.Deviations.Given);
        Assert.True(today.Deviations.Available);
        Assert.Equal(23, today.Deviations.RealisticCut);
    }

    [Fact]
    public void Without_comparison_options_table_3_says_it_was_not_computed()
    {
        var model = ReportSamples.Solve("maria.json", ideal: false, compare: false);
        Assert.False(model.Deviations.Available);
        Assert.Contains("--no-compare", model.Deviations.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_covers_the_plan_shown_today_and_the_per_function_split_with_the_team_findings_of_today()
    {
        var check = ReportSamples.Maria.Checks;
        Assert.Equal([CheckedPlanKind.Shown, CheckedPlanKind.Current, CheckedPlanKind.PerFunction], check.Plans.Select(p => p.Kind));
        Assert.Equal(23, check.Plans[1].CutWeight);
        Assert.Contains(check.Findings, f => f.Plan == CheckedPlanKind.Current && f.Aspect == CheckAspect.Team && f.Code == ViolationCodes.TeamTooSmall);
        Assert.Contains(check.Findings, f => f.Plan == CheckedPlanKind.Shown && f.Aspect == CheckAspect.Form && f.Code == "reexamine-split");
    }

    [Fact]
    public void Links_carry_the_collaboration_forms_of_the_samenwerk_check_table()
    {
        var link = Assert.Single(ReportSamples.Maria.Links);
        Assert.Equal(Intensity.Joint, link.Intensity);
        Assert.Contains("netwerk governance", link.Forms.Dutch, StringComparison.Ordinal);
        Assert.Contains("procedures", ReportModelBuilder.FormsFor(Intensity.Referral).English, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dsm_of_a_plan_is_symmetric_in_the_spectral_order_with_one_contiguous_block_per_package()
    {
        var arbitrary = Arb.From(
            from activities in Gen.Choose(3, 40)
            from seed in Gen.Choose(0, 10_000)
            select (activities, seed));
        Properties.Check(arbitrary, t =>
        {
            var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = t.activities, Seed = t.seed });
            var model = ReportModelBuilder.FromPlan(planted.Scenario, planted.PlantedPlan, "planted", false, null);
            AssertDsm(planted.Scenario, planted.PlantedPlan, model.Dsm);
        }, maxTest: 40);
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
