using Ontwar.Plans;

namespace Ontwar.Interpretation.Robustness;

/// <summary>
/// What <see cref="RobustnessAnalyzer"/> found: how often pairs of activities land in the same package when the
/// cohesion weights are perturbed, how stable each package of the reference plan is, which activities move, and how
/// the cut weight of the re-solved plans spreads. Immutable. See <c>docs/interpretation.md</c>, section Robustness.
/// </summary>
public sealed class RobustnessReport
{
    private readonly Dictionary<(int, int), PairFrequency> _pairIndex;
    private readonly Scenario _scenario;

    internal RobustnessReport(
        Scenario scenario,
        Plan reference,
        RobustnessOptions options,
        int samplesSolved,
        int samplesMatchingReference,
        double referenceCutWeight,
        CoAssignmentMatrix? matrix,
        IReadOnlyList<PairFrequency> pairs,
        IReadOnlyList<PackageStability> packages,
        IReadOnlyList<ActivityStability> activities,
        Estimate cutWeight,
        Estimate cutWeightUnderOriginalWeights,
        TimeSpan elapsed)
    {
        _scenario = scenario;
        Reference = reference;
        Noise = options.Noise;
        Seed = options.Seed;
        ConfidenceLevel = options.ConfidenceLevel;
        UnstableThreshold = options.UnstableThreshold;
        RulesIgnored = options.IgnoreRules;
        SamplesRequested = options.Samples;
        SamplesSolved = samplesSolved;
        SamplesMatchingReference = samplesMatchingReference;
        ReferenceCutWeight = referenceCutWeight;
        Matrix = matrix;
        Pairs = pairs;
        Packages = packages;
        Activities = activities;
        UnstableActivities = activities.Where(a => a.Stability.Mean < options.UnstableThreshold)
            .OrderBy(a => a.Stability.Mean).ThenBy(a => scenario.IndexOfActivity(a.Id))
            .ToList().AsReadOnly();
        CutWeight = cutWeight;
        CutWeightUnderOriginalWeights = cutWeightUnderOriginalWeights;
        Elapsed = elapsed;
        _pairIndex = pairs.ToDictionary(p => Key(scenario.IndexOfActivity(p.First), scenario.IndexOfActivity(p.Second)));
    }

    /// <summary>The name of the distribution of the noise: <c>log-normal</c> (multiplicative, mean 1).</summary>
    public static string Distribution => "log-normal";

    /// <summary>The scenario's name.</summary>
    public string Scenario => _scenario.Name;

    /// <summary>The reference plan whose packages the stability scores are about.</summary>
    public Plan Reference { get; }

    /// <summary>σ of the log-normal noise factor.</summary>
    public double Noise { get; }

    /// <summary>μ of the log-normal noise factor: −σ²/2, so the factor's mean is 1.</summary>
    public double Mu => WeightPerturbation.MuFor(Noise);

    /// <summary>The seed of the noise.</summary>
    public int Seed { get; }

    /// <summary>The confidence level of every interval.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>The stability below which an activity is listed in <see cref="UnstableActivities"/>.</summary>
    public double UnstableThreshold { get; }

    /// <summary>Whether the samples were solved without the scenario's rules.</summary>
    public bool RulesIgnored { get; }

    /// <summary>How many samples were asked for.</summary>
    public int SamplesRequested { get; }

    /// <summary>How many samples gave a plan; only those count in the frequencies and scores.</summary>
    public int SamplesSolved { get; }

    /// <summary>How many samples gave no plan within the per-sample time limit (they are left out of every statistic).</summary>
    public int SamplesWithoutPlan => SamplesRequested - SamplesSolved;

    /// <summary>How many solved samples cut the activities exactly as the reference plan does (package names aside).</summary>
    public int SamplesMatchingReference { get; }

    /// <summary>The reference plan's cut weight under the original weights.</summary>
    public double ReferenceCutWeight { get; }

    /// <summary>
    /// The co-assignment frequency of every pair of activities, when the scenario has at most
    /// <see cref="RobustnessAnalyzer.DenseMatrixLimit"/> activities; otherwise <see langword="null"/> and only
    /// <see cref="Pairs"/> are kept.
    /// </summary>
    public CoAssignmentMatrix? Matrix { get; }

    /// <summary>
    /// The pairs always kept, whatever the size: every pair linked by a dependency and every pair that shares a package of
    /// the reference plan, ordered by the scenario position of the first activity, then of the second.
    /// </summary>
    public IReadOnlyList<PairFrequency> Pairs { get; }

    /// <summary>One stability score per package of the reference plan, in plan order.</summary>
    public IReadOnlyList<PackageStability> Packages { get; }

    /// <summary>One stability score per activity, in scenario order.</summary>
    public IReadOnlyList<ActivityStability> Activities { get; }

    /// <summary>The activities whose mean stability is below <see cref="UnstableThreshold"/>, least stable first.</summary>
    public IReadOnlyList<ActivityStability> UnstableActivities { get; }

    /// <summary>The cut weight of the re-solved plans under their own perturbed weights (what each sample minimised).</summary>
    public Estimate CutWeight { get; }

    /// <summary>The cut weight of the re-solved plans under the original weights: what following a sample's plan would cost.</summary>
    public Estimate CutWeightUnderOriginalWeights { get; }

    /// <summary>Wall-clock time of the analysis.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>How often two activities landed in the same package.</summary>
    /// <param name="first">An activity identifier.</param>
    /// <param name="second">An activity identifier.</param>
    /// <returns>The frequency in [0, 1] (1 for an activity with itself), or <see langword="null"/> when the pair was not kept (see <see cref="Matrix"/>).</returns>
    /// <exception cref="ArgumentNullException">An identifier is null.</exception>
    /// <exception cref="ArgumentException">The scenario has no such activity.</exception>
    public double? Frequency(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        int a = _scenario.IndexOfActivity(first), b = _scenario.IndexOfActivity(second);
        if (a < 0 || b < 0)
        {
            throw new ArgumentException($"The scenario has no activity '{(a < 0 ? first : second)}'.", a < 0 ? nameof(first) : nameof(second));
        }

        if (Matrix is { } m)
        {
            return m[a, b];
        }

        return a == b ? 1 : _pairIndex.TryGetValue(Key(a, b), out var pair) ? pair.Frequency : null;
    }

    /// <summary>
    /// The kept pairs on which the samples disagree most with the reference plan: pairs it keeps together that the
    /// samples split, and pairs it splits that the samples join, by decreasing <see cref="PairFrequency.Disagreement"/>
    /// (ties: stronger cohesion first, then scenario order). Pairs that never disagree are left out.
    /// </summary>
    /// <param name="count">At most this many; at least 0.</param>
    /// <returns>The pairs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IReadOnlyList<PairFrequency> LeastStablePairs(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Pairs.Where(p => p.Disagreement > 0)
            .OrderByDescending(p => p.Disagreement)
            .ThenByDescending(p => p.Cohesion)
            .Take(count)
            .ToList()
            .AsReadOnly();
    }

    private static (int, int) Key(int a, int b) => a < b ? (a, b) : (b, a);
}

/// <summary>A mean over the samples with its spread and confidence interval (Student's t on the sample mean).</summary>
/// <param name="Mean">The mean over the solved samples.</param>
/// <param name="StandardDeviation">The sample standard deviation (0 with a single sample).</param>
/// <param name="Lower">Lower end of the confidence interval of the mean, clamped to the quantity's range.</param>
/// <param name="Upper">Upper end of the confidence interval of the mean, clamped to the quantity's range.</param>
/// <param name="Minimum">The smallest value seen.</param>
/// <param name="Maximum">The largest value seen.</param>
/// <param name="Count">How many samples the estimate is over.</param>
public sealed record Estimate(double Mean, double StandardDeviation, double Lower, double Upper, double Minimum, double Maximum, int Count);

/// <summary>How often two activities landed in the same package over the solved samples.</summary>
/// <param name="First">The activity that comes first in the scenario.</param>
/// <param name="Second">The other activity.</param>
/// <param name="Together">In how many samples they shared a package.</param>
/// <param name="Samples">Over how many solved samples.</param>
/// <param name="Lower">Lower end of the Wilson score interval of the frequency.</param>
/// <param name="Upper">Upper end of the Wilson score interval of the frequency.</param>
/// <param name="TogetherInReference">Whether the reference plan puts them in one package.</param>
/// <param name="Cohesion">Their summed cohesion under the original weights; 0 when no dependency links them.</param>
public sealed record PairFrequency(
    string First,
    string Second,
    int Together,
    int Samples,
    double Lower,
    double Upper,
    bool TogetherInReference,
    double Cohesion)
{
    /// <summary>The co-assignment frequency <c>Together / Samples</c>, in [0, 1].</summary>
    public double Frequency => Samples == 0 ? 0 : (double)Together / Samples;

    /// <summary>How far the samples are from the reference on this pair: <c>1 − Frequency</c> when the reference keeps them together, else <c>Frequency</c>.</summary>
    public double Disagreement => TogetherInReference ? 1 - Frequency : Frequency;
}

/// <summary>The stability of one package of the reference plan (<em>hoe stabiel is dit pakket</em>).</summary>
/// <param name="Id">The package identifier.</param>
/// <param name="Activities">Its activities.</param>
/// <param name="Stability">
/// Per sample the best-match Jaccard index: the largest <c>|P ∩ Q| / |P ∪ Q|</c> over the sample's packages Q. 1 when
/// the sample has exactly this package; lower when the package is split or merged with other activities.
/// </param>
/// <param name="PairsTogether">Per sample the share of the package's activity pairs that still share a package; <see langword="null"/> for a one-activity package.</param>
/// <param name="SamplesIntact">In how many samples the package appears exactly, as one package with no other activity.</param>
public sealed record PackageStability(string Id, IReadOnlyList<string> Activities, Estimate Stability, Estimate? PairsTogether, int SamplesIntact);

/// <summary>The stability of one activity: does it keep its package-mates?</summary>
/// <param name="Id">The activity identifier.</param>
/// <param name="ReferencePackage">Its package in the reference plan, or <see langword="null"/> when the reference leaves it out.</param>
/// <param name="Stability">Per sample the Jaccard index of its package-mates (itself included) in the reference and in the sample.</param>
/// <param name="Partner">The linked or reference-package activity outside its reference package it most often joins, or <see langword="null"/>.</param>
/// <param name="PartnerFrequency">How often it joins <paramref name="Partner"/>; 0 without one.</param>
public sealed record ActivityStability(string Id, string? ReferencePackage, Estimate Stability, string? Partner, double PartnerFrequency);

/// <summary>The co-assignment frequency of every pair of activities, indexed by scenario position. Immutable.</summary>
public sealed class CoAssignmentMatrix
{
    private readonly int[] _together;

    internal CoAssignmentMatrix(IReadOnlyList<string> activities, int[] together, int samples)
    {
        ActivityIds = activities;
        _together = together;
        Samples = samples;
    }

    /// <summary>The activity identifiers in scenario order: row and column <c>i</c> is <c>ActivityIds[i]</c>.</summary>
    public IReadOnlyList<string> ActivityIds { get; }

    /// <summary>The number of solved samples the frequencies are over.</summary>
    public int Samples { get; }

    /// <summary>The frequency with which activities <paramref name="i"/> and <paramref name="j"/> shared a package; 1 on the diagonal.</summary>
    /// <param name="i">A scenario position.</param>
    /// <param name="j">A scenario position.</param>
    /// <returns>The frequency in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public double this[int i, int j]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i);
            ArgumentOutOfRangeException.ThrowIfNegative(j);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, ActivityIds.Count);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, ActivityIds.Count);
            return i == j ? 1 : Samples == 0 ? 0 : (double)_together[TriangleIndex(i, j)] / Samples;
        }
    }

    /// <summary>Position of pair (i, j), i ≠ j, in the strict upper triangle stored column by column.</summary>
    internal static int TriangleIndex(int i, int j)
    {
        if (i > j)
        {
            (i, j) = (j, i);
        }

        // Columns 1..j-1 hold j(j-1)/2 entries before column j.
        return (j * (j - 1) / 2) + i;
    }
}
