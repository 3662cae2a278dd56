using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Ontwar.Diagnostics;
using Ontwar.Interpretation;
using Ontwar.Serialization;
using Ontwar.Solving;

namespace Ontwar.Web;

/// <summary>
/// <c>POST /solve</c>: a scenario (contract section 1) in, the plan document (contract section 2) out.
/// </summary>
/// <remarks>
/// <para>Limits: the request body is at most <see cref="MaxRequestBytes"/> (413 beyond); the solve's time limit comes
/// from the query (<c>?timeLimit=SECONDS</c>) or the configuration (<c>Ontwar:TimeLimitSeconds</c>) and is capped by
/// <c>Ontwar:MaxTimeLimitSeconds</c>; the scenario reader keeps its own depth and list limits.</para>
/// <para>Answers: 200 with the plan document for every finished solve (read its <c>status</c>: optimal, feasible,
/// infeasible with the reasons in <c>diagnostics</c>, or unknown); 400 with <c>{ "diagnostics": [...] }</c>, each
/// naming its JSON path, when the body is not a valid scenario or a query value is wrong; 413 when the body is too
/// large. When the client disconnects, <see cref="HttpContext.RequestAborted"/> cancels the solve.</para>
/// <para>The engines are stateless and thread-safe, so concurrent requests need no locking; each solve runs on a
/// thread-pool thread and uses one thread (<see cref="SolverOptions.Threads"/>).</para>
/// </remarks>
internal static class SolveApi
{
    /// <summary>The largest request body accepted: 4 MiB, far above any realistic scenario.</summary>
    internal const long MaxRequestBytes = 4L * 1024 * 1024;

    private const double DefaultTimeLimitSeconds = 10;
    private const double DefaultMaxTimeLimitSeconds = 60;

    /// <summary>Builds the application (the test starts it on a loopback port).</summary>
    /// <param name="args">Command-line arguments, for example <c>--urls http://127.0.0.1:0</c>.</param>
    /// <returns>The application, not started.</returns>
    internal static WebApplication CreateApp(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        var app = builder.Build();
        app.MapPost("/solve", SolveAsync);
        return app;
    }

    private static async Task SolveAsync(HttpContext http, IConfiguration configuration, ILoggerFactory loggers)
    {
        var aborted = http.RequestAborted;
        byte[] body;
        try
        {
            body = await ReadBodyAsync(http.Request, aborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteProblemsAsync(http, StatusCodes.Status413PayloadTooLarge, [Diagnostic.Error(
                "input-too-large",
                $"The request body is larger than {MaxRequestBytes.ToString(CultureInfo.InvariantCulture)} bytes, the limit of this endpoint.")]).ConfigureAwait(false);
            return;
        }

        if (!TryTimeLimit(http.Request.Query["timeLimit"], configuration, out var timeLimit, out var timeProblem))
        {
            await WriteProblemsAsync(http, StatusCodes.Status400BadRequest, [timeProblem]).ConfigureAwait(false);
            return;
        }

        bool ideal = string.Equals(http.Request.Query["ideal"], "true", StringComparison.OrdinalIgnoreCase);
        var readOptions = new ScenarioReadOptions { MaxInputBytes = MaxRequestBytes };
        if (!ScenarioJson.TryRead(body, out var scenario, out var diagnostics, readOptions))
        {
            await WriteProblemsAsync(http, StatusCodes.Status400BadRequest, diagnostics).ConfigureAwait(false);
            return;
        }

        var options = new SolverOptions { TimeLimit = timeLimit, Logger = loggers.CreateLogger("Ontwar.Solving") };

        // Off the request thread: the solve is CPU-bound. The token stops it when the client goes away.
        var result = await Task.Run(() => PackagingSolver.Solve(scenario, options, ideal, aborted), aborted).ConfigureAwait(false);
        if (aborted.IsCancellationRequested)
        {
            return;
        }

        var interpretation = result.TryGetPlan(out var plan) ? PlanInterpreter.Interpret(scenario, plan, ideal) : null;
        var document = PlanDocumentFactory.Create(scenario, result, interpretation);
        using var buffer = new MemoryStream();
        PlanJson.Write(document, buffer);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), aborted).ConfigureAwait(false);
    }

    /// <summary>Reads the whole body; Kestrel enforces the size limit (413) while it is read.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static bool TryTimeLimit(string? query, IConfiguration configuration, out TimeSpan limit, [NotNullWhen(false)] out Diagnostic? problem)
    {
        double max = configuration.GetValue("Ontwar:MaxTimeLimitSeconds", DefaultMaxTimeLimitSeconds);
        double seconds = configuration.GetValue("Ontwar:TimeLimitSeconds", DefaultTimeLimitSeconds);
        problem = null;
        if (!string.IsNullOrEmpty(query)
            && !(double.TryParse(query, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && double.IsFinite(seconds) && seconds > 0))
        {
            problem = Diagnostic.Error(
                "invalid-time-limit",
                $"The query parameter timeLimit must be a number of seconds greater than zero; it is '{query}'.",
                "?timeLimit");
            limit = default;
            return false;
        }

        limit = TimeSpan.FromSeconds(Math.Min(seconds, max));
        return true;
    }

    private static async Task WriteProblemsAsync(HttpContext http, int status, IEnumerable<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("diagnostics");
            PlanJson.WriteDiagnostics(diagnostics, writer);
            writer.WriteEndObject();
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";

        // A 413 is answered before the body was read to its end, so the connection is closed rather than reused.
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.Headers.Connection = "close";
        }

        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), http.RequestAborted).ConfigureAwait(false);
    }
}
