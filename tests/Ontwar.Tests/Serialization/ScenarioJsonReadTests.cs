using System.Text;
using Ontwar.Diagnostics;
using Ontwar.Plans;
using Ontwar.Serialization;
using Xunit;

namespace Ontwar.Tests.Serialization;

public sealed class ScenarioJsonReadTests
{
    [Fact]
    public void Reads_a_minimal_scenario_with_defaults()
    {
        var s = ScenarioJson.FromJson(Json.Minimal());

        Assert.Equal("minimal", s.Name);
        Assert.Equal(TeamSizeLimits.Default, s.TeamSize);
        Assert.Equal(IntensityWeights.Default, s.IntensityWeights);
        Assert.Empty(s.Rules);
        Assert.Null(s.Current);
        var a = s.Activities[0];
        Assert.Equal(Complexity.Complex, a.Complexity);
        Assert.Empty(a.Requires);
        Assert.Null(a.Workload);
        Assert.Equal(Scale.LivedNeighbourhood, s.Activities[1].IdealScale);
        var m = s.Members[0];
        Assert.Equal(1, m.MaxTeams);
        Assert.False(m.Informal);
        Assert.Null(m.Hours);
        Assert.Equal(Intensity.Joint, s.Dependencies[0].Intensity);
    }

    [Fact]
    public void Reads_every_field_of_the_contract_and_the_extensions()
    {
        const string json = """
            {
              "name": "full",
              "teamSize": { "min": 2, "max": 4 },
              "intensityWeights": { "referral": 0.5, "information": 1, "alignment": 3, "joint": 10 },
              "activities": [
                { "id": "physio", "name": "Kinesitherapie", "requires": ["physiotherapy", "exercise"],
                  "idealScale": "gemeente", "complexity": "simple", "workload": 4.5, "function": "care", "currentPackage": "p1" },
                { "id": "adapt", "name": "Aanpassingen", "idealScale": "lokaleRegio" }
              ],
              "dependencies": [
                { "from": "physio", "to": "adapt", "intensity": "samenUitvoeren" },
                { "from": "adapt", "to": "physio", "weight": 1.5 }
              ],
              "members": [
                { "id": "m1", "name": "Kinesitherapeut A", "partner": "Praktijk Kine", "informal": false,
                  "capabilities": ["physiotherapy"], "scale": "bovenlokaleRegio", "hours": 8, "maxTeams": 2 },
                { "id": "m2", "informal": true, "scale": "geografischeBuurt" }
              ],
              "rules": [
                { "kind": "together", "activities": ["physio", "adapt"], "reason": "one visit" },
                { "kind": "apart", "activities": ["physio", "adapt"] },
                { "kind": "fixedScale", "activity": "adapt", "scale": "localRegion" },
                { "kind": "memberRequired", "member": "m1", "activity": "physio" },
                { "kind": "memberExcluded", "member": "m2", "activity": "adapt", "reason": "no" }
              ],
              "current": { "packages": [ { "id": "p1", "activities": ["physio"], "members": ["m1"], "scale": "municipality" },
                                         { "id": "p2", "activities": ["adapt"] } ] }
            }
            """;

        var expected = new ScenarioBuilder("full")
            .WithTeamSize(2, 4)
            .WithIntensityWeights(0.5, 1, 3, 10)
            .AddActivity("physio", "Kinesitherapie", Scale.Municipality, a => a.Requires("physiotherapy", "exercise").Simple().WithWorkload(4.5).WithFunction("care").InCurrentPackage("p1"))
            .AddActivity("adapt", "Aanpassingen", Scale.LocalRegion)
            .AddDependency("physio", "adapt", Intensity.Joint)
            .AddDependency("adapt", "physio", 1.5)
            .AddMember("m1", Scale.SupraLocalRegion, m => m.Named("Kinesitherapeut A").FromPartner("Praktijk Kine").WithCapabilities("physiotherapy").WithHours(8).WithMaxTeams(2))
            .AddMember("m2", Scale.GeographicNeighbourhood, m => m.AsInformal())
            .AddRule(new TogetherRule(["physio", "adapt"], "one visit"))
            .AddRule(new ApartRule(["physio", "adapt"]))
            .AddRule(new FixedScaleRule("adapt", Scale.LocalRegion))
            .AddRule(new MemberRequiredRule("m1", "physio"))
            .AddRule(new MemberExcludedRule("m2", "adapt", "no"))
            .AddCurrentPackage("p1", ["physio"], ["m1"], Scale.Municipality)
            .AddCurrentPackage("p2", ["adapt"])
            .Build();

        Assert.Equal(expected, ScenarioJson.FromJson(json));
    }

    [Fact]
    public void Extension_properties_are_ignored_everywhere()
    {
        var json = Json.Minimal(root: ", \"x-note\": { \"any\": [1, 2] }", activity: ", \"x-why\": 3", member: ", \"x-\": null", dependency: ", \"x-source\": \"seed\"");
        Assert.Equal(ScenarioJson.FromJson(Json.Minimal()), ScenarioJson.FromJson(json));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Json.Minimal())).ToArray();
        Assert.Equal(ScenarioJson.FromJson(Json.Minimal()), ScenarioJson.Read(bytes));
    }

    [Fact]
    public void Integral_numbers_written_with_a_fraction_are_whole_numbers()
    {
        var s = ScenarioJson.FromJson(Json.Minimal(root: ", \"teamSize\": { \"min\": 2.0, \"max\": 3 }", member: ", \"maxTeams\": 2.0"));
        Assert.Equal(new TeamSizeLimits(2, 3), s.TeamSize);
        Assert.Equal(2, s.Members[0].MaxTeams);
    }

    [Fact]
    public void Read_throws_a_validation_exception_with_every_problem()
    {
        var e = Assert.Throws<ScenarioValidationException>(() => ScenarioJson.FromJson(Json.Minimal(activity: ", \"workload\": 0", member: ", \"hours\": -2")));
        Assert.Equal(2, e.Diagnostics.Count);
        Json.Has(e.Diagnostics, "not-positive", "$.activities[0].workload");
        Json.Has(e.Diagnostics, "not-positive", "$.members[0].hours");
    }

    [Fact]
    public void Reads_from_streams_and_files()
    {
        var expected = ScenarioJson.FromJson(Json.Minimal());
        var bytes = Encoding.UTF8.GetBytes(Json.Minimal());
        using (var stream = new MemoryStream(bytes))
        {
            Assert.Equal(expected, ScenarioJson.Read(stream));
        }

        using (var stream = new MemoryStream(bytes))
        {
            Assert.True(ScenarioJson.TryRead(stream, out var s, out var d));
            Assert.Equal(expected, s);
            Assert.Empty(d);
        }

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, bytes);
            Assert.Equal(expected, ScenarioJson.ReadFile(file));
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Throws<FileNotFoundException>(() => ScenarioJson.ReadFile(Path.Combine(Path.GetTempPath(), "ontwar-no-such-file.json")));
    }

    [Fact]
    public void A_file_with_many_problems_reports_all_of_them_at_once()
    {
        const string json = """
            {
              "name": 7,
              "teamSize": { "min": 5, "max": 3 },
              "activities": [
                { "id": "a", "name": "A", "idealScale": "city", "complexity": "hard", "bogus": 1 },
                { "id": "a", "name": "", "idealScale": "municipality", "workload": -1 },
                "not an object"
              ],
              "dependencies": [
                { "from": "a", "to": "a", "intensity": "joint" },
                { "from": "a", "to": "ghost", "weight": 0 },
                { "from": "a", "to": "a2", "intensity": "strong", "weight": 2 },
                { "from": "a", "to": "a2" }
              ],
              "members": [ { "id": "m", "scale": "localRegion", "maxTeams": 1.5 }, { "id": "m" } ],
              "rules": [ { "kind": "sometimes" }, { "kind": "together", "activities": ["a"] },
                         { "kind": "memberRequired", "member": "nobody", "activity": "a" } ],
              "current": { "packages": [ { "id": "p", "activities": ["a"] }, { "id": "p", "activities": ["a"] } ] }
            }
            """;

        var d = Json.Problems(json);

        Json.Has(d, "wrong-type", "$.name");
        Json.Has(d, "team-size-range", "$.teamSize");
        Json.Has(d, "unknown-scale", "$.activities[0].idealScale");
        Json.Has(d, "unknown-complexity", "$.activities[0].complexity");
        Json.Has(d, "unknown-property", "$.activities[0].bogus");
        Json.Has(d, "duplicate-id", "$.activities[1].id");
        Json.Has(d, "empty-value", "$.activities[1].name");
        Json.Has(d, "not-positive", "$.activities[1].workload");
        Json.Has(d, "wrong-type", "$.activities[2]");
        Json.Has(d, "self-loop", "$.dependencies[0].to");
        Json.Has(d, "not-positive", "$.dependencies[1].weight");
        Json.Has(d, "unknown-activity", "$.dependencies[1].to");
        Json.Has(d, "intensity-and-weight", "$.dependencies[2]");
        Json.Has(d, "unknown-activity", "$.dependencies[2].to");
        Json.Has(d, "missing-intensity-or-weight", "$.dependencies[3]");
        Json.Has(d, "not-integer", "$.members[0].maxTeams");
        Json.Has(d, "missing-property", "$.members[1].scale");
        Json.Has(d, "duplicate-id", "$.members[1].id");
        Json.Has(d, "unknown-rule-kind", "$.rules[0].kind");
        Json.Has(d, "too-few-activities", "$.rules[1].activities");
        Json.Has(d, "unknown-member", "$.rules[2].member");
        Json.Has(d, "duplicate-id", "$.current.packages[1].id");
        Json.Has(d, "activity-in-two-packages", "$.current.packages[1].activities[0]");
    }

    [Fact]
    public void Problems_caused_by_an_earlier_problem_are_not_reported_again()
    {
        // The dependency's "from" is unusable (a number): it is reported once as a wrong type, not also as an unknown activity.
        var d = Json.Problems(Json.Minimal(dependency: string.Empty).Replace("\"from\": \"a\"", "\"from\": 12", StringComparison.Ordinal));
        Assert.Equal(["wrong-type"], d.Select(x => x.Code));
        Assert.Equal("$.dependencies[0].from", d[0].Path);
        Assert.DoesNotContain(d, x => x.Message.Contains('\0', StringComparison.Ordinal));
    }

    [Fact]
    public void An_activity_with_a_bad_field_still_counts_for_references()
    {
        // Activity "a" has a bad scale but a good id: the dependency that names it is fine.
        var d = Json.Problems(Json.Minimal(activity: string.Empty).Replace("\"municipality\"", "\"downtown\"", StringComparison.Ordinal));
        Assert.Single(d);
        Json.Has(d, "unknown-scale", "$.activities[0].idealScale");
    }

    [Theory]
    [InlineData("{\"name\": \"x\", \"name\": \"y\", \"activities\": [], \"dependencies\": [], \"members\": []}", "duplicate-property", "$.name")]
    [InlineData("[]", "wrong-type", "$")]
    [InlineData("{}", "missing-property", "$.activities")]
    [InlineData("{\"activities\": {}, \"dependencies\": [], \"members\": []}", "wrong-type", "$.activities")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [], \"teamSize\": {\"min\": 0, \"max\": 3}}", "out-of-range", "$.teamSize.min")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [], \"teamSize\": {\"min\": 2}}", "missing-property", "$.teamSize.max")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [], \"intensityWeights\": {\"referral\": 1, \"information\": 1, \"alignment\": 2, \"joint\": 3}}", "weights-not-increasing", "$.intensityWeights")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [], \"intensityWeights\": {\"referral\": -1, \"information\": 1, \"alignment\": 2, \"joint\": 3}}", "not-positive", "$.intensityWeights.referral")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [], \"Activities\": []}", "unknown-property", "$.Activities")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [], \"x y\": 1}", "unknown-property", "$['x y']")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [], \"current\": {\"packages\": [{\"id\": \"p\"}]}}", "missing-property", "$.current.packages[0].activities")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [], \"rules\": [{\"activities\": []}]}", "missing-property", "$.rules[0].kind")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [{\"id\": \" \", \"scale\": \"municipality\"}]}", "empty-value", "$.members[0].id")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [{\"id\": \"m\", \"scale\": \"municipality\", \"informal\": \"yes\"}]}", "wrong-type", "$.members[0].informal")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [{\"id\": \"m\", \"scale\": \"municipality\", \"hours\": 1e999}]}", "not-finite", "$.members[0].hours")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [{\"id\": \"m\", \"scale\": null}]}", "wrong-type", "$.members[0].scale")]
    [InlineData("{\"activities\": [], \"dependencies\": [], \"members\": [{\"id\": \"\\ud800\", \"scale\": \"municipality\"}]}", "invalid-string", "$.members[0].id")]
    public void Each_problem_is_reported_with_its_code_and_path(string json, string code, string path)
        => Json.Has(Json.Problems(json), code, path);

    [Fact]
    public void Unknown_names_get_a_hint()
    {
        var d = Json.Problems(Json.Minimal(activity: ", \"idealscale\": \"municipality\""));
        Assert.Contains("did you mean 'idealScale'", Json.Has(d, "unknown-property", "$.activities[0].idealscale").Message, StringComparison.Ordinal);
        var scale = Json.Problems(Json.Minimal().Replace("\"localRegion\"", "\"localregion\"", StringComparison.Ordinal));
        Assert.Contains("did you mean 'localRegion'", Json.Has(scale, "unknown-scale", "$.members[0].scale").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "invalid-json", "$")]
    [InlineData("   ", "invalid-json", "$")]
    [InlineData("{\"name\": \"x\", \"activities\": [ {\"id\": \"a\", ", "truncated-json", "$.activities[0].id")]
    [InlineData("{\"activities\": [1, 2,]}", "invalid-json", "$.activities[1]")]
    [InlineData("{\"activities\": [] /* comment */ }", "invalid-json", "$.activities")]
    [InlineData("{\"a\": 1} {\"b\": 2}", "invalid-json", "$")]
    [InlineData("{'a': 1}", "invalid-json", "$")]
    [InlineData("{\"a\": tru}", "invalid-json", "$.a")]
    public void Malformed_json_is_one_diagnostic_with_the_path_so_far(string json, string code, string path)
    {
        var d = Json.Problems(json);
        Assert.Single(d);
        Json.Has(d, code, path);
    }

    [Fact]
    public void Malformed_json_says_the_line_and_byte()
    {
        var d = Json.Problems("{\n  \"activities\": [\n    1,\n    ]\n}");
        Assert.Contains("line 4, byte 5", d[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported_with_their_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"name\": \"caf\"}");
        bytes = [.. bytes[..13], 0xE9, .. bytes[13..]];
        var d = Json.Problems(bytes);
        Assert.Single(d);
        var problem = Json.Has(d, "invalid-utf8", "$");
        Assert.Contains("byte offset 13", problem.Message, StringComparison.Ordinal);
        Assert.Contains("0xE9", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_is_enforced_before_parsing()
    {
        var options = new ScenarioReadOptions { MaxInputBytes = 100 };
        var json = Json.Minimal();
        Json.Has(Json.Problems(json, options), "input-too-large", "$");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.False(ScenarioJson.TryRead(new NonSeekable(stream), out _, out var d, options));
        Json.Has(d, "input-too-large", "$");
    }

    [Fact]
    public void An_endless_stream_stops_at_the_size_limit()
    {
        var options = new ScenarioReadOptions { MaxInputBytes = 1 << 20 };
        Assert.False(ScenarioJson.TryRead(new Endless(), out _, out var d, options));
        Json.Has(d, "input-too-large", "$");
    }

    [Fact]
    public void The_depth_limit_is_enforced_with_a_path()
    {
        var deep = new string('[', 200) + new string(']', 200);
        var d = Json.Problems(deep);
        Assert.Equal("too-deep", Assert.Single(d).Code);
        Assert.StartsWith("$[0][0]", d[0].Path, StringComparison.Ordinal);

        var options = new ScenarioReadOptions { MaxDepth = 3 };
        var nested = Json.Problems(Json.Minimal(root: ", \"x-deep\": { \"a\": { \"b\": {} } }"), options);
        Json.Has(nested, "too-deep", "$['x-deep'].a.b");
    }

    [Fact]
    public void The_list_length_limit_is_enforced_with_a_path()
    {
        var options = new ScenarioReadOptions { MaxItemsPerList = 1 };
        var d = Json.Problems(Json.Minimal(), options);
        Json.Has(d, "too-many-items", "$.activities");
    }

    [Fact]
    public void The_number_of_listed_problems_is_limited()
    {
        var activities = string.Join(",", Enumerable.Range(0, 50).Select(i => $"{{\"id\": \"a{i}\", \"name\": \"A\", \"idealScale\": \"nowhere\"}}"));
        var d = Json.Problems($"{{\"activities\": [{activities}], \"dependencies\": [], \"members\": []}}", new ScenarioReadOptions { MaxDiagnostics = 10 });
        Assert.Equal(11, d.Count);
        Assert.All(d.Take(10), x => Assert.Equal("unknown-scale", x.Code));
        Assert.Equal("too-many-problems", d[10].Code);
        Assert.StartsWith("40 more problems", d[10].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_badly_broken_file_is_reported_without_blowing_up()
    {
        // 50,000 activities, each with an unusable id and a bad scale: the work stays linear and the list bounded.
        var sb = new StringBuilder("{\"activities\": [");
        for (int i = 0; i < 50_000; i++)
        {
            sb.Append(i == 0 ? "" : ",").Append("{\"id\": 1, \"name\": \"A\", \"idealScale\": \"somewhereFarAwayFromHereX\"}");
        }

        sb.Append("], \"dependencies\": [{\"from\": \"x\", \"to\": \"y\", \"weight\": 1}], \"members\": []}");
        var d = Json.Problems(sb.ToString());
        Assert.Equal(ScenarioReadOptions.DefaultMaxDiagnostics + 1, d.Count);
        Assert.Equal("too-many-problems", d[^1].Code);
    }

    [Fact]
    public void Read_options_reject_absurd_limits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScenarioReadOptions { MaxInputBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScenarioReadOptions { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScenarioReadOptions { MaxDepth = 1001 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScenarioReadOptions { MaxItemsPerList = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScenarioReadOptions { MaxDiagnostics = 0 });
        Assert.Equal(64L * 1024 * 1024, ScenarioReadOptions.Default.MaxInputBytes);
        Assert.Equal(64, ScenarioReadOptions.Default.MaxDepth);
    }

    [Fact]
    public void Current_packages_read_into_a_plan()
    {
        var s = ScenarioJson.ReadFile(Json.SamplePath("maria.json"));
        var current = Assert.IsType<Plan>(s.Current);
        Assert.Equal(5, current.Packages.Count);
        Assert.All(current.Packages, p => Assert.NotNull(p.Scale));
    }

    /// <summary>A stream that hides its length, like standard input.</summary>
    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that never ends: reading must stop at the limit instead of hanging.</summary>
    private sealed class Endless : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
