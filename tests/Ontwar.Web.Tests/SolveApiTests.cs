using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ontwar.Web.Tests;

/// <summary>
/// The integrator sample on a real Kestrel server bound to a free loopback port: JSON in, plan out; invalid input,
/// bad query values, oversized bodies and slow requests are refused as RFC 9457 problems with diagnostics.
/// </summary>
public sealed class SolveApiTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync() => StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>(Re)starts the application with extra configuration arguments such as <c>--Ontwar:MaxRequestBytes=1024</c>.</summary>
    private async Task StartAsync(params string[] configuration)
    {
        if (_app is not null)
        {
            await DisposeAsync();
        }

        _app = SolveApi.CreateApp(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. configuration]);
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    [Fact]
    public async Task Posting_maria_returns_her_optimal_plan()
    {
        using var response = await PostAsync("/solve?timeLimit=20", await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "maria.json")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var plan = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Maria: heupbreuk, thuis blijven wonen", plan.RootElement.GetProperty("scenario").GetString());
        Assert.Equal("optimal", plan.RootElement.GetProperty("status").GetString());
        var activities = plan.RootElement.GetProperty("packages").EnumerateArray()
            .SelectMany(p => p.GetProperty("activities").EnumerateArray().Select(a => a.GetString())).Order(StringComparer.Ordinal);
        Assert.Equal(["adapt", "company", "household", "hygiene", "physio"], activities);
    }

    [Fact]
    public async Task An_invalid_scenario_is_refused_with_422_as_a_problem_with_the_path_of_each_diagnostic()
    {
        const string Json = """
            { "activities": [ { "id": "a", "name": "A", "idealScale": "city" } ], "dependencies": [], "members": [], "colour": 1 }
            """;
        using var response = await PostAsync("/solve", Encoding.UTF8.GetBytes(Json));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        await AssertProblemAsync(response, 422, "urn:ontwar:problem:invalid-scenario");
        var problems = await DiagnosticsAsync(response);
        Assert.Contains(problems, d => d.Code == "unknown-scale" && d.Path == "$.activities[0].idealScale");
        Assert.Contains(problems, d => d.Code == "unknown-property" && d.Path == "$.colour");
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_400()
    {
        using var response = await PostAsync("/solve", Encoding.UTF8.GetBytes("{ \"activities\": [ "));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblemAsync(response, 400, "urn:ontwar:problem:unreadable-body");
        Assert.Contains(await DiagnosticsAsync(response), d => d.Code is "truncated-json" or "invalid-json");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("soon")]
    [InlineData("1e-7")]
    public async Task A_bad_time_limit_is_refused_with_400(string value)
    {
        using var response = await PostAsync("/solve?timeLimit=" + value, "{}"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblemAsync(response, 400, "urn:ontwar:problem:invalid-query");
        Assert.Contains(await DiagnosticsAsync(response), d => d.Code == "invalid-time-limit" && d.Path == "?timeLimit");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        var body = new byte[SolveApi.DefaultMaxRequestBytes + 1];
        Array.Fill(body, (byte)' ');
        // Expect: 100-continue lets the server refuse on the declared length before the client sends the body; without
        // it the client may still be writing when the refused connection closes.
        using var content = new ByteArrayContent(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/solve") { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertProblemAsync(response, 413, "urn:ontwar:problem:too-large");
        Assert.Contains(await DiagnosticsAsync(response), d => d.Code == "input-too-large");
    }

    [Fact]
    public async Task The_size_cap_comes_from_the_configuration()
    {
        await StartAsync("--Ontwar:MaxRequestBytes=1024");
        var maria = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "maria.json"));
        Assert.True(maria.Length > 1024);

        using var response = await PostAsync("/solve", maria);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertProblemAsync(response, 413, "urn:ontwar:problem:too-large");
    }

    [Fact]
    public async Task A_request_slower_than_the_configured_timeout_gets_504_as_a_problem()
    {
        await StartAsync("--Ontwar:RequestTimeoutSeconds=0.5");
        using var content = new SlowContent(TimeSpan.FromSeconds(5));
        using var response = await _client.PostAsync("/solve", content);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        await AssertProblemAsync(response, 504, "urn:ontwar:problem:timeout");
    }

    [Fact]
    public async Task A_scenario_that_would_overflow_is_refused_not_a_server_error()
    {
        var json = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "maria.json")))
            .Replace("\"teamSize\": { \"min\": 2, \"max\": 4 }", "\"teamSize\": { \"min\": 2, \"max\": 2147483647 }", StringComparison.Ordinal);
        Assert.Contains("2147483647", json, StringComparison.Ordinal);

        using var response = await PostAsync("/solve", Encoding.UTF8.GetBytes(json));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(await DiagnosticsAsync(response), d => d.Code == "out-of-range" && d.Path == "$.teamSize.max");
    }

    [Fact]
    public async Task Memory_of_large_requests_is_given_back()
    {
        await StartAsync("--Ontwar:CompactIntervalSeconds=0");
        // A valid scenario of about 3 MiB: large enough to cost tens of megabytes while it is read and solved.
        var scenario = Ontwar.Generation.PlantedScenarioGenerator.Generate(new Ontwar.Generation.PlantedScenarioOptions { Activities = 4000, Seed = 1 }).Scenario;
        var body = Encoding.UTF8.GetBytes(Ontwar.Serialization.ScenarioJson.ToJson(scenario));
        Assert.InRange(body.Length, 2L * 1024 * 1024, SolveApi.DefaultMaxRequestBytes);
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        long before = GC.GetGCMemoryInfo().HeapSizeBytes;

        for (int i = 0; i < 3; i++)
        {
            using var response = await PostAsync("/solve?timeLimit=1", body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The last request's own collection already ran; no collection is forced here.
        long after = GC.GetGCMemoryInfo().HeapSizeBytes;
        var compactor = _app.Services.GetRequiredService<SolveApi.Limits>().Compactor;
        Assert.Equal(3, compactor.Count);
        Assert.True(after - before < 64L * 1024 * 1024, $"heap {before / 1048576} MiB before, {after / 1048576} MiB after");
    }

    [Fact]
    public async Task Only_post_is_mapped()
    {
        using var response = await _client.GetAsync("/solve");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return await _client.PostAsync(path, content);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status, string type)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(type, json.RootElement.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("title").GetString()));
        Assert.Equal("/solve", json.RootElement.GetProperty("instance").GetString());
    }

    private static async Task<List<(string Code, string? Path)>> DiagnosticsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString()!, d.TryGetProperty("path", out var p) ? p.GetString() : null))
            .ToList();
    }

    /// <summary>A body that starts only after a delay: the request outlives a short timeout while the server reads it.</summary>
    private sealed class SlowContent(TimeSpan delay) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync("{"u8.ToArray());
            await stream.FlushAsync();
            await Task.Delay(delay);
            await stream.WriteAsync("}"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 2;
            return true;
        }
    }
}
