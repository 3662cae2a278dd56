using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ontwar.Modeling;

namespace Ontwar.Solving;

/// <summary>
/// The structured log events of a solve (source-generated, so a disabled level costs one check). Engines log the
/// start and the finish at Information and the engine choice and new incumbents at Debug; nothing is logged inside the
/// search loops except improvements, and those at most once a second.
/// </summary>
internal static partial class SolverLog
{
    /// <summary>The smallest interval between two logged incumbents of one solve.</summary>
    internal static readonly TimeSpan IncumbentInterval = TimeSpan.FromSeconds(1);

    /// <summary>The logger of the options, or the null logger.</summary>
    internal static ILogger For(SolverOptions options) => options.Logger ?? NullLogger.Instance;

    /// <summary>Logs the start of a solve.</summary>
    internal static void Started(ILogger logger, string engine, PackagingModel model, SolverOptions options)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            // Words and units in the message ("rules ignored: no", "time limit: 10 s"); the values stay structured.
            string timeLimit = options.TimeLimit is { } limit ? Seconds(limit) + " s" : "none";
            SolveStarted(logger, engine, model.Scenario.Name, model.ActivityCount, model.MemberCount, model.RulesIgnored ? "yes" : "no", timeLimit, options.Seed);
        }
    }

    /// <summary>Logs the end of a solve and hands the result back, so engines can write <c>return Finished(...)</c>.</summary>
    internal static SolveResult Finished(ILogger logger, SolveResult result)
    {
        SolveFinished(logger, result.Engine, result.Status, result.Objective, result.Bound, Milliseconds(result.Elapsed.TotalMilliseconds), result.Diagnostics.Count);
        return result;
    }

    /// <summary>Logs a new incumbent; the elapsed time is logged in whole milliseconds.</summary>
    internal static void Incumbent(ILogger logger, string engine, double cut, double bound, double elapsedMs)
        => IncumbentFound(logger, engine, cut, bound, Milliseconds(elapsedMs));

    private static long Milliseconds(double ms) => (long)Math.Round(ms, MidpointRounding.AwayFromZero);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 1, EventName = "SolveStarted", Level = LogLevel.Information,
        Message = "Solving '{Scenario}' with {Engine}: {Activities} activities, {Members} members, rules ignored: {RulesIgnored}, time limit: {TimeLimit}, seed: {Seed}")]
    private static partial void SolveStarted(ILogger logger, string engine, string scenario, int activities, int members, string rulesIgnored, string timeLimit, int seed);

    [LoggerMessage(EventId = 2, EventName = "EngineChosen", Level = LogLevel.Debug,
        Message = "Engine {Engine} chosen for engine kind {Kind} ({Groups} activity groups; the exact engine is chosen up to {ExactLimit})")]
    internal static partial void EngineChosen(ILogger logger, string engine, EngineKind kind, int groups, int exactLimit);

    [LoggerMessage(EventId = 3, EventName = "Incumbent", Level = LogLevel.Debug,
        Message = "{Engine} found a plan with cut weight {Cut} (bound {Bound}) after {ElapsedMs} ms")]
    private static partial void IncumbentFound(ILogger logger, string engine, double cut, double bound, long elapsedMs);

    [LoggerMessage(EventId = 4, EventName = "SolveFinished", Level = LogLevel.Information,
        Message = "{Engine} finished with status {Status}: cut weight {Objective}, bound {Bound}, elapsed {ElapsedMs} ms, {Diagnostics} diagnostics")]
    private static partial void SolveFinished(ILogger logger, string engine, SolveStatus status, double? objective, double bound, long elapsedMs, int diagnostics);
}
