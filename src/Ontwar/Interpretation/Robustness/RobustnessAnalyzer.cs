using System.Diagnostics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using Ontwar.Graphs;
using Ontwar.Graphs.Algorithms;
using Ontwar.Plans;
using Ontwar.Solving;

namespace Ontwar.Interpretation.Robustness;

/// <summary>
/// Tests how much a plan rests on the exact cohesion weights, which are judgements (<em>inschattingen</em>), not
/// measurements: it perturbs every weight with log-normal noise (<see cref="WeightPerturbation"/>), re-solves each
/// perturbed scenario with <see cref="PackagingSolver"/>, and counts how often activities land together.
/// </summary>
/// <remarks>
/// <para>Sample <c>i</c> draws its noise from a Mersenne Twister seeded from the run's seed and <c>i</c> alone, and the
/// statistics are gathered in sample order, so the report depends only on the scenario, the reference plan and the
/// options, not on <see cref="RobustnessOptions.MaxDegreeOfParallelism"/> — as long as every solve finishes within its
/// time limit (an engine stopped by the clock may return a different plan on another run).</para>
/// <para>With noise σ = 0 every sample solves the unperturbed scenario, so every co-assignment frequency is exactly 0
/// or 1, and when the reference plan is the solver's own plan with the same options, every stability is 1.</para>
/// <para>Samples that give no plan within the time limit are counted in <see cref="RobustnessReport.SamplesWithoutPlan"/>
/// and left out of the statistics. Cancellation is checked between samples and passed to each solve; a cancelled
/// analysis throws <see cref="OperationCanceledException"/> rather than report samples the solver did not finish.</para>
/// </remarks>
public static class RobustnessAnalyzer
{
    /// <summary>
    /// The largest number of activities for which the full co-assignment matrix is kept (about 2 MB of counts at the
    /// limit); above it only <see cref="RobustnessReport.Pairs"/> (linked and same-package pairs) are kept.
    /// </summary>
    public const int DenseMatrixLimit = 1000;

    /// <summary>Solves the scenario once without noise for the reference plan, then analyses that plan's robustness.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="RobustnessOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The unperturbed scenario has no plan (infeasible, or none found in time), or no sample gave a plan.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RobustnessReport Analyze(Scenario scenario, RobustnessOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= RobustnessOptions.Default;
        options.Validate();
        var reference = PackagingSolver.Solve(scenario, options.Solver, options.IgnoreRules, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (!reference.TryGetPlan(out var plan))
        {
            throw new InvalidOperationException(
                $"Scenario '{scenario.Name}' has no reference plan to test: the solve ended {reference.Status}. "
                + string.Join(" ", reference.Diagnostics.Select(d => d.Message)));
        }

        return Analyze(scenario, plan, options, cancellationToken);
    }

    /// <summary>Analyses the robustness of a given reference plan of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="reference">The plan whose packages are scored, usually the solver's plan. It need not place every
    /// activity: an activity it leaves out counts as a package of its own for the activity scores.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="RobustnessOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or the reference names an unknown activity or places one twice; the message lists every problem.</exception>
    /// <exception cref="InvalidOperationException">No sample gave a plan within the per-sample time limit.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RobustnessReport Analyze(Scenario scenario, Plan reference, RobustnessOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(reference);
        options ??= RobustnessOptions.Default;
        options.Validate();
        var clock = Stopwatch.StartNew();
        var referenceLabels = ReferenceLabels(scenario, reference);
        var original = CohesionGraph.FromScenario(scenario);

        var samples = new Sample?[options.Samples];
        if (options.MaxDegreeOfParallelism == 1)
        {
            for (int i = 0; i < samples.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                samples[i] = RunSample(scenario, original, options, i, cancellationToken);
            }
        }
        else
        {
            // Each sample has its own seed and slot, so the order in which threads finish does not matter.
            Parallel.For(
                0,
                samples.Length,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
                i => samples[i] = RunSample(scenario, original, options, i, cancellationToken));
        }

        // A cancelled solve still returns its best plan; such a sample would not be a fair one.
        cancellationToken.ThrowIfCancellationRequested();
        var solved = samples.Where(s => s is not null).Select(s => s!).ToList();
        if (solved.Count == 0)
        {
            throw new InvalidOperationException(
                $"None of the {options.Samples} perturbed samples of '{scenario.Name}' gave a plan within the per-sample time limit; allow more time.");
        }

        var tally = new Tally(scenario, reference, referenceLabels, original, options, solved.Count);
        foreach (var sample in solved)
        {
            tally.Add(sample);
        }

        return tally.Report(clock.Elapsed);
    }

    /// <summary>An estimate of a mean with a Student-t confidence interval, clamped to [<paramref name="low"/>, <paramref name="high"/>].</summary>
    internal static Estimate Estimate(IReadOnlyList<double> values, double confidence, double low, double high)
    {
        double mean = values.Mean();
        if (values.Count < 2)
        {
            return new Estimate(mean, 0, mean, mean, mean, mean, values.Count);
        }

        double sd = values.StandardDeviation();
        double t = StudentT.InvCDF(0, 1, values.Count - 1, 1 - ((1 - confidence) / 2));
        double half = t * sd / Math.Sqrt(values.Count);

        // Rounding can leave a constant series a hair off its bound; keep the interval around the mean.
        return new Estimate(
            mean,
            sd,
            Math.Clamp(Math.Min(mean, mean - half), low, high),
            Math.Clamp(Math.Max(mean, mean + half), low, high),
            values.Minimum(),
            values.Maximum(),
            values.Count);
    }

    /// <summary>The Wilson score interval of a proportion <paramref name="successes"/> / <paramref name="trials"/>.</summary>
    internal static (double Lower, double Upper) Wilson(int successes, int trials, double confidence)
    {
        if (trials == 0)
        {
            return (0, 1);
        }

        double z = Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        double p = (double)successes / trials;
        double z2n = z * z / trials;
        double centre = (p + (z2n / 2)) / (1 + z2n);
        double half = z * Math.Sqrt((p * (1 - p) / trials) + (z2n / (4 * trials))) / (1 + z2n);
        return (Math.Clamp(Math.Min(p, centre - half), 0, 1), Math.Clamp(Math.Max(p, centre + half), 0, 1));
    }

    private static Sample? RunSample(Scenario scenario, CohesionGraph original, RobustnessOptions options, int index, CancellationToken cancellationToken)
    {
        var perturbed = WeightPerturbation.Perturb(scenario, options.Noise, WeightPerturbation.SampleSeed(options.Seed, index));
        var result = PackagingSolver.Solve(perturbed, options.Solver, options.IgnoreRules, cancellationToken);
        if (!result.TryGetPlan(out var plan))
        {
            return null;
        }

        var labels = Canonical(LabelsOf(scenario, plan));
        return new Sample(labels, result.Objective!.Value, PartitionWeights.Cut(original, labels));
    }

    /// <summary>One package label per activity; activities the plan leaves out get a label of their own.</summary>
    private static int[] LabelsOf(Scenario scenario, Plan plan)
    {
        var labels = new int[scenario.Activities.Count];
        Array.Fill(labels, -1);
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            foreach (var id in plan.Packages[p].Activities)
            {
                int a = scenario.IndexOfActivity(id);
                if (a >= 0)
                {
                    labels[a] = p;
                }
            }
        }

        for (int a = 0; a < labels.Length; a++)
        {
            if (labels[a] < 0)
            {
                labels[a] = plan.Packages.Count + a;
            }
        }

        return labels;
    }

    private static int[] ReferenceLabels(Scenario scenario, Plan reference)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var package in reference.Packages)
        {
            foreach (var id in package.Activities)
            {
                if (scenario.IndexOfActivity(id) < 0)
                {
                    problems.Add($"package '{package.Id}' names unknown activity '{id}'");
                }
                else if (!seen.Add(id))
                {
                    problems.Add($"activity '{id}' is placed twice");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The reference plan does not fit the scenario: " + string.Join("; ", problems) + ".", nameof(reference));
        }

        return Canonical(LabelsOf(scenario, reference));
    }

    /// <summary>Renumbers labels 0, 1, ... in order of first appearance, so equal partitions have equal label arrays.</summary>
    private static int[] Canonical(int[] labels)
    {
        var map = new Dictionary<int, int>();
        var result = new int[labels.Length];
        for (int a = 0; a < labels.Length; a++)
        {
            if (!map.TryGetValue(labels[a], out int c))
            {
                map.Add(labels[a], c = map.Count);
            }

            result[a] = c;
        }

        return result;
    }

    private sealed record Sample(int[] Labels, double Objective, double OriginalCut);

    /// <summary>Gathers the statistics over the solved samples, in sample order.</summary>
    private sealed class Tally
    {
        private readonly Scenario _scenario;
        private readonly Plan _reference;
        private readonly int[] _referenceLabels;
        private readonly RobustnessOptions _options;
        private readonly CohesionGraph _original;
        private readonly int[][] _groups;
        private readonly (int A, int B, double Cohesion)[] _pairs;
        private readonly int[] _pairTogether;
        private readonly int[]? _dense;
        private readonly List<double>[] _groupJaccard;
        private readonly List<double>[] _groupPairs;
        private readonly int[] _groupIntact;
        private readonly List<double>[] _activityJaccard;
        private readonly List<double> _objective = [];
        private readonly List<double> _originalCut = [];
        private int _matching;

        internal Tally(Scenario scenario, Plan reference, int[] referenceLabels, CohesionGraph original, RobustnessOptions options, int expected)
        {
            _scenario = scenario;
            _reference = reference;
            _referenceLabels = referenceLabels;
            _options = options;
            _original = original;
            int n = referenceLabels.Length;
            int groupCount = n == 0 ? 0 : referenceLabels.Max() + 1;
            var groups = Enumerable.Range(0, groupCount).Select(_ => new List<int>()).ToArray();
            for (int a = 0; a < n; a++)
            {
                groups[referenceLabels[a]].Add(a);
            }

            _groups = groups.Select(g => g.ToArray()).ToArray();

            // Kept pairs: linked by a dependency, or together in the reference.
            var keep = new SortedSet<(int, int)>();
            foreach (var e in original.Edges())
            {
                keep.Add((e.Source, e.Target));
            }

            foreach (var group in _groups)
            {
                for (int i = 0; i < group.Length; i++)
                {
                    for (int j = i + 1; j < group.Length; j++)
                    {
                        keep.Add((group[i], group[j]));
                    }
                }
            }

            _pairs = keep.Select(p => (p.Item1, p.Item2, original.Weight(p.Item1, p.Item2))).ToArray();
            _pairTogether = new int[_pairs.Length];
            _dense = n <= DenseMatrixLimit ? new int[n * (n - 1) / 2] : null;
            _groupJaccard = _groups.Select(_ => new List<double>(expected)).ToArray();
            _groupPairs = _groups.Select(_ => new List<double>(expected)).ToArray();
            _groupIntact = new int[_groups.Length];
            _activityJaccard = Enumerable.Range(0, n).Select(_ => new List<double>(expected)).ToArray();
        }

        internal void Add(Sample sample)
        {
            var labels = sample.Labels;
            int n = labels.Length;
            int labelCount = n == 0 ? 0 : labels.Max() + 1;
            var size = new int[labelCount];
            foreach (int l in labels)
            {
                size[l]++;
            }

            if (_dense is not null)
            {
                var members = new List<int>[labelCount];
                for (int a = 0; a < n; a++)
                {
                    (members[labels[a]] ??= []).Add(a);
                }

                foreach (var group in members)
                {
                    for (int i = 0; i < group.Count; i++)
                    {
                        for (int j = i + 1; j < group.Count; j++)
                        {
                            _dense[CoAssignmentMatrix.TriangleIndex(group[i], group[j])]++;
                        }
                    }
                }
            }

            for (int k = 0; k < _pairs.Length; k++)
            {
                if (labels[_pairs[k].A] == labels[_pairs[k].B])
                {
                    _pairTogether[k]++;
                }
            }

            var count = new Dictionary<int, int>();
            for (int g = 0; g < _groups.Length; g++)
            {
                var group = _groups[g];
                count.Clear();
                foreach (int a in group)
                {
                    count[labels[a]] = count.GetValueOrDefault(labels[a]) + 1;
                }

                double best = 0, pairsTogether = 0;
                bool intact = false;
                foreach (var (label, c) in count)
                {
                    best = Math.Max(best, Jaccard(group.Length, size[label], c));
                    pairsTogether += c * (c - 1) / 2.0;
                    intact |= c == group.Length && size[label] == c;
                }

                _groupJaccard[g].Add(best);
                if (group.Length > 1)
                {
                    _groupPairs[g].Add(pairsTogether / (group.Length * (group.Length - 1) / 2.0));
                }

                if (intact)
                {
                    _groupIntact[g]++;
                }

                foreach (int a in group)
                {
                    _activityJaccard[a].Add(Jaccard(group.Length, size[labels[a]], count[labels[a]]));
                }
            }

            if (labels.AsSpan().SequenceEqual(_referenceLabels))
            {
                _matching++;
            }

            _objective.Add(sample.Objective);
            _originalCut.Add(sample.OriginalCut);
        }

        internal RobustnessReport Report(TimeSpan elapsed)
        {
            int m = _objective.Count;
            double confidence = _options.ConfidenceLevel;
            var ids = _scenario.Activities.Select(a => a.Id).ToList().AsReadOnly();
            var pairs = new List<PairFrequency>(_pairs.Length);
            for (int k = 0; k < _pairs.Length; k++)
            {
                var (a, b, cohesion) = _pairs[k];
                var (lower, upper) = Wilson(_pairTogether[k], m, confidence);
                pairs.Add(new PairFrequency(ids[a], ids[b], _pairTogether[k], m, lower, upper, _referenceLabels[a] == _referenceLabels[b], cohesion));
            }

            // The reference's own packages come first among the groups (labels follow first appearance), but the
            // packages are reported in plan order, so look each up by its first placed activity.
            var packages = new List<PackageStability>(_reference.Packages.Count);
            foreach (var package in _reference.Packages)
            {
                if (package.Activities.Count == 0)
                {
                    // An empty package has no activities to keep together: nothing of it can be found in a sample.
                    packages.Add(new PackageStability(package.Id, package.Activities, new Estimate(0, 0, 0, 0, 0, 0, m), null, 0));
                    continue;
                }

                int g = _referenceLabels[_scenario.IndexOfActivity(package.Activities[0])];
                packages.Add(new PackageStability(
                    package.Id,
                    package.Activities,
                    Estimate(_groupJaccard[g], confidence, 0, 1),
                    _groups[g].Length > 1 ? Estimate(_groupPairs[g], confidence, 0, 1) : null,
                    _groupIntact[g]));
            }

            var packageOf = new string?[ids.Count];
            foreach (var package in _reference.Packages)
            {
                foreach (var id in package.Activities)
                {
                    packageOf[_scenario.IndexOfActivity(id)] = package.Id;
                }
            }

            // Per activity the kept pair outside its reference package it joins most often (then the strongest, then the first).
            var partners = new PairFrequency?[ids.Count];
            for (int k = 0; k < _pairs.Length; k++)
            {
                var pair = pairs[k];
                if (pair.TogetherInReference || pair.Together == 0)
                {
                    continue;
                }

                foreach (int end in (ReadOnlySpan<int>)[_pairs[k].A, _pairs[k].B])
                {
                    if (partners[end] is not { } best || pair.Together > best.Together || (pair.Together == best.Together && pair.Cohesion > best.Cohesion))
                    {
                        partners[end] = pair;
                    }
                }
            }

            var activities = new List<ActivityStability>(ids.Count);
            for (int a = 0; a < ids.Count; a++)
            {
                var partner = partners[a];
                activities.Add(new ActivityStability(
                    ids[a],
                    packageOf[a],
                    Estimate(_activityJaccard[a], confidence, 0, 1),
                    partner is null ? null : partner.First == ids[a] ? partner.Second : partner.First,
                    partner?.Frequency ?? 0));
            }

            double referenceCut = PartitionWeights.Cut(_original, _referenceLabels);
            return new RobustnessReport(
                _scenario,
                _reference,
                _options,
                m,
                _matching,
                referenceCut,
                _dense is null ? null : new CoAssignmentMatrix(ids, _dense, m),
                pairs.AsReadOnly(),
                packages.AsReadOnly(),
                activities.AsReadOnly(),
                Estimate(_objective, confidence, 0, double.MaxValue),
                Estimate(_originalCut, confidence, 0, double.MaxValue),
                elapsed);
        }

        private static double Jaccard(int referenceSize, int sampleSize, int common) => (double)common / (referenceSize + sampleSize - common);
    }
}
