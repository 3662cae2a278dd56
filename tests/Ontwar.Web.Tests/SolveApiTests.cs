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
/// bad query values and oversized bodies are refused with diagnostics.
/// </summary>
public sealed class SolveApiTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = SolveApi.CreateApp(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
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
    public async Task An_invalid_scenario_is_refused_with_400_and_the_path_of_each_problem()
    {
        const string Json = """
            { "activities": [ { "id": "a", "name": "A", "idealScale": "city" } ], "dependencies": [], "members": [], "colour": 1 }
            """;
        using var response = await PostAsync("/solve", Encoding.UTF8.GetBytes(Json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = await DiagnosticsAsync(response);
        Assert.Contains(problems, d => d.Code == "unknown-scale" && d.Path == "$.activities[0].idealScale");
        Assert.Contains(problems, d => d.Code == "unknown-property" && d.Path == "$.colour");
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_400()
    {
        using var response = await PostAsync("/solve", Encoding.UTF8.GetBytes("{ \"activities\": [ "));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await DiagnosticsAsync(response), d => d.Code is "truncated-json" or "invalid-json");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("soon")]
    public async Task A_bad_time_limit_is_refused_with_400(string value)
    {
        using var response = await PostAsync("/solve?timeLimit=" + value, "{}"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await DiagnosticsAsync(response), d => d.Code == "invalid-time-limit" && d.Path == "?timeLimit");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        var body = new byte[SolveApi.MaxRequestBytes + 1];
        Array.Fill(body, (byte)' ');
        // Expect: 100-continue lets the server refuse on the declared length before the client sends the body; without
        // it the client may still be writing when the refused connection closes.
        using var content = new ByteArrayContent(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/solve") { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(await DiagnosticsAsync(response), d => d.Code == "input-too-large");
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

    private static async Task<List<(string Code, string? Path)>> DiagnosticsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString()!, d.TryGetProperty("path", out var p) ? p.GetString() : null))
            .ToList();
    }
}
