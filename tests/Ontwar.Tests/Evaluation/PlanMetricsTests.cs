using Ontwar.Evaluation;
using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Evaluation;

/// <summary>Metrics on hand-computed examples.</summary>
public class PlanMetricsTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Maria_plan_metrics_match_the_hand_computation()
    {
        // Edges: physio-adapt 8, hygiene-physio 4, household-company 2 + 1.5, household-hygiene 1; total 16.5.
        // P1 = {physio, adapt, hygiene}: internal 12, boundary 1, volume 12 + 8 + 5 = 25.
        // P2 = {household, company}: internal 3.5, boundary 1, volume 4.5 + 3.5 = 8.
        var e = PlanEvaluator.Evaluate(Maria.Scenario(), Maria.Plan());
        var m = e.Metrics;
        Assert.Equal(1, m.CutWeight, Tolerance);
        Assert.Equal(15.5, m.InternalWeight, Tolerance);
        Assert.Equal(16.5, m.TotalWeight, Tolerance);
        Assert.Equal(2, m.PackageCount);

        // Q = sum over packages of internal/m - (volume/2m)^2.
        double expected = (12 / 16.5) - Math.Pow(25 / 33.0, 2) + (3.5 / 16.5) - Math.Pow(8 / 33.0, 2);
        Assert.Equal(expected, m.Modularity, Tolerance);
        Assert.Equal(0.3067033976, m.Modularity, 1e-9);

        var p1 = e.Packages[0];
        Assert.Equal("P1", p1.PackageId);
        Assert.Equal(0, p1.Index);
        Assert.Equal(["physio", "adapt", "hygiene"], p1.Activities);
        Assert.Equal(["kine", "social", "nurse"], p1.Members);
        Assert.Equal(12, p1.InternalWeight, Tolerance);
        Assert.Equal(1, p1.BoundaryWeight, Tolerance);
        Assert.Equal(25, p1.Volume, Tolerance);
        Assert.Equal(4, p1.Cohesion, Tolerance);          // 12 over 3 pairs
        Assert.Equal(0.125, p1.Conductance, Tolerance);   // 1 / min(25, 8)
        Assert.Equal(9, p1.Workload, Tolerance);

        var p2 = e.Packages[1];
        Assert.Equal(3.5, p2.InternalWeight, Tolerance);
        Assert.Equal(1, p2.BoundaryWeight, Tolerance);
        Assert.Equal(8, p2.Volume, Tolerance);
        Assert.Equal(3.5, p2.Cohesion, Tolerance);        // 3.5 over 1 pair
        Assert.Equal(0.125, p2.Conductance, Tolerance);   // 1 / min(8, 25)
    }

    [Fact]
    public void One_package_for_everything_cuts_nothing_and_has_zero_modularity_and_conductance()
    {
        var scenario = Maria.Scenario();
        var all = new Plan([new ActivityPackage("all", scenario.Activities.Select(a => a.Id))]);
        var e = PlanEvaluator.Evaluate(scenario, all);
        Assert.Equal(0, e.Metrics.CutWeight);
        Assert.Equal(16.5, e.Metrics.InternalWeight, Tolerance);
        Assert.Equal(0, e.Metrics.Modularity, Tolerance);   // 16.5/16.5 - 1
        Assert.Equal(0, e.Packages[0].Conductance);        // the rest of the graph has volume 0
        Assert.Equal(16.5 / 10, e.Packages[0].Cohesion, Tolerance);
    }

    [Fact]
    public void Singletons_cut_everything_and_have_negative_modularity()
    {
        var scenario = Maria.Scenario();
        var each = new Plan(scenario.Activities.Select(a => new ActivityPackage(a.Id, [a.Id])));
        var e = PlanEvaluator.Evaluate(scenario, each);
        Assert.Equal(16.5, e.Metrics.CutWeight, Tolerance);
        Assert.Equal(0, e.Metrics.InternalWeight);

        // Degrees: household 4.5, hygiene 5, physio 12, adapt 8, company 3.5; Q = -sum (d/33)^2.
        double expected = -(Math.Pow(4.5, 2) + Math.Pow(5, 2) + Math.Pow(12, 2) + Math.Pow(8, 2) + Math.Pow(3.5, 2)) / (33.0 * 33.0);
        Assert.Equal(expected, e.Metrics.Modularity, Tolerance);
        Assert.All(e.Packages, p => Assert.Equal(0, p.Cohesion));

        // physio: boundary 12, volume 12, rest 21: conductance 1.
        Assert.Equal(1, e.Packages.Single(p => p.PackageId == "physio").Conductance, Tolerance);
    }

    [Fact]
    public void Two_cliques_joined_by_one_edge_have_textbook_modularity()
    {
        // Two triangles of weight 1 joined by one edge: m = 7, each side internal 3 and volume 7: Q = 2 (3/7 - 1/4) = 5/14.
        var scenario = new ScenarioBuilder("cliques")
            .AddActivity("a", "A", Scale.Municipality).AddActivity("b", "B", Scale.Municipality).AddActivity("c", "C", Scale.Municipality)
            .AddActivity("d", "D", Scale.Municipality).AddActivity("e", "E", Scale.Municipality).AddActivity("f", "F", Scale.Municipality)
            .AddDependency("a", "b", 1.0).AddDependency("b", "c", 1.0).AddDependency("a", "c", 1.0)
            .AddDependency("d", "e", 1.0).AddDependency("e", "f", 1.0).AddDependency("d", "f", 1.0)
            .AddDependency("c", "d", 1.0)
            .Build();
        var plan = new Plan([new ActivityPackage("L", ["a", "b", "c"]), new ActivityPackage("R", ["d", "e", "f"])]);
        var e = PlanEvaluator.Evaluate(scenario, plan);
        Assert.Equal(5.0 / 14, e.Metrics.Modularity, Tolerance);
        Assert.Equal(1.0 / 7, e.Packages[0].Conductance, Tolerance);
        Assert.Equal(1, e.Packages[0].Cohesion, Tolerance);
    }

    [Fact]
    public void Scenario_without_dependencies_has_zero_metrics()
    {
        var scenario = new ScenarioBuilder("flat").AddActivity("a", "A", Scale.Municipality).AddActivity("b", "B", Scale.Municipality).Build();
        var e = PlanEvaluator.Evaluate(scenario, new Plan([new ActivityPackage("P", ["a"]), new ActivityPackage("Q", ["b"])]));
        Assert.Equal(0, e.Metrics.TotalWeight);
        Assert.Equal(0, e.Metrics.Modularity);
        Assert.All(e.Packages, p => Assert.Equal(0, p.Conductance));
    }

    [Fact]
    public void Unplanned_activity_counts_as_its_own_block_so_the_weights_still_add_up()
    {
        var e = PlanEvaluator.Evaluate(Maria.Scenario(), Maria.Plan(p2Activities: ["household"]));

        // company is in no package: household-company (3.5) is cut.
        Assert.Equal(4.5, e.Metrics.CutWeight, Tolerance);
        Assert.Equal(12, e.Metrics.InternalWeight, Tolerance);
        Assert.Equal(e.Metrics.TotalWeight, e.Metrics.CutWeight + e.Metrics.InternalWeight, Tolerance);
        Assert.Equal(4.5, e.Packages[1].BoundaryWeight, Tolerance);
    }

    [Fact]
    public void Activity_in_two_packages_counts_in_the_first()
    {
        var e = PlanEvaluator.Evaluate(Maria.Scenario(), Maria.Plan(p2Activities: ["household", "company", "hygiene"]));
        Assert.Equal(1, e.Metrics.CutWeight, Tolerance);
        Assert.Equal(12, e.Packages[0].InternalWeight, Tolerance);
        Assert.Equal(3.5, e.Packages[1].InternalWeight, Tolerance);
    }

    [Fact]
    public void Metrics_format_invariantly()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var text = PlanEvaluator.Evaluate(Maria.Scenario(), Maria.Plan()).Metrics.ToString();
            Assert.Equal("cut 1 of 16.5, internal 15.5, modularity 0.307, 2 packages", text);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
