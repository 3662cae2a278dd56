using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Ontwar.Interpretation.Robustness;

/// <summary>
/// Perturbs the cohesion weights of a scenario with multiplicative log-normal noise: every dependency's cohesion is
/// multiplied by an independent factor <c>X = exp(μ + σZ)</c>, <c>Z</c> standard normal, <c>μ = −σ²/2</c>, so that
/// <c>E[X] = 1</c>: a weight is as likely to be judged too high as too low, and stays positive.
/// </summary>
/// <remarks>
/// Only weights change: activities, members, rules, team sizes, today's organisation and the intensity mapping stay.
/// A dependency given as an intensity becomes an explicit weight (the intensity's weight times the factor). Factors are
/// drawn in dependency order from MathNet's <see cref="LogNormal"/> over a <see cref="MersenneTwister"/>, so a seed
/// fixes the perturbed scenario. With σ = 0 the scenario is returned unchanged. When the noise would take a weight or
/// the sum of the weights past <see cref="ScenarioLimits"/>, all weights are scaled down by one factor, which keeps
/// their ratios and so every plan's ranking.
/// </remarks>
public static class WeightPerturbation
{
    /// <summary>The parameter μ of the log-normal factor of noise σ: −σ²/2, which makes the factor's mean 1.</summary>
    /// <param name="sigma">The noise σ, at least 0.</param>
    /// <returns>μ.</returns>
    public static double MuFor(double sigma) => -sigma * sigma / 2;

    /// <summary>Perturbs a scenario's weights with noise drawn from a seeded Mersenne Twister.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="sigma">The noise σ: finite, between 0 and <see cref="RobustnessOptions.MaxNoise"/>.</param>
    /// <param name="seed">The seed; the same seed gives the same scenario.</param>
    /// <returns>The perturbed scenario; <paramref name="scenario"/> itself when σ is 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is out of range.</exception>
    public static Scenario Perturb(Scenario scenario, double sigma, int seed)
        => Perturb(scenario, sigma, new MersenneTwister(seed, threadSafe: false));

    /// <summary>Perturbs a scenario's weights with noise drawn from a given random source.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="sigma">The noise σ: finite, between 0 and <see cref="RobustnessOptions.MaxNoise"/>.</param>
    /// <param name="random">The random source; one factor is drawn per dependency, in dependency order.</param>
    /// <returns>The perturbed scenario; <paramref name="scenario"/> itself when σ is 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is out of range.</exception>
    public static Scenario Perturb(Scenario scenario, double sigma, Random random)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(random);
        if (!double.IsFinite(sigma) || sigma < 0 || sigma > RobustnessOptions.MaxNoise)
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, $"The noise σ must be between 0 and {RobustnessOptions.MaxNoise}.");
        }

        if (sigma == 0)
        {
            return scenario;
        }

        var noise = new LogNormal(MuFor(sigma), sigma, random);
        var weights = new double[scenario.Dependencies.Count];
        double largest = 0, total = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            // A factor can only leave the doubles at σ = 5 and an extreme draw; clamp it so a weight stays valid.
            weights[i] = Math.Clamp(scenario.Dependencies[i].CohesionUnder(scenario.IntensityWeights) * noise.Sample(), double.Epsilon, double.MaxValue);
            largest = Math.Max(largest, weights[i]);
            total += weights[i];
        }

        // Noise may push weights past ScenarioLimits; only their ratios matter to a plan, so scale all of them back
        // inside (with a margin for rounding) rather than make a valid scenario's perturbation invalid.
        double scale = Math.Min(1, Math.Min(ScenarioLimits.MaxWeight / largest, ScenarioLimits.MaxTotalWeight / total) * 0.999);
        var dependencies = new List<Dependency>(weights.Length);
        for (int i = 0; i < weights.Length; i++)
        {
            var d = scenario.Dependencies[i];
            dependencies.Add(new Dependency(d.From, d.To, Math.Max(double.Epsilon, weights[i] * scale)));
        }

        return scenario.WithDependencies(dependencies);
    }

    /// <summary>The seed of sample <paramref name="sample"/> of a run with seed <paramref name="seed"/>: independent of every other sample, so samples can run in any order.</summary>
    internal static int SampleSeed(int seed, int sample)
    {
        // SplitMix64 finaliser over the pair: well-spread seeds for neighbouring sample numbers.
        ulong z = ((ulong)(uint)seed << 32 | (uint)sample) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & int.MaxValue);
    }
}
