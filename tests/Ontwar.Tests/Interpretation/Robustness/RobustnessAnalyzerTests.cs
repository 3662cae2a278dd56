using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Interpretation.Robustness;
using Ontwar.Plans;
using Ontwar.Solving;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Interpretation.Robustness;

public sealed class RobustnessAnalyzerTests
{
    /// <summary>
    /// Four activities of one hour each; two one-member teams of two hours: two packages of two. {a, b} + {c, d} cuts
    /// 3.5 + 3.5 = 7, {a, c} + {b, d} cuts 4 + 4 = 8, {a, d} + {b, c} cuts 15: the optimum is close to the runner-up, so
    /// noise flips it often.
    /// </summary>
    private static readonly Scenario Square = new(
        "square",
        new[] { "a", "b", "c", "d" }.Select(id => new Activity(id, id.ToUpperInvariant(), Scale.Municipality, workload: 1)),
        [new Dependency("a", "b", 4.0), new Dependency("c", "d", 4.0), new Dependency("a", "c", 3.5), new Dependency("b", "d", 3.5)],
        [new Member("m1", Scale.Municipality, hours: 2), new Member("m2", Scale.Municipality, hours: 2)],
        teamSize: new TeamSizeLimits(1, 1));

    private static RobustnessOptions Options(int samples, double noise, int seed = 0, int parallel = 1) => new()
    {
        Samples = samples,
        Noise = noise,
        Seed = seed,
        MaxDegreeOfParallelism = parallel,
        Solver = new SolverOptions { Engine = EngineKind.Exact, TimeLimit = TimeSpan.FromSeconds(20) },
    };

    private static Plan Reference(Scenario scenario, RobustnessOptions options)
        => PackagingSolver.Solve(scenario, options.Solver, options.IgnoreRules).Plan;

    [Fact]
    public void Square_reference_keeps_the_strong_pairs_and_noise_moves_them()
    {
        var options = new RobustnessOptions { Samples = 24, Noise = 0.5, UnstableThreshold = 0.99, Solver = Options(1, 0).Solver };
        var report = RobustnessAnalyzer.Analyze(Square, options);

        Assert.Equal(7, report.ReferenceCutWeight);
        Assert.Equal(24, report.SamplesSolved);
        Assert.Equal(0, report.SamplesWithoutPlan);
        Assert.InRange(report.SamplesMatchingReference, 1, 23);
        Assert.True(report.Frequency("a", "b") < 1, "noise this large should split a and b sometimes");
        Assert.True(report.Frequency("a", "c") > 0);
        Assert.Equal(0, report.Frequency("a", "d"));
        Assert.Equal(4, report.UnstableActivities.Count);
        Assert.Equal(report.UnstableActivities.OrderBy(a => a.Stability.Mean).Select(a => a.Stability.Mean), report.UnstableActivities.Select(a => a.Stability.Mean));
        Assert.All(report.Packages, p => Assert.True(p.Stability.Mean < 1));
        Assert.All(report.Packages, p => Assert.Equal(report.SamplesMatchingReference, p.SamplesIntact));

        // The samples minimise their own weights: under the original weights no sample does better than the reference.
        Assert.True(report.CutWeightUnderOriginalWeights.Minimum >= report.ReferenceCutWeight);
        Assert.Contains(report.LeastStablePairs(10), p => p.First == "a" && p.Second == "b");
    }

    [Fact]
    public void Frequencies_are_proportions_the_matrix_is_symmetric_with_ones_on_the_diagonal_and_intervals_contain_the_estimates()
    {
        var report = RobustnessAnalyzer.Analyze(Square, Options(samples: 16, noise: 0.5, seed: 3));
        var m = report.Matrix!;
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(1, m[i, i]);
            for (int j = 0; j < 4; j++)
            {
                Assert.InRange(m[i, j], 0, 1);
                Assert.Equal(m[i, j], m[j, i]);
                Assert.Equal(m[i, j], report.Frequency(Square.Activities[i].Id, Square.Activities[j].Id));
            }
        }

        Assert.All(report.Pairs, p =>
        {
            Assert.InRange(p.Frequency, p.Lower, p.Upper);
            Assert.InRange(p.Lower, 0, 1);
            Assert.InRange(p.Upper, 0, 1);
        });
        var estimates = report.Packages.Select(p => p.Stability)
            .Concat(report.Activities.Select(a => a.Stability))
            .Append(report.CutWeight)
            .Append(report.CutWeightUnderOriginalWeights);
        Assert.All(estimates, e =>
        {
            Assert.InRange(e.Mean, e.Lower, e.Upper);
            Assert.InRange(e.Mean, e.Minimum, e.Maximum);
            Assert.Equal(16, e.Count);
        });
    }

    [Fact]
    public void Intervals_narrow_with_more_samples()
    {
        var few = RobustnessAnalyzer.Analyze(Square, Options(samples: 8, noise: 0.5, seed: 1));
        var many = RobustnessAnalyzer.Analyze(Square, Options(samples: 48, noise: 0.5, seed: 1));

        static double Width(Estimate e) => e.Upper - e.Lower;
        Assert.True(Width(many.Packages[0].Stability) < Width(few.Packages[0].Stability));
        Assert.True(Width(many.CutWeight) < Width(few.CutWeight));
        var ab = (few.Pairs.Single(p => p.First == "a" && p.Second == "b"), many.Pairs.Single(p => p.First == "a" && p.Second == "b"));
        Assert.True(ab.Item2.Upper - ab.Item2.Lower < ab.Item1.Upper - ab.Item1.Lower);
    }

    [Fact]
    public void The_same_seed_gives_the_same_report_whatever_the_parallelism_and_another_seed_another()
    {
        var one = RobustnessAnalyzer.Analyze(Square, Options(samples: 12, noise: 0.5, seed: 9));
        var again = RobustnessAnalyzer.Analyze(Square, Options(samples: 12, noise: 0.5, seed: 9, parallel: 3));
        var other = RobustnessAnalyzer.Analyze(Square, Options(samples: 12, noise: 0.5, seed: 10));

        Assert.Equal(one.Pairs, again.Pairs);
        Assert.Equal(one.Packages.Select(p => (p.Id, p.Stability, p.PairsTogether, p.SamplesIntact)), again.Packages.Select(p => (p.Id, p.Stability, p.PairsTogether, p.SamplesIntact)));
        Assert.Equal(one.Activities, again.Activities);
        Assert.Equal(one.CutWeight, again.CutWeight);
        Assert.Equal(one.SamplesMatchingReference, again.SamplesMatchingReference);
        Assert.NotEqual(one.CutWeight, other.CutWeight);
    }

    [Property(MaxTest = 25)]
    public Property Zero_noise_gives_frequencies_of_only_zero_or_one_and_full_stability()
    {
        // The required property: without noise every re-solve is the reference solve.
        return Prop.ForAll(TinyScenarios.Arbitrary(maxActivities: 5, maxMembers: 5), scenario =>
        {
            var options = Options(samples: 3, noise: 0);
            var result = PackagingSolver.Solve(scenario, options.Solver);
            if (!result.TryGetPlan(out var plan))
            {
                return;
            }

            var report = RobustnessAnalyzer.Analyze(scenario, plan, options);
            var packageOf = plan.Packages.SelectMany(p => p.Activities.Select(a => (a, p.Id))).ToDictionary(x => x.a, x => x.Id);
            foreach (var a in scenario.Activities)
            {
                foreach (var b in scenario.Activities)
                {
                    double f = report.Frequency(a.Id, b.Id)!.Value;
                    Assert.True(f is 0 or 1, $"{a.Id}-{b.Id}: {f}");
                    Assert.Equal(packageOf[a.Id] == packageOf[b.Id] ? 1 : 0, f);
                }
            }

            Assert.Equal(3, report.SamplesMatchingReference);
            Assert.All(report.Packages, p => Assert.Equal(new Estimate(1, 0, 1, 1, 1, 1, 3), p.Stability));
            Assert.All(report.Activities, a => Assert.Equal(1, a.Stability.Mean));
            Assert.Empty(report.UnstableActivities);
            Assert.Empty(report.LeastStablePairs(5));
            Assert.Equal(result.Objective!.Value, report.CutWeight.Mean, 9);
        });
    }

    [Property(MaxTest = 15)]
    public Property Frequencies_are_always_proportions_and_the_matrix_symmetric_on_generated_scenarios()
    {
        return Prop.ForAll(TinyScenarios.Arbitrary(maxActivities: 5, maxMembers: 5), scenario =>
        {
            var options = Options(samples: 2, noise: 0.7, seed: 4);
            var result = PackagingSolver.Solve(scenario, options.Solver);
            if (!result.TryGetPlan(out var plan))
            {
                return;
            }

            var report = RobustnessAnalyzer.Analyze(scenario, plan, options);
            var m = report.Matrix!;
            int n = scenario.Activities.Count;
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(1, m[i, i]);
                for (int j = 0; j < i; j++)
                {
                    Assert.InRange(m[i, j], 0, 1);
                    Assert.Equal(m[i, j], m[j, i]);
                }
            }

            Assert.All(report.Packages, p => Assert.InRange(p.Stability.Mean, 0, 1));
        });
    }

    [Fact]
    public void Pairs_keep_every_dependency_pair_and_every_same_package_pair()
    {
        var plan = new Plan([new ActivityPackage("P1", ["a", "b", "c"]), new ActivityPackage("P2", ["d"])]);
        var report = RobustnessAnalyzer.Analyze(Square, plan, Options(samples: 2, noise: 0.1));

        Assert.Equal(
            [("a", "b"), ("a", "c"), ("b", "c"), ("b", "d"), ("c", "d")],
            report.Pairs.Select(p => (p.First, p.Second)));
        Assert.Equal(0, report.Pairs.Single(p => p.First == "b" && p.Second == "c").Cohesion);
        Assert.True(report.Pairs.Single(p => p.First == "b" && p.Second == "c").TogetherInReference);

        // A plan the solver would never pick is unstable: its three-activity package cannot be staffed as it is.
        Assert.Equal(0, report.Packages[0].SamplesIntact);
        Assert.Null(report.Packages[1].PairsTogether);
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_clear_messages()
    {
        var plan = new Plan([new ActivityPackage("P1", ["a", "zz"])]);
        var e = Assert.Throws<ArgumentException>(() => RobustnessAnalyzer.Analyze(Square, plan, Options(2, 0.1)));
        Assert.Contains("'zz'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RobustnessAnalyzer.Analyze(Square, Options(samples: 0, noise: 0.1)));
        Assert.Throws<ArgumentNullException>(() => RobustnessAnalyzer.Analyze(null!, Options(1, 0)));
        Assert.Throws<ArgumentNullException>(() => RobustnessAnalyzer.Analyze(Square, (Plan)null!, Options(1, 0)));

        var report = RobustnessAnalyzer.Analyze(Square, Reference(Square, Options(1, 0)), Options(1, 0));
        Assert.Throws<ArgumentException>(() => report.Frequency("a", "nope"));
        Assert.Throws<ArgumentOutOfRangeException>(() => report.LeastStablePairs(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => report.Matrix![4, 0]);
    }

    [Fact]
    public void An_infeasible_scenario_has_no_reference_to_test()
    {
        var infeasible = SampleScenarios.SharedNurse(0.5);
        var e = Assert.Throws<InvalidOperationException>(() => RobustnessAnalyzer.Analyze(infeasible, Options(2, 0.1)));
        Assert.Contains("Infeasible", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_stops_the_analysis()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var plan = Reference(Square, Options(1, 0));
        Assert.ThrowsAny<OperationCanceledException>(() => RobustnessAnalyzer.Analyze(Square, plan, Options(5, 0.3), cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => RobustnessAnalyzer.Analyze(Square, plan, Options(5, 0.3, parallel: 2), cts.Token));
    }
}
