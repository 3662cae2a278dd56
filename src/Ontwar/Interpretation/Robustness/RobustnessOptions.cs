using System.Globalization;
using Ontwar.Solving;

namespace Ontwar.Interpretation.Robustness;

/// <summary>
/// How to test a plan's robustness (<em>robuustheid</em>) against the judgement in the cohesion weights: how many
/// perturbed samples, how much noise, which seed, how each sample is solved. Immutable; checked once by
/// <see cref="Validate"/>, which reports every problem together.
/// </summary>
public sealed class RobustnessOptions
{
    /// <summary>The largest accepted <see cref="Samples"/>.</summary>
    public const int MaxSamples = 100_000;

    /// <summary>The largest accepted <see cref="Noise"/>: σ = 5 already multiplies weights by factors beyond e^±10.</summary>
    public const double MaxNoise = 5;

    /// <summary>The defaults: 50 samples, σ = 0.25, seed 0, 5 seconds per sample, one sample at a time, 95 % intervals.</summary>
    public static RobustnessOptions Default { get; } = new();

    /// <summary>Number of perturbed samples to solve; between 1 and <see cref="MaxSamples"/>. Default 50.</summary>
    public int Samples { get; init; } = 50;

    /// <summary>
    /// σ of the multiplicative log-normal noise on every dependency weight (mean 1, μ = −σ²/2); between 0 and
    /// <see cref="MaxNoise"/>. About the relative spread of a weight: σ = 0.25 moves most weights by up to ±50 %.
    /// 0 leaves the weights as they are. Default 0.25.
    /// </summary>
    public double Noise { get; init; } = 0.25;

    /// <summary>Seed of the noise; the same seed gives the same samples and so the same report. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// How each sample is solved, its time limit being the limit per sample. The solver's own seed stays the same for
    /// every sample, so the noise is the only thing that varies. Default: automatic engine, 5 seconds per sample.
    /// </summary>
    public SolverOptions Solver { get; init; } = new() { TimeLimit = TimeSpan.FromSeconds(5) };

    /// <summary>Whether the samples are solved without the scenario's rules (the ideal plan). Default false.</summary>
    public bool IgnoreRules { get; init; }

    /// <summary>How many samples may be solved at the same time; at least 1. The report does not depend on it. Default 1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Confidence level of every interval in the report; strictly between 0 and 1. Default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>An activity whose mean stability is below this is listed as unstable; between 0 and 1. Default 0.8.</summary>
    public double UnstableThreshold { get; init; } = 0.8;

    /// <summary>Every problem with these options, each a sentence naming the option; empty when valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Samples < 1 || Samples > MaxSamples)
        {
            problems.Add(Invariant($"Samples must be between 1 and {MaxSamples}; it is {Samples}."));
        }

        if (!double.IsFinite(Noise) || Noise < 0 || Noise > MaxNoise)
        {
            problems.Add(Invariant($"Noise (σ) must be between 0 and {MaxNoise}; it is {Noise}."));
        }

        if (MaxDegreeOfParallelism < 1)
        {
            problems.Add(Invariant($"MaxDegreeOfParallelism must be at least 1; it is {MaxDegreeOfParallelism}."));
        }

        if (!double.IsFinite(ConfidenceLevel) || ConfidenceLevel <= 0 || ConfidenceLevel >= 1)
        {
            problems.Add(Invariant($"ConfidenceLevel must be strictly between 0 and 1; it is {ConfidenceLevel}."));
        }

        if (!double.IsFinite(UnstableThreshold) || UnstableThreshold < 0 || UnstableThreshold > 1)
        {
            problems.Add(Invariant($"UnstableThreshold must be between 0 and 1; it is {UnstableThreshold}."));
        }

        if (Solver is null)
        {
            problems.Add("Solver must be set.");
        }
        else
        {
            problems.AddRange(Solver.Problems().Select(p => "Solver." + p));
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
            throw new ArgumentException("Invalid robustness options: " + string.Join(" ", problems));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
