extern alias JsonSchemaNet;

using System.Text.Json;
using JsonSchemaNet::Json.Schema;
using Ontwar.Serialization;
using Xunit;

namespace Ontwar.Tests.Serialization;

/// <summary>
/// docs/schema/scenario.schema.json (draft 2020-12) agrees with the reader: every bundled sample validates, and
/// documents the reader rejects for their shape are rejected by the schema too. The validator is JsonSchema.Net, in
/// process: the schema is checked against the draft 2020-12 meta-schema and built once.
/// </summary>
public sealed class ScenarioSchemaTests
{
    private const string Minimal = """
        { "activities": [ { "id": "a", "name": "A", "idealScale": "municipality" },
                          { "id": "b", "name": "B", "idealScale": "gemeente" } ],
          "dependencies": [ { "from": "a", "to": "b", "intensity": "samenUitvoeren" } ],
          "members": [ { "id": "m", "scale": "lokaleRegio" } ] }
        """;

    /// <summary>Documents both must reject, each with the reader's code for the problem.</summary>
    private static TheoryData<string, string, string> Invalid => new()
    {
        { "missing activities", """{ "dependencies": [], "members": [] }""", "missing-property" },
        { "unknown property", Minimal.Replace("\"name\": \"A\"", "\"name\": \"A\", \"colour\": \"red\"", StringComparison.Ordinal), "unknown-property" },
        { "intensity and weight", Minimal.Replace("\"intensity\": \"samenUitvoeren\"", "\"intensity\": \"joint\", \"weight\": 2", StringComparison.Ordinal), "intensity-and-weight" },
        { "neither intensity nor weight", Minimal.Replace(", \"intensity\": \"samenUitvoeren\"", string.Empty, StringComparison.Ordinal), "missing-intensity-or-weight" },
        { "unknown scale", Minimal.Replace("\"gemeente\"", "\"city\"", StringComparison.Ordinal), "unknown-scale" },
        { "unknown intensity", Minimal.Replace("\"samenUitvoeren\"", "\"together\"", StringComparison.Ordinal), "unknown-intensity" },
        { "unknown rule kind", Minimal.Replace("\"members\"", "\"rules\": [ { \"kind\": \"never\", \"activities\": [\"a\", \"b\"] } ], \"members\"", StringComparison.Ordinal), "unknown-rule-kind" },
        { "rule property of another kind", Minimal.Replace("\"members\"", "\"rules\": [ { \"kind\": \"together\", \"activities\": [\"a\", \"b\"], \"scale\": \"municipality\" } ], \"members\"", StringComparison.Ordinal), "unknown-property" },
        { "team size zero", Minimal.Replace("\"activities\"", "\"teamSize\": { \"min\": 0, \"max\": 8 }, \"activities\"", StringComparison.Ordinal), "out-of-range" },
        { "negative workload", Minimal.Replace("\"name\": \"A\"", "\"name\": \"A\", \"workload\": -1", StringComparison.Ordinal), "not-positive" },
        { "fractional maxTeams", Minimal.Replace("\"scale\": \"lokaleRegio\"", "\"scale\": \"lokaleRegio\", \"maxTeams\": 1.5", StringComparison.Ordinal), "not-integer" },
        { "blank identifier", Minimal.Replace("\"id\": \"m\"", "\"id\": \" \"", StringComparison.Ordinal), "empty-value" },
        { "wrong type", Minimal.Replace("\"id\": \"m\"", "\"id\": 7", StringComparison.Ordinal), "wrong-type" },
        { "team size over the cap", Minimal.Replace("\"activities\"", "\"teamSize\": { \"min\": 2, \"max\": 2147483647 }, \"activities\"", StringComparison.Ordinal), "out-of-range" },
        { "weight over the cap", Minimal.Replace("\"intensity\": \"samenUitvoeren\"", "\"weight\": 1e308", StringComparison.Ordinal), "out-of-range" },
        { "maxTeams over the cap", Minimal.Replace("\"scale\": \"lokaleRegio\"", "\"scale\": \"lokaleRegio\", \"maxTeams\": 2147483647", StringComparison.Ordinal), "out-of-range" },
        { "escape sequence in an identifier", Minimal.Replace("\"id\": \"m\"", "\"id\": \"m\\u001b[2J\"", StringComparison.Ordinal), "invalid-identifier" },
        { "line break in a name", Minimal.Replace("\"name\": \"A\"", "\"name\": \"A\\r\\nB\"", StringComparison.Ordinal), "invalid-text" },
        { "identifier too long", Minimal.Replace("\"id\": \"m\"", "\"id\": \"" + new string('m', 257) + "\"", StringComparison.Ordinal), "invalid-identifier" },
    };

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema_and_every_sample_validates()
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(samples.Count >= 5, $"expected the bundled samples, found {samples.Count}");
        var results = Validate(samples.Select(File.ReadAllText).ToList());
        for (int i = 0; i < samples.Count; i++)
        {
            Assert.True(results[i].Count == 0, $"{Path.GetFileName(samples[i])}: {string.Join("; ", results[i])}");
            ScenarioJson.ReadFile(samples[i]);
        }
    }

    [Fact]
    public void Dutch_aliases_and_extension_properties_are_valid_for_both()
    {
        string withExtensions = Minimal.Replace("\"activities\"", "\"x-source\": \"000:931\", \"activities\"", StringComparison.Ordinal)
            .Replace("\"idealScale\": \"municipality\"", "\"idealScale\": \"municipality\", \"x-note\": { \"any\": [1, 2] }", StringComparison.Ordinal);
        Assert.Equal([[], []], Validate([Minimal, withExtensions]));
        ScenarioJson.FromJson(Minimal);
        ScenarioJson.FromJson(withExtensions);
    }

    [Fact]
    public void Documents_the_reader_rejects_are_rejected_by_the_schema()
    {
        var cases = Invalid.Select(row => (What: (string)row[0], Json: (string)row[1], Code: (string)row[2])).ToList();
        var results = Validate(cases.Select(c => c.Json).ToList());
        for (int i = 0; i < cases.Count; i++)
        {
            var (what, json, code) = cases[i];
            var problems = Json.Problems(json);
            Assert.True(problems.Any(d => d.Code == code), $"{what}: the reader said {string.Join("; ", problems.Select(d => d.Code + " " + d.Path))}");
            Assert.True(results[i].Count > 0, $"{what}: the schema accepted it");
        }
    }

    /// <summary>The schema, checked against the draft 2020-12 meta-schema and built once.</summary>
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "scenario.schema.json"));
        using var document = JsonDocument.Parse(text);
        var meta = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(meta.IsValid, "scenario.schema.json is not a valid draft 2020-12 schema: " + string.Join("; ", Messages(meta)));
        return JsonSchema.FromText(text);
    });

    /// <summary>Validates each document against the schema; for each, the schema's error messages (empty when valid).</summary>
    private static List<List<string>> Validate(IReadOnlyList<string> documents)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        var results = new List<List<string>>();
        foreach (string json in documents)
        {
            using var document = JsonDocument.Parse(json);
            var evaluation = Schema.Value.Evaluate(document.RootElement, options);
            var messages = Messages(evaluation).ToList();

            // A failed evaluation always names at least one error; guard against a silent "invalid".
            results.Add(evaluation.IsValid ? [] : messages.Count > 0 ? messages : ["invalid"]);
        }

        return results;
    }

    /// <summary>The error messages of an evaluation and its details, each with the instance location.</summary>
    private static IEnumerable<string> Messages(EvaluationResults results)
    {
        foreach (var (keyword, message) in results.Errors ?? new Dictionary<string, string>())
        {
            yield return $"{results.InstanceLocation} {keyword}: {message}";
        }

        foreach (var detail in results.Details ?? [])
        {
            foreach (string message in Messages(detail))
            {
                yield return message;
            }
        }
    }
}
