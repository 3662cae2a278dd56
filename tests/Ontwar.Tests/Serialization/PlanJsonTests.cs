using System.Text;
using System.Text.Json;
using Ontwar.Diagnostics;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Solving;
using Xunit;

namespace Ontwar.Tests.Serialization;

public sealed class PlanJsonTests
{
    private static PlanDocument Document() => new(
        "Maria: hip fracture",
        SolveStatus.Optimal,
        "exact",
        [
            new PlanDocumentPackage("P1", ["physio", "adapt"], ["m1", "m4"], Scale.Municipality, Intensity.Joint, PlanVocabulary.Decentralised,
                [PlanVocabulary.Strategic, PlanVocabulary.Structural, PlanVocabulary.Operational]),
            new PlanDocumentPackage("P2", ["company"], ["m7", "m8"], Scale.LivedNeighbourhood),
        ],
        [new PlanDocumentLink("P1", "P2", 3.0, Intensity.Alignment, PlanVocabulary.Decentralised, reexamineSplit: false)],
        [Diagnostic.Warning("unneeded-member", "Member m8 holds no capability the package needs.", "$.members[7]")],
        objective: 3.0,
        bound: 3.0,
        gap: 0,
        elapsedMs: 12,
        metrics: new PlanMetrics(3.0, 9.0, 12.0, 0.25));

    [Fact]
    public void The_plan_document_uses_the_contract_field_names()
    {
        using var doc = JsonDocument.Parse(PlanJson.ToJson(Document()));
        var root = doc.RootElement;

        Assert.Equal(
            ["scenario", "status", "engine", "objective", "bound", "gap", "elapsedMs", "metrics", "packages", "links", "diagnostics"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        Assert.Equal(12, root.GetProperty("elapsedMs").GetInt64());
        Assert.Equal(["cutWeight", "internalWeight", "totalWeight", "modularity"], root.GetProperty("metrics").EnumerateObject().Select(p => p.Name));
        Assert.Equal(3.0, root.GetProperty("metrics").GetProperty("cutWeight").GetDouble());

        var p1 = root.GetProperty("packages")[0];
        Assert.Equal(
            ["id", "activities", "members", "scale", "intensity", "coordination", "decisionLevels", "partners", "neededMembers", "fillingMembers"],
            p1.EnumerateObject().Select(p => p.Name));
        Assert.Equal("municipality", p1.GetProperty("scale").GetString());
        Assert.Equal("joint", p1.GetProperty("intensity").GetString());
        Assert.Equal("decentralised", p1.GetProperty("coordination").GetString());
        Assert.Equal(["strategic", "structural", "operational"], p1.GetProperty("decisionLevels").EnumerateArray().Select(e => e.GetString()));

        var link = root.GetProperty("links")[0];
        Assert.Equal(["packages", "weight", "intensity", "coordination", "reexamineSplit", "decisionLevels", "collaborationForms"], link.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["P1", "P2"], link.GetProperty("packages").EnumerateArray().Select(e => e.GetString()));
        Assert.False(link.GetProperty("reexamineSplit").GetBoolean());

        var diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal(["severity", "code", "message", "path"], diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
    }

    [Fact]
    public void Numbers_are_written_in_invariant_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("nl-BE");
            var json = PlanJson.ToJson(new PlanDocument("x", SolveStatus.Feasible, "heuristic", [], objective: 2.5, bound: 1.25));
            Assert.Contains("\"objective\": 2.5", json, StringComparison.Ordinal);
            Assert.Contains("\"bound\": 1.25", json, StringComparison.Ordinal);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(SolveStatus.Optimal, "optimal")]
    [InlineData(SolveStatus.Feasible, "feasible")]
    [InlineData(SolveStatus.Infeasible, "infeasible")]
    [InlineData(SolveStatus.Unknown, "unknown")]
    public void Status_names_follow_the_contract(SolveStatus status, string name)
    {
        Assert.Equal(name, PlanDocument.NameOf(status));
        using var doc = JsonDocument.Parse(PlanJson.ToJson(new PlanDocument("s", status, "e", [])));
        Assert.Equal(name, doc.RootElement.GetProperty("status").GetString());
        Assert.False(doc.RootElement.TryGetProperty("objective", out _));
    }

    [Fact]
    public void A_written_plan_document_reads_back_as_a_plan()
    {
        var plan = PlanJson.ReadPlan(Encoding.UTF8.GetBytes(PlanJson.ToJson(Document())));
        Assert.Equal(
            new Plan([
                new ActivityPackage("P1", ["physio", "adapt"], ["m1", "m4"], Scale.Municipality),
                new ActivityPackage("P2", ["company"], ["m7", "m8"], Scale.LivedNeighbourhood),
            ]),
            plan);
    }

    [Fact]
    public void WritePlan_and_ReadPlan_round_trip()
    {
        var plan = new Plan([new ActivityPackage("a", ["x", "y"]), new ActivityPackage("b", ["z"], ["m"], Scale.LocalRegion)]);
        using var buffer = new MemoryStream();
        PlanJson.WritePlan(plan, buffer);
        buffer.Position = 0;
        Assert.Equal(plan, PlanJson.ReadPlan(buffer));
    }

    [Fact]
    public void Reads_a_plan_file_from_disk()
    {
        var plan = PlanJson.ReadPlanFile(Json.TestDataPath("witness", "maria.plan.json"));
        Assert.Equal(4, plan.Packages.Count);
    }

    [Theory]
    [InlineData("{}", "missing-property", "$.packages")]
    [InlineData("{\"packages\": [{\"id\": \"a\", \"activities\": [\"x\"]}, {\"id\": \"a\", \"activities\": [\"y\"]}]}", "duplicate-id", "$.packages[1].id")]
    [InlineData("{\"packages\": [{\"id\": \"a\", \"activities\": \"x\"}]}", "wrong-type", "$.packages[0].activities")]
    [InlineData("{\"packages\": [{\"id\": \"a\", \"activities\": [\"x\"], \"scale\": \"city\"}]}", "unknown-scale", "$.packages[0].scale")]
    [InlineData("{\"packages\": [{\"id\": \"a\", \"activities\": [\"x\"], \"team\": []}]}", "unknown-property", "$.packages[0].team")]
    [InlineData("{\"packages\": [], \"plan\": 1}", "unknown-property", "$.plan")]
    [InlineData("{\"packages\": [{\"id\": \"\", \"activities\": []}]}", "empty-value", "$.packages[0].id")]
    [InlineData("{\"packages\": [", "truncated-json", "$.packages")]
    public void Plan_files_are_checked_with_paths(string json, string code, string path)
    {
        Assert.False(PlanJson.TryReadPlan(Encoding.UTF8.GetBytes(json), out var plan, out var diagnostics));
        Assert.Null(plan);
        Json.Has(diagnostics, code, path);
        Assert.Throws<ScenarioValidationException>(() => PlanJson.ReadPlan(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Plan_document_arguments_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new PlanDocumentPackage("p", ["a"], [], Scale.Municipality, coordination: "anarchic"));
        Assert.Throws<ArgumentException>(() => new PlanDocumentPackage("p", ["a"], [], Scale.Municipality, decisionLevels: ["tactical"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanDocumentLink("p", "q", 0, Intensity.Joint));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanDocument("s", SolveStatus.Optimal, "e", [], objective: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanDocument("s", SolveStatus.Optimal, "e", [], elapsedMs: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanMetrics(-1, 0, 0));
        Assert.Throws<ArgumentNullException>(() => new PlanDocument("s", SolveStatus.Optimal, "e", null!));
    }
}
