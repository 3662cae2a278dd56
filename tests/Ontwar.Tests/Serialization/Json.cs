using System.Text;
using Ontwar.Diagnostics;
using Ontwar.Serialization;
using Xunit;

namespace Ontwar.Tests.Serialization;

/// <summary>Small helpers for the serialization tests: read text, collect diagnostics, find test files.</summary>
internal static class Json
{
    internal static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    internal static string TestDataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>Reads text that must be invalid; returns every diagnostic.</summary>
    internal static IReadOnlyList<Diagnostic> Problems(string json, ScenarioReadOptions? options = null)
        => Problems(Encoding.UTF8.GetBytes(json), options);

    internal static IReadOnlyList<Diagnostic> Problems(byte[] utf8, ScenarioReadOptions? options = null)
    {
        bool ok = ScenarioJson.TryRead(utf8, out var scenario, out var diagnostics, options);
        Assert.False(ok, "expected the input to be rejected");
        Assert.Null(scenario);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        return diagnostics;
    }

    /// <summary>Asserts one diagnostic with this code and path is among <paramref name="diagnostics"/>.</summary>
    internal static Diagnostic Has(IReadOnlyList<Diagnostic> diagnostics, string code, string path)
    {
        var match = diagnostics.FirstOrDefault(d => d.Code == code && d.Path == path);
        Assert.True(match is not null, $"expected [{code}] at {path}; got:\n{string.Join("\n", diagnostics)}");
        return match!;
    }

    /// <summary>A minimal valid scenario with one extra fragment spliced into the first activity, member or root.</summary>
    internal static string Minimal(string root = "", string activity = "", string member = "", string dependency = "")
        => $$"""
           {
             "name": "minimal"{{root}},
             "activities": [
               { "id": "a", "name": "A", "idealScale": "municipality"{{activity}} },
               { "id": "b", "name": "B", "idealScale": "geleefdeBuurt" }
             ],
             "dependencies": [ { "from": "a", "to": "b", "intensity": "joint"{{dependency}} } ],
             "members": [ { "id": "m", "scale": "localRegion"{{member}} } ]
           }
           """;
}
