using Microsoft.Extensions.Logging;

namespace Ontwar.Solving;

/// <summary>
/// How to solve: limits, randomness, threads, engine, progress reporting and logging. Immutable; checked once by
/// <see cref="Validate"/>, which reports every problem together.
/// </summary>
public sealed class SolverOptions
{
    /// <summary>The defaults: automatic engine, 30 seconds, seed 0, one thread.</summary>
    public static SolverOptions Default { get; } = new();

    /// <summary>Wall-clock limit of one solve; <see langword="null"/> for none. Default 30 seconds.</summary>
    public TimeSpan? TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed of every random choice; the same seed gives the same plan. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Threads an engine may use; at least 1. Default 1. Results do not depend on it for a given seed.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Which engine to use. Default <see cref="EngineKind.Auto"/>.</summary>
    public EngineKind Engine { get; init; } = EngineKind.Auto;

    /// <summary>Relative gap at which an exact engine may stop and report optimal; between 0 and 1. Default 0.</summary>
    public double RelativeGap { get; init; }

    /// <summary>Receives progress (phase, best cut, bound) while solving, or <see langword="null"/>.</summary>
    public IProgress<SolveProgress>? Progress { get; init; }

    /// <summary>
    /// Receives the solve's structured log events (start, engine chosen, new best plans at most once a second, finish with
    /// the status), or <see langword="null"/> for none. Default <see langword="null"/>. Nothing is logged on hot loops.
    /// </summary>
    public ILogger? Logger { get; init; }

    /// <summary>Every problem with these options, each a sentence naming the option; empty when valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (TimeLimit is { } t && t <= TimeSpan.Zero)
        {
            problems.Add($"TimeLimit must be positive or null; it is {t}.");
        }

        if (Threads < 1)
        {
            problems.Add($"Threads must be at least 1; it is {Threads}.");
        }

        if (!Enum.IsDefined(Engine))
        {
            problems.Add($"Engine {(int)Engine} is not a defined engine.");
        }

        if (!double.IsFinite(RelativeGap) || RelativeGap < 0 || RelativeGap > 1)
        {
            problems.Add($"RelativeGap must be between 0 and 1; it is {RelativeGap}.");
        }

        return problems;
    }

    /// <summary>Throws when the options are invalid, listing every problem.</summary>
    /// <exception cref="ArgumentException">At least one option is invalid.</exception>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid solver options: " + string.Join(" ", problems));
        }
    }
}

/// <summary>A progress report while solving.</summary>
/// <param name="Phase">What the engine is doing, for example <c>construct</c>, <c>improve</c>, <c>branch</c>.</param>
/// <param name="BestObjective">Cut weight of the best plan so far, or <see langword="null"/> before the first.</param>
/// <param name="Bound">The best proven lower bound on the cut weight so far.</param>
/// <param name="Elapsed">Time since the solve started.</param>
public sealed record SolveProgress(string Phase, double? BestObjective, double Bound, TimeSpan Elapsed);
