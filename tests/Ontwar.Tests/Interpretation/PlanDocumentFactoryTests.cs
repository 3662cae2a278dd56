using Ontwar.Diagnostics;
using Ontwar.Interpretation;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Interpretation;

public sealed class PlanDocumentFactoryTests
{
    private static readonly Scenario Maria = ScenarioJson.ReadFile(Json.SamplePath("maria.json"));

    private static readonly Plan Split = new(
    [
        new ActivityPackage("P1", ["hygiene", "physio"], ["kine", "nurse"], Scale.Municipality),
        new ActivityPackage("P2", ["adapt"], ["handyman", "architect"], Scale.LocalRegion),
        new ActivityPackage("P3", ["household", "company"], ["carer", "daughter"], Scale.LivedNeighbourhood),
    ]);

    [Fact]
    public void A_plan_becomes_packages_links_metrics_and_a_re_examine_warning()
    {
        var result = new SolveResult(SolveStatus.Feasible, "test", Split, 15, 11, TimeSpan.FromMilliseconds(12.6));
        var document = PlanDocumentFactory.Create(Maria, result);

        Assert.Equal(Maria.Name, document.Scenario);
        Assert.Equal(SolveStatus.Feasible, document.Status);
        Assert.Equal("test", document.Engine);
        Assert.Equal(15, document.Objective);
        Assert.Equal(11, document.Bound);
        Assert.Equal(result.Gap, document.Gap);
        Assert.Equal(13, document.ElapsedMs);

        var m = document.Metrics!;
        Assert.Equal(CutOf(Maria, Split), m.CutWeight, 9);
        Assert.Equal(15, m.CutWeight, 9); // 10 (care-adaptations) + 4 (care-home) + 1 (adaptations-home)
        Assert.Equal(23, m.TotalWeight, 9);
        Assert.Equal(8, m.InternalWeight, 9);
        Assert.NotNull(m.Modularity);

        var care = document.Packages[0];
        Assert.Equal(["hygiene", "physio"], care.Activities);
        Assert.Equal(["kine", "nurse"], care.Members);
        Assert.Equal(Scale.Municipality, care.Scale);
        Assert.Equal(Intensity.Alignment, care.Intensity);
        Assert.Equal("decentralised", care.Coordination);
        Assert.Equal(["strategic", "structural", "operational"], care.DecisionLevels);
        Assert.Null(document.Packages[1].Intensity);
        Assert.Equal("hierarchical", document.Packages[2].Coordination);
        Assert.Equal(["operational"], document.Packages[2].DecisionLevels);

        Assert.Equal([("P1", "P2"), ("P1", "P3"), ("P2", "P3")], document.Links.Select(l => (l.First, l.Second)));
        Assert.Equal([true, false, false], document.Links.Select(l => l.ReexamineSplit));
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(InterpretationCodes.ReexamineSplit, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("P1 and P2", warning.Message, StringComparison.Ordinal);
        Assert.Contains("physio–adapt joint", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_package_carries_the_intensity_key_null_without_a_linked_pair_and_its_partners()
    {
        var result = new SolveResult(SolveStatus.Feasible, "test", Split, 15, 11, TimeSpan.Zero);
        var document = PlanDocumentFactory.Create(Maria, result);
        using var json = System.Text.Json.JsonDocument.Parse(PlanJson.ToJson(document));
        var packages = json.RootElement.GetProperty("packages");
        Assert.All(packages.EnumerateArray(), p => Assert.True(p.TryGetProperty("intensity", out _)));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, packages[1].GetProperty("intensity").ValueKind);

        var adaptations = document.Packages[1];
        Assert.Equal(["Klusjesdienst OCMW", "Architectenbureau"], adaptations.Partners);
        Assert.Equal(["handyman", "architect"], adaptations.NeededMembers);
        Assert.Empty(adaptations.FillingMembers);
        Assert.Equal(0, adaptations.InternalWeight);

        // Links carry the Samenwerk-check's forms for their intensity (000:619-622).
        var link = document.Links[0];
        Assert.Equal(["partnership", "team", "networkGovernance"], link.CollaborationForms);
        Assert.Equal(8, link.StrongestPairCohesion);
    }

    [Fact]
    public void Extension_blocks_are_written_after_the_diagnostics_and_must_be_objects()
    {
        var result = new SolveResult(SolveStatus.Feasible, "test", Split, 15, 11, TimeSpan.Zero);
        var block = System.Text.Json.JsonDocument.Parse("""{ "x": 1 }""").RootElement;
        var document = PlanDocumentFactory.Create(Maria, result).WithBlocks(comparison: block, check: block);
        using var json = System.Text.Json.JsonDocument.Parse(PlanJson.ToJson(document));
        Assert.Equal(["diagnostics", "comparison", "check"], json.RootElement.EnumerateObject().Select(p => p.Name).TakeLast(3));
        Assert.Equal(Split, PlanJson.ReadPlan(System.Text.Encoding.UTF8.GetBytes(PlanJson.ToJson(document))));
        var array = System.Text.Json.JsonDocument.Parse("[]").RootElement;
        Assert.Throws<ArgumentException>(() => document.WithBlocks(check: array));
    }

    [Fact]
    public void The_document_round_trips_through_the_plan_reader()
    {
        var result = PackagingSolver.Solve(Maria);
        var document = PlanDocumentFactory.Create(Maria, result);
        var json = PlanJson.ToJson(document);
        Assert.Equal(result.Plan, PlanJson.ReadPlan(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Equal(result.Objective!.Value, document.Metrics!.CutWeight, 9);
    }

    [Fact]
    public void An_infeasible_result_has_no_packages_and_keeps_its_reasons()
    {
        var reason = Diagnostic.Error("capability-missing", "Activity 'physio' requires capability 'physiotherapy', but no member holds it.", "$.activities[2].requires[0]");
        var document = PlanDocumentFactory.Create(Maria, new SolveResult(SolveStatus.Infeasible, "test", null, null, 0, TimeSpan.Zero, [reason]));
        Assert.Equal(SolveStatus.Infeasible, document.Status);
        Assert.Empty(document.Packages);
        Assert.Empty(document.Links);
        Assert.Null(document.Metrics);
        Assert.Null(document.Objective);
        Assert.Null(document.Bound);
        Assert.Equal([reason], document.Diagnostics);
    }

    [Fact]
    public void A_result_without_a_plan_or_a_reason_gets_one()
    {
        var infeasible = PlanDocumentFactory.Create(Maria, new SolveResult(SolveStatus.Infeasible, "test", null, null, 0, TimeSpan.Zero));
        var error = Assert.Single(infeasible.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, InterpretationCodes.Infeasible), (error.Severity, error.Code));

        var unknown = PlanDocumentFactory.Create(Maria, new SolveResult(SolveStatus.Unknown, "test", null, null, 3, TimeSpan.FromSeconds(2)));
        var warning = Assert.Single(unknown.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, InterpretationCodes.NoPlanFound), (warning.Severity, warning.Code));
        Assert.Contains("2000 ms", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, unknown.Bound);
        Assert.Empty(unknown.Packages);
    }

    [Fact]
    public void A_given_interpretation_and_metrics_are_used_and_must_be_of_the_results_plan()
    {
        var result = new SolveResult(SolveStatus.Feasible, "test", Split, 15, 0, TimeSpan.Zero);
        var metrics = new PlanMetrics(15, 8, 23, 0.5);
        var document = PlanDocumentFactory.Create(Maria, result, PlanInterpreter.Interpret(Maria, Split), metrics);
        Assert.Same(metrics, document.Metrics);

        var other = PlanInterpreter.Interpret(Maria, new Plan([new ActivityPackage("x", ["physio"], [])]));
        Assert.Throws<ArgumentException>(() => PlanDocumentFactory.Create(Maria, result, other));
        Assert.Throws<ArgumentNullException>(() => PlanDocumentFactory.Create(null!, result));
        Assert.Throws<ArgumentNullException>(() => PlanDocumentFactory.Create(Maria, null!));
    }

    [Fact]
    public void Metrics_are_the_cut_of_the_cohesion_graph_and_Newman_modularity()
    {
        // Two triangles of joint links joined by one referral: cut 1, modularity by hand.
        var b = new ScenarioBuilder("triangles");
        foreach (var id in new[] { "a", "b", "c", "d", "e", "f" })
        {
            b.AddActivity(id, id.ToUpperInvariant(), Scale.Municipality);
        }

        b.AddDependency("a", "b", Intensity.Joint).AddDependency("b", "c", Intensity.Joint).AddDependency("a", "c", Intensity.Joint)
            .AddDependency("d", "e", Intensity.Joint).AddDependency("e", "f", Intensity.Joint).AddDependency("d", "f", Intensity.Joint)
            .AddDependency("c", "d", Intensity.Referral);
        var s = b.Build();
        var plan = new Plan([new ActivityPackage("L", ["a", "b", "c"], []), new ActivityPackage("R", ["d", "e", "f"], [])]);
        var m = PlanDocumentFactory.ComputeMetrics(s, plan);
        Assert.Equal(1, m.CutWeight);
        Assert.Equal(48, m.InternalWeight);
        Assert.Equal(49, m.TotalWeight);
        double volume = (2 * 24) + 1; // each side: 3 internal edges of 8 counted twice, plus the referral once
        double expected = (48.0 / 49) - (2 * Math.Pow(volume / 98, 2));
        Assert.Equal(expected, m.Modularity!.Value, 12);

        // Unplaced activities are packages of their own.
        var partial = PlanDocumentFactory.ComputeMetrics(s, new Plan([new ActivityPackage("L", ["a", "b", "c"], [])]));
        Assert.Equal(1 + 24, partial.CutWeight);

        // Without dependencies there is no modularity to speak of.
        var loose = new ScenarioBuilder("loose").AddActivity("a", "A", Scale.Municipality).Build();
        Assert.Null(PlanDocumentFactory.ComputeMetrics(loose, new Plan([new ActivityPackage("L", ["a"], [])])).Modularity);
    }

    /// <summary>The cut recomputed from the dependencies, independently of the graph code.</summary>
    internal static double CutOf(Scenario s, Plan plan)
    {
        var packageOf = plan.Packages.SelectMany(p => p.Activities.Select(a => (a, p.Id))).ToDictionary(x => x.a, x => x.Id);
        return s.Dependencies.Where(d => packageOf[d.From] != packageOf[d.To]).Sum(d => d.CohesionUnder(s.IntensityWeights));
    }
}
