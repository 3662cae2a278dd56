using System.Globalization;
using System.Text;
using System.Text.Json;
using Ontwar.Serialization;
using Xunit;

namespace Ontwar.Tests.Serialization;

public sealed class ScenarioJsonWriteTests
{
    private static Scenario Full() => new ScenarioBuilder("Zoë's test")
        .WithTeamSize(2, 4)
        .WithIntensityWeights(0.5, 1, 3, 10)
        .AddActivity("a", "Kinésithérapie", Scale.Municipality, a => a.Requires("physio").Simple().WithWorkload(4.5).WithFunction("care").InCurrentPackage("p"))
        .AddActivity("b", "B", Scale.LocalRegion)
        .AddDependency("a", "b", Intensity.Information)
        .AddDependency("b", "a", 0.1)
        .AddMember("m", Scale.SupraLocalRegion, m => m.Named("M").FromPartner("P").WithCapabilities("physio").WithHours(7.25).WithMaxTeams(3).AsInformal())
        .AddMember("n", Scale.LivedNeighbourhood)
        .AddRule(new TogetherRule(["a", "b"], "why"))
        .AddRule(new ApartRule(["a", "b"]))
        .AddRule(new FixedScaleRule("b", Scale.LocalRegion))
        .AddRule(new MemberRequiredRule("m", "a"))
        .AddRule(new MemberExcludedRule("n", "b", "no"))
        .AddCurrentPackage("p", ["a"], ["m"], Scale.Municipality)
        .AddCurrentPackage("q", ["b"])
        .Build();

    [Fact]
    public void Every_field_round_trips()
    {
        var s = Full();
        Assert.Equal(s, ScenarioJson.FromJson(ScenarioJson.ToJson(s)));
    }

    [Fact]
    public void Defaults_are_omitted_and_names_are_canonical()
    {
        var s = ScenarioJson.FromJson(Json.Minimal());
        using var doc = JsonDocument.Parse(ScenarioJson.ToJson(s));
        var root = doc.RootElement;
        Assert.Equal(["name", "teamSize", "activities", "dependencies", "members"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "name", "idealScale"], root.GetProperty("activities")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "scale"], root.GetProperty("members")[0].EnumerateObject().Select(p => p.Name));

        // The Dutch alias "geleefdeBuurt" in the input is written with its canonical English name.
        Assert.Equal("livedNeighbourhood", root.GetProperty("activities")[1].GetProperty("idealScale").GetString());
    }

    [Fact]
    public void Non_default_values_are_written()
    {
        var json = ScenarioJson.ToJson(Full());
        Assert.Contains("\"intensityWeights\"", json, StringComparison.Ordinal);
        Assert.Contains("\"complexity\": \"simple\"", json, StringComparison.Ordinal);
        Assert.Contains("\"maxTeams\": 3", json, StringComparison.Ordinal);
        Assert.Contains("\"informal\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"intensity\": \"information\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"memberExcluded\"", json, StringComparison.Ordinal);

        // Readable text: accented letters are not escaped.
        Assert.Contains("Kinésithérapie", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_written_in_invariant_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-BE");
            var json = ScenarioJson.ToJson(Full());
            Assert.Contains("\"workload\": 4.5", json, StringComparison.Ordinal);
            Assert.Contains("\"hours\": 7.25", json, StringComparison.Ordinal);
            Assert.Contains("\"weight\": 0.1", json, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Write_emits_utf8_without_a_byte_order_mark()
    {
        using var buffer = new MemoryStream();
        ScenarioJson.Write(Full(), buffer);
        var bytes = buffer.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(ScenarioJson.ToJson(Full()), Encoding.UTF8.GetString(bytes));
    }
}
