using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Timeouts;
using Ontwar.Diagnostics;
using Ontwar.Interpretation;
using Ontwar.Serialization;
using Ontwar.Solving;

namespace Ontwar.Web;

/// <summary>
/// <c>POST /solve</c>: a scenario (contract section 1) in, the plan document (contract section 2) out.
/// </summary>
/// <remarks>
/// <para>Limits, all from the configuration (section <c>Ontwar</c>): the request body is at most
/// <c>MaxRequestBytes</c> (default <see cref="DefaultMaxRequestBytes"/>; 413 beyond); the solve's time limit comes
/// from the query (<c>?timeLimit=SECONDS</c>) or <c>TimeLimitSeconds</c> and is capped by
/// <c>MaxTimeLimitSeconds</c>; a whole request may take at most <c>RequestTimeoutSeconds</c> (default the largest time
/// limit plus 30 s; 504 beyond, and the solve is cancelled); the scenario reader keeps its own depth and list limits.</para>
/// <para>Answers: 200 with the plan document for every finished solve (read its <c>status</c>: optimal, feasible,
/// infeasible with the reasons in <c>diagnostics</c>, or unknown). Every refusal is an RFC 9457 problem
/// (<c>application/problem+json</c>) whose <c>diagnostics</c> extension lists the problems with their JSON paths:
/// 400 when the body is not a readable JSON document or a query value is wrong, 422 when it is JSON but not a valid
/// scenario, 413 when it is too large, 504 when the request took too long, 500 (without details) on a bug. When the
/// client disconnects, <see cref="HttpContext.RequestAborted"/> cancels the solve.</para>
/// <para>Memory: the body is read once into a buffer of its declared size and released with the request; after a body
/// of at least <c>CompactAfterBytes</c> (default 1 MiB) the server runs one compacting, decommitting collection (at
/// most one every <c>CompactIntervalSeconds</c>, default 10), so a burst of large requests does not leave the process
/// at its peak size.</para>
/// <para>The engines are stateless and thread-safe, so concurrent requests need no locking; each solve runs on a
/// thread-pool thread and uses one thread (<see cref="SolverOptions.Threads"/>).</para>
/// </remarks>
internal static class SolveApi
{
    /// <summary>The default largest request body: 4 MiB, far above any realistic scenario.</summary>
    internal const long DefaultMaxRequestBytes = 4L * 1024 * 1024;

    private const double DefaultTimeLimitSeconds = 10;
    private const double DefaultMaxTimeLimitSeconds = 60;
    private const long DefaultCompactAfterBytes = 1024 * 1024;

    // Codes of a body that is not a JSON document at all (400); any other problem is one of the scenario (422).
    private static readonly HashSet<string> UnreadableCodes =
        new(["invalid-json", "truncated-json", "invalid-utf8", "invalid-string", "too-deep", "too-many-items"], StringComparer.Ordinal);

    /// <summary>Builds the application (the test starts it on a loopback port).</summary>
    /// <param name="args">Command-line arguments, for example <c>--urls http://127.0.0.1:0</c> or <c>--Ontwar:MaxRequestBytes=1048576</c>.</param>
    /// <returns>The application, not started.</returns>
    internal static WebApplication CreateApp(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var limits = Limits.From(builder.Configuration);
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBytes);
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = http => WriteProblemAsync(
                http,
                StatusCodes.Status504GatewayTimeout,
                "timeout",
                "The request took too long",
                string.Create(CultureInfo.InvariantCulture, $"The request took longer than {limits.RequestTimeout.TotalSeconds} seconds, the limit of this endpoint."),
                []),
        });
        var app = builder.Build();
        app.UseRequestTimeouts();
        app.MapPost("/solve", SolveAsync);
        return app;
    }

    private static async Task SolveAsync(HttpContext http, Limits limits, ILoggerFactory loggers)
    {
        var aborted = http.RequestAborted;
        long received = 0;
        try
        {
            using var body = await ReadBodyAsync(http.Request, aborted).ConfigureAwait(false);
            received = body.Length;
            await AnswerAsync(http, body, limits, loggers, aborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            received = limits.MaxRequestBytes;
            var message = string.Create(CultureInfo.InvariantCulture, $"The request body is larger than {limits.MaxRequestBytes} bytes, the limit of this endpoint.");
            await WriteProblemAsync(http, StatusCodes.Status413PayloadTooLarge, "too-large", "The request body is too large", message, [Diagnostic.Error("input-too-large", message)]).ConfigureAwait(false);
        }
        catch (Exception e) when (!http.Response.HasStarted && e is not (OutOfMemoryException or OperationCanceledException))
        {
            loggers.CreateLogger("Ontwar.Web").LogError(e, "Unexpected failure of /solve");
            await WriteProblemAsync(http, StatusCodes.Status500InternalServerError, "unexpected", "Unexpected error", "The server failed unexpectedly; the failure is logged.", []).ConfigureAwait(false);
        }
        finally
        {
            // Also when the request was cancelled: a timed-out large request held as much memory as a finished one.
            if (received >= limits.CompactAfterBytes)
            {
                limits.Compactor.Compact();
            }
        }
    }

    private static async Task AnswerAsync(HttpContext http, MemoryStream body, Limits limits, ILoggerFactory loggers, CancellationToken aborted)
    {
        if (!TryTimeLimit(http.Request.Query["timeLimit"], limits, out var timeLimit, out var timeProblem))
        {
            await WriteProblemAsync(http, StatusCodes.Status400BadRequest, "invalid-query", "Invalid query", timeProblem.Message, [timeProblem]).ConfigureAwait(false);
            return;
        }

        bool ideal = string.Equals(http.Request.Query["ideal"], "true", StringComparison.OrdinalIgnoreCase);
        var readOptions = new ScenarioReadOptions { MaxInputBytes = limits.MaxRequestBytes };
        if (!ScenarioJson.TryRead(body.GetBuffer().AsSpan(0, (int)body.Length), out var scenario, out var diagnostics, readOptions))
        {
            bool unreadable = diagnostics.Any(d => UnreadableCodes.Contains(d.Code));
            await WriteProblemAsync(
                http,
                unreadable ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
                unreadable ? "unreadable-body" : "invalid-scenario",
                unreadable ? "The body is not a readable JSON document" : "The body is not a valid scenario",
                string.Create(CultureInfo.InvariantCulture, $"{diagnostics.Count} problem(s); each diagnostic names its JSON path."),
                diagnostics).ConfigureAwait(false);
            return;
        }

        var options = new SolverOptions { TimeLimit = timeLimit, Logger = loggers.CreateLogger("Ontwar.Solving") };

        // Off the request thread: the solve is CPU-bound. The token stops it when the client goes away or time is up.
        var result = await Task.Run(() => PackagingSolver.Solve(scenario, options, ideal, aborted), aborted).ConfigureAwait(false);
        aborted.ThrowIfCancellationRequested();

        var interpretation = result.TryGetPlan(out var plan) ? PlanInterpreter.Interpret(scenario, plan, ideal) : null;
        var document = PlanDocumentFactory.Create(scenario, result, interpretation);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        PlanJson.Write(document, buffer);
        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), aborted).ConfigureAwait(false);
    }

    /// <summary>Reads the whole body into one buffer of its declared size; Kestrel enforces the size limit (413) while it is read.</summary>
    private static async Task<MemoryStream> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        int capacity = request.ContentLength is { } declared and > 0 and < int.MaxValue ? (int)declared : 0;
        var buffer = new MemoryStream(capacity);
        try
        {
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer;
        }
        catch
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static bool TryTimeLimit(string? query, Limits limits, out TimeSpan limit, [NotNullWhen(false)] out Diagnostic? problem)
    {
        double seconds = limits.TimeLimitSeconds;
        problem = null;
        if (!string.IsNullOrEmpty(query)
            && !(double.TryParse(query, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && double.IsFinite(seconds) && seconds >= 0.001))
        {
            problem = Diagnostic.Error(
                "invalid-time-limit",
                $"The query parameter timeLimit must be a number of seconds of at least 0.001; it is '{query}'.",
                "?timeLimit");
            limit = default;
            return false;
        }

        limit = TimeSpan.FromSeconds(Math.Min(seconds, limits.MaxTimeLimitSeconds));
        return true;
    }

    /// <summary>Writes an RFC 9457 problem (<c>application/problem+json</c>) with the diagnostics as an extension member.</summary>
    private static async Task WriteProblemAsync(HttpContext http, int status, string type, string title, string detail, IEnumerable<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "urn:ontwar:problem:" + type);
            writer.WriteString("title", title);
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            writer.WriteString("instance", http.Request.Path.Value);
            writer.WritePropertyName("diagnostics");
            PlanJson.WriteDiagnostics(DiagnosticLists.Capped(diagnostics), writer);
            writer.WriteEndObject();
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "application/problem+json; charset=utf-8";

        // A 413 is answered before the body was read to its end, so the connection is closed rather than reused.
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.Headers.Connection = "close";
        }

        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The endpoint's limits, read once from the configuration section <c>Ontwar</c>.</summary>
    /// <param name="MaxRequestBytes">The largest request body.</param>
    /// <param name="TimeLimitSeconds">The solve time limit when the query gives none.</param>
    /// <param name="MaxTimeLimitSeconds">The largest solve time limit a query may ask for.</param>
    /// <param name="RequestTimeout">The longest a whole request may take.</param>
    /// <param name="CompactAfterBytes">The body size from which a request ends with a compacting collection.</param>
    /// <param name="CompactInterval">The shortest time between two such collections.</param>
    internal sealed record Limits(long MaxRequestBytes, double TimeLimitSeconds, double MaxTimeLimitSeconds, TimeSpan RequestTimeout, long CompactAfterBytes, TimeSpan CompactInterval)
    {
        /// <summary>The application's own collection throttle (per application, so two hosts in one process do not share it).</summary>
        internal MemoryCompactor Compactor { get; } = new(CompactInterval);

        /// <summary>Reads the limits, with the defaults for what is not configured.</summary>
        /// <exception cref="InvalidOperationException">A configured limit is not positive.</exception>
        internal static Limits From(IConfiguration configuration)
        {
            long maxBytes = configuration.GetValue("Ontwar:MaxRequestBytes", DefaultMaxRequestBytes);
            double timeLimit = configuration.GetValue("Ontwar:TimeLimitSeconds", DefaultTimeLimitSeconds);
            double maxTimeLimit = configuration.GetValue("Ontwar:MaxTimeLimitSeconds", DefaultMaxTimeLimitSeconds);
            double requestTimeout = configuration.GetValue("Ontwar:RequestTimeoutSeconds", maxTimeLimit + 30);
            long compactAfter = configuration.GetValue("Ontwar:CompactAfterBytes", DefaultCompactAfterBytes);
            double compactInterval = configuration.GetValue("Ontwar:CompactIntervalSeconds", 10.0);
            if (maxBytes is < 1 or > ScenarioReadOptions.DefaultMaxInputBytes || !(timeLimit > 0) || !(maxTimeLimit > 0) || !(requestTimeout > 0) || compactAfter < 1
                || !(compactInterval >= 0 && compactInterval <= 3600))
            {
                throw new InvalidOperationException(
                    "The Ontwar limits must be positive, and MaxRequestBytes at most 64 MiB: "
                    + string.Create(CultureInfo.InvariantCulture, $"MaxRequestBytes={maxBytes}, TimeLimitSeconds={timeLimit}, MaxTimeLimitSeconds={maxTimeLimit}, RequestTimeoutSeconds={requestTimeout}, CompactAfterBytes={compactAfter}, CompactIntervalSeconds={compactInterval}."));
            }

            return new Limits(maxBytes, timeLimit, maxTimeLimit, TimeSpan.FromSeconds(requestTimeout), compactAfter, TimeSpan.FromSeconds(compactInterval));
        }
    }

    /// <summary>
    /// Blocking, compacting collections that give freed memory back to the system (large object heap included): at most
    /// one per interval however many large requests finish together, and one at the end of the interval when a large
    /// request finished during it, so memory always returns at most one interval after the last large request.
    /// </summary>
    internal sealed class MemoryCompactor(TimeSpan interval)
    {
        private readonly Lock _lock = new();
        private long _last = long.MinValue / 2;
        private bool _pending;
        private int _count;

        /// <summary>How many collections ran.</summary>
        internal int Count => Volatile.Read(ref _count);

        /// <summary>Collects now, or once the interval since the last collection has passed.</summary>
        internal void Compact()
        {
            long wait;
            lock (_lock)
            {
                if (_pending)
                {
                    return;
                }

                wait = _last + (long)interval.TotalMilliseconds - Environment.TickCount64;
                if (wait > 0)
                {
                    _pending = true;
                }
                else
                {
                    _last = Environment.TickCount64;
                }
            }

            if (wait > 0)
            {
                _ = Task.Delay(TimeSpan.FromMilliseconds(wait)).ContinueWith(_ => Deferred(), TaskScheduler.Default);
                return;
            }

            Collect();
        }

        private void Deferred()
        {
            lock (_lock)
            {
                _pending = false;
                _last = Environment.TickCount64;
            }

            Collect();
        }

        private void Collect()
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            Interlocked.Increment(ref _count);
        }
    }
}
