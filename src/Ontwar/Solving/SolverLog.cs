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
            SolveStarted(logger, engine, model.Scenario.Name, model.ActivityCount, model.MemberCount, model.RulesIgnored, options.TimeLimit?.TotalSeconds, options.Seed);
        }
    }

    /// <summary>Logs the end of a solve and hands the result back, so engines can write <c>return Finished(...)</c>.</summary>
    internal static SolveResult Finished(ILogger logger, SolveResult result)
    {
        SolveFinished(logger, result.Engine, result.Status, result.Objective, result.Bound, result.Elapsed.TotalMilliseconds, result.Diagnostics.Count);
        return result;
    }

    [LoggerMessage(EventId = 1, EventName = "SolveStarted", Level = LogLevel.Information,
        Message = "Solving '{Scenario}' with {Engine}: {Activities} activities, {Members} members, rules ignored {RulesIgnored}, time limit {TimeLimitSeconds} s, seed {Seed}")]
    private static partial void SolveStarted(ILogger logger, string engine, string scenario, int activities, int members, bool rulesIgnored, double? timeLimitSeconds, int seed);

    [LoggerMessage(EventId = 2, EventName = "EngineChosen", Level = LogLevel.Debug,
        Message = "Engine {Engine} chosen for engine kind {Kind} ({Groups} activity groups; the exact engine is chosen up to {ExactLimit})")]
    internal static partial void EngineChosen(ILogger logger, string engine, EngineKind kind, int groups, int exactLimit);

    [LoggerMessage(EventId = 3, EventName = "Incumbent", Level = LogLevel.Debug,
        Message = "{Engine} found a plan with cut weight {Cut} (bound {Bound}) after {ElapsedMs} ms")]
    internal static partial void Incumbent(ILogger logger, string engine, double cut, double bound, double elapsedMs);

    [LoggerMessage(EventId = 4, EventName = "SolveFinished", Level = LogLevel.Information,
        Message = "{Engine} finished with status {Status}: cut weight {Objective}, bound {Bound}, {ElapsedMs} ms, {Diagnostics} diagnostics")]
    private static partial void SolveFinished(ILogger logger, string engine, SolveStatus status, double? objective, double bound, double elapsedMs, int diagnostics);
}
