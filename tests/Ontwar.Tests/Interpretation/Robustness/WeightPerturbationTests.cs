using MathNet.Numerics.Statistics;
using Ontwar.Interpretation.Robustness;
using Ontwar.Tests.Shared;
using Xunit;

namespace Ontwar.Tests.Interpretation.Robustness;

public sealed class WeightPerturbationTests
{
    private static readonly Scenario TwoPairs = SampleScenarios.TwoPairs([new ApartRule(["wash", "adapt"])]);

    [Fact]
    public void Zero_noise_returns_the_scenario_itself()
        => Assert.Same(TwoPairs, WeightPerturbation.Perturb(TwoPairs, 0, seed: 7));

    [Fact]
    public void Only_weights_change_and_intensities_become_explicit_weights()
    {
        var p = WeightPerturbation.Perturb(TwoPairs, 0.5, seed: 1);

        Assert.Equal(TwoPairs.Activities, p.Activities);
        Assert.Equal(TwoPairs.Members, p.Members);
        Assert.Equal(TwoPairs.Rules, p.Rules);
        Assert.Equal(TwoPairs.TeamSize, p.TeamSize);
        Assert.Equal(TwoPairs.IntensityWeights, p.IntensityWeights);
        Assert.Equal(TwoPairs.Dependencies.Select(d => (d.From, d.To)), p.Dependencies.Select(d => (d.From, d.To)));
        Assert.All(p.Dependencies, d => Assert.True(d.Intensity is null && d.Weight > 0));
        Assert.NotEqual(
            TwoPairs.Dependencies.Select(d => d.CohesionUnder(TwoPairs.IntensityWeights)),
            p.Dependencies.Select(d => d.Weight!.Value));
    }

    [Fact]
    public void The_same_seed_gives_the_same_scenario_and_another_seed_another()
    {
        Assert.Equal(WeightPerturbation.Perturb(TwoPairs, 0.3, seed: 5), WeightPerturbation.Perturb(TwoPairs, 0.3, seed: 5));
        Assert.NotEqual(WeightPerturbation.Perturb(TwoPairs, 0.3, seed: 5), WeightPerturbation.Perturb(TwoPairs, 0.3, seed: 6));
    }

    [Fact]
    public void Factors_have_mean_one_and_log_standard_deviation_sigma()
    {
        // 4000 parallel dependencies of weight 1 between the same two activities: one factor each.
        const double Sigma = 0.4;
        var scenario = new Scenario(
            "many",
            [new Activity("a", "A", Scale.Municipality), new Activity("b", "B", Scale.Municipality)],
            Enumerable.Range(0, 4000).Select(_ => new Dependency("a", "b", 1.0)),
            [new Member("m", Scale.Municipality)]);

        var factors = WeightPerturbation.Perturb(scenario, Sigma, seed: 11).Dependencies.Select(d => d.Weight!.Value).ToList();

        Assert.InRange(factors.Mean(), 0.97, 1.03);
        Assert.InRange(factors.Select(f => Math.Log(f)).StandardDeviation(), Sigma * 0.95, Sigma * 1.05);
        Assert.InRange(factors.Select(f => Math.Log(f)).Mean(), WeightPerturbation.MuFor(Sigma) - 0.03, WeightPerturbation.MuFor(Sigma) + 0.03);
    }

    [Fact]
    public void Weights_at_the_limits_stay_within_them_with_their_ratios()
    {
        var atLimit = new Scenario(
            "heavy",
            [new Activity("a", "A", Scale.Municipality), new Activity("b", "B", Scale.Municipality), new Activity("c", "C", Scale.Municipality)],
            [new Dependency("a", "b", ScenarioLimits.MaxWeight), new Dependency("b", "c", ScenarioLimits.MaxWeight / 2)],
            [new Member("m", Scale.LocalRegion)]);
        var unscaled = new MathNet.Numerics.Distributions.LogNormal(WeightPerturbation.MuFor(2), 2, new MathNet.Numerics.Random.MersenneTwister(3, threadSafe: false));
        double ratio = ScenarioLimits.MaxWeight * unscaled.Sample() / (ScenarioLimits.MaxWeight / 2 * unscaled.Sample());

        var p = WeightPerturbation.Perturb(atLimit, 2, seed: 3);

        Assert.All(p.Dependencies, d => Assert.InRange(d.Weight!.Value, double.Epsilon, ScenarioLimits.MaxWeight));
        Assert.Equal(ratio, p.Dependencies[0].Weight!.Value / p.Dependencies[1].Weight!.Value, 9);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => WeightPerturbation.Perturb(null!, 0.1, seed: 0));
        Assert.Throws<ArgumentNullException>(() => WeightPerturbation.Perturb(TwoPairs, 0.1, (Random)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightPerturbation.Perturb(TwoPairs, -0.1, seed: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightPerturbation.Perturb(TwoPairs, double.PositiveInfinity, seed: 0));
    }

    [Fact]
    public void Sample_seeds_differ_between_samples_and_runs()
    {
        var seeds = Enumerable.Range(0, 1000).Select(i => WeightPerturbation.SampleSeed(0, i))
            .Concat(Enumerable.Range(0, 1000).Select(i => WeightPerturbation.SampleSeed(1, i)))
            .ToList();
        Assert.Equal(seeds.Count, seeds.Distinct().Count());
        Assert.All(seeds, s => Assert.True(s >= 0));
    }
}
