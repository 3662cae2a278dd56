using System.Globalization;
using Ontwar.Solving;

namespace Ontwar.Interpretation;

/// <summary>
/// Step 6 of "Ontwar het bos" (seed 000:327-333) as data: the ideal plan (without the scenario's rules), the realistic
/// plan (with them), every deviation between the two, and what each rule costs on its own. Immutable; made by
/// <see cref="PlanComparer.Compare(Scenario, SolverOptions?, CancellationToken)"/>.
/// </summary>
public sealed class PlanComparison
{
    internal PlanComparison(
        Scenario scenario,
        SolveResult ideal,
        SolveResult realistic,
        IReadOnlyList<ActivityMove> movedActivities,
        IReadOnlyList<Dependency> newlyCut,
        IReadOnlyList<Dependency> noLongerCut,
        IReadOnlyList<PackageChange> packageChanges,
        IReadOnlyList<RuleCost> ruleCosts,
        IReadOnlyList<BaselineScore> baselines,
        IReadOnlyList<LinkChange> linkChanges)
    {
        LinkChanges = linkChanges;
        Scenario = scenario;
        Ideal = ideal;
        Realistic = realistic;
        MovedActivities = movedActivities;
        NewlyCutDependencies = newlyCut;
        NoLongerCutDependencies = noLongerCut;
        PackageChanges = packageChanges;
        RuleCosts = ruleCosts;
        Baselines = baselines;
    }

    /// <summary>The scenario compared.</summary>
    public Scenario Scenario { get; }

    /// <summary>The ideal plan's solve: the scenario without its rules (what is <em>needed</em>, 000:329).</summary>
    public SolveResult Ideal { get; }

    /// <summary>The realistic plan's solve: the scenario with its rules (laws and practical obstacles, 000:329).</summary>
    public SolveResult Realistic { get; }

    /// <summary>
    /// What the rules cost together: the realistic cut minus the ideal cut, or <see langword="null"/> when either solve
    /// has no plan. Negative only when a rule relaxes (a fixed scale below an activity's ideal scale).
    /// </summary>
    public double? CostDifference => Realistic.Objective is { } r && Ideal.Objective is { } i ? r - i : null;

    /// <summary>Whether both solves were proven optimal, so <see cref="CostDifference"/> is exact rather than an estimate.</summary>
    public bool IsProven => Ideal.Status == SolveStatus.Optimal && Realistic.Status == SolveStatus.Optimal;

    /// <summary>Activities that sit with other companions in the realistic plan than in the ideal plan (see <see cref="ActivityMove"/>), in scenario order.</summary>
    public IReadOnlyList<ActivityMove> MovedActivities { get; }

    /// <summary>Dependencies inside one ideal package that the realistic plan cuts, in scenario order.</summary>
    public IReadOnlyList<Dependency> NewlyCutDependencies { get; }

    /// <summary>Dependencies the ideal plan cuts that the realistic plan keeps inside one package, in scenario order.</summary>
    public IReadOnlyList<Dependency> NoLongerCutDependencies { get; }

    /// <summary>Matched packages whose scale or team differ, in realistic plan order; unmatched packages of either plan come last.</summary>
    public IReadOnlyList<PackageChange> PackageChanges { get; }

    /// <summary>
    /// Links between packages whose intensity, coordination or shared decision levels differ between the two plans, or
    /// that exist in one plan only; links are matched through <see cref="PackageChanges"/>' package matching. In realistic
    /// plan order, then links of the ideal plan only.
    /// </summary>
    public IReadOnlyList<LinkChange> LinkChanges { get; }

    /// <summary>The packages whose scale changed.</summary>
    public IEnumerable<PackageChange> ScaleChanges => PackageChanges.Where(c => c.ScaleChanged);

    /// <summary>The packages whose team changed.</summary>
    public IEnumerable<PackageChange> TeamChanges => PackageChanges.Where(c => c.TeamChanged);

    /// <summary>Per rule of the scenario, in scenario order: its own marginal cost.</summary>
    public IReadOnlyList<RuleCost> RuleCosts { get; }

    /// <summary>The organisations the method argues against, scored with the rules: today's (when the scenario describes it) and per function (000:301).</summary>
    public IReadOnlyList<BaselineScore> Baselines { get; }
}

/// <summary>A baseline organisation scored by <see cref="Evaluation.PlanEvaluator"/> next to the ideal and realistic plans.</summary>
public sealed class BaselineScore
{
    internal BaselineScore(string name, Plans.Plan plan, Evaluation.PlanEvaluation evaluation)
    {
        Name = name;
        Plan = plan;
        Evaluation = evaluation;
    }

    /// <summary>The baseline's name: <see cref="SamenwerkCheck.Current"/> or <see cref="SamenwerkCheck.PerFunction"/>.</summary>
    public string Name { get; }

    /// <summary>The baseline plan.</summary>
    public Plans.Plan Plan { get; }

    /// <summary>Its evaluation with the scenario's rules: metrics and violated hard constraints.</summary>
    public Evaluation.PlanEvaluation Evaluation { get; }
}

/// <summary>An activity that the realistic plan places in another package than the ideal plan.</summary>
/// <remarks>Package identifiers differ between two solves, so packages are matched by shared activities first
/// (largest overlap first); an activity moved when its realistic package is not the match of its ideal package.</remarks>
public sealed class ActivityMove
{
    internal ActivityMove(string activity, string? idealPackage, string? realisticPackage, IReadOnlyList<string> idealCompanions, IReadOnlyList<string> realisticCompanions)
    {
        Activity = activity;
        IdealPackage = idealPackage;
        RealisticPackage = realisticPackage;
        IdealCompanions = idealCompanions;
        RealisticCompanions = realisticCompanions;
    }

    /// <summary>
    /// The other activities of its ideal package, in scenario order. Package identifiers of two solves are unrelated
    /// (ideal P1 need not be realistic P1), so reports say a move by companions: whom it leaves, whom it joins.
    /// </summary>
    public IReadOnlyList<string> IdealCompanions { get; }

    /// <summary>The other activities of its realistic package, in scenario order.</summary>
    public IReadOnlyList<string> RealisticCompanions { get; }

    /// <summary>The activities it leaves: ideal companions that are not realistic companions.</summary>
    public IEnumerable<string> Leaves => IdealCompanions.Except(RealisticCompanions, StringComparer.Ordinal);

    /// <summary>The activities it joins: realistic companions that were not ideal companions.</summary>
    public IEnumerable<string> Joins => RealisticCompanions.Except(IdealCompanions, StringComparer.Ordinal);

    /// <summary>The activity identifier.</summary>
    public string Activity { get; }

    /// <summary>Its package in the ideal plan, or <see langword="null"/> when that plan does not place it.</summary>
    public string? IdealPackage { get; }

    /// <summary>Its package in the realistic plan, or <see langword="null"/> when that plan does not place it.</summary>
    public string? RealisticPackage { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Activity}: {IdealPackage ?? "-"} -> {RealisticPackage ?? "-"}";
}

/// <summary>How one package changed from the ideal to the realistic plan: scale and team.</summary>
public sealed class PackageChange
{
    internal PackageChange(
        string? idealPackage,
        string? realisticPackage,
        Scale? idealScale,
        Scale? realisticScale,
        IReadOnlyList<string> added,
        IReadOnlyList<string> removed,
        PackageInterpretation? ideal = null,
        PackageInterpretation? realistic = null)
    {
        IdealIntensity = ideal?.Intensity;
        RealisticIntensity = realistic?.Intensity;
        IdealCoordination = ideal?.Coordination;
        RealisticCoordination = realistic?.Coordination;
        IdealDecisionLevels = ideal?.DecisionLevels ?? [];
        RealisticDecisionLevels = realistic?.DecisionLevels ?? [];
        IdealActivities = ideal?.Activities ?? [];
        RealisticActivities = realistic?.Activities ?? [];
        IdealPackage = idealPackage;
        RealisticPackage = realisticPackage;
        IdealScale = idealScale;
        RealisticScale = realisticScale;
        MembersAdded = added;
        MembersRemoved = removed;
    }

    /// <summary>The ideal package, or <see langword="null"/> when the realistic package has no match.</summary>
    public string? IdealPackage { get; }

    /// <summary>The matched realistic package, or <see langword="null"/> when the ideal package has no match.</summary>
    public string? RealisticPackage { get; }

    /// <summary>The ideal package's scale, or <see langword="null"/>.</summary>
    public Scale? IdealScale { get; }

    /// <summary>The realistic package's scale, or <see langword="null"/>.</summary>
    public Scale? RealisticScale { get; }

    /// <summary>Members in the realistic team but not the ideal one, in realistic team order.</summary>
    public IReadOnlyList<string> MembersAdded { get; }

    /// <summary>Members in the ideal team but not the realistic one, in ideal team order.</summary>
    public IReadOnlyList<string> MembersRemoved { get; }

    /// <summary>Whether the scale differs (or one side is missing).</summary>
    public bool ScaleChanged => IdealScale != RealisticScale;

    /// <summary>Whether the team differs.</summary>
    public bool TeamChanged => MembersAdded.Count > 0 || MembersRemoved.Count > 0;

    /// <summary>The intensity inside the ideal package, or <see langword="null"/> (no package, or no linked pair inside).</summary>
    public Intensity? IdealIntensity { get; }

    /// <summary>The intensity inside the realistic package, or <see langword="null"/>.</summary>
    public Intensity? RealisticIntensity { get; }

    /// <summary>The ideal package's coordination, or <see langword="null"/> when there is no ideal package.</summary>
    public Coordination? IdealCoordination { get; }

    /// <summary>The realistic package's coordination, or <see langword="null"/> when there is no realistic package.</summary>
    public Coordination? RealisticCoordination { get; }

    /// <summary>The decision levels the ideal package's team holds; empty without an ideal package.</summary>
    public IReadOnlyList<DecisionLevel> IdealDecisionLevels { get; }

    /// <summary>The decision levels the realistic package's team holds; empty without a realistic package.</summary>
    public IReadOnlyList<DecisionLevel> RealisticDecisionLevels { get; }

    /// <summary>The ideal package's activities (empty without one), so a report can name a package by its content.</summary>
    public IReadOnlyList<string> IdealActivities { get; }

    /// <summary>The realistic package's activities (empty without one).</summary>
    public IReadOnlyList<string> RealisticActivities { get; }

    /// <summary>Whether the intensity inside differs.</summary>
    public bool IntensityChanged => IdealIntensity != RealisticIntensity;

    /// <summary>Whether the coordination differs.</summary>
    public bool CoordinationChanged => IdealCoordination != RealisticCoordination;

    /// <summary>Whether the team's decision levels differ.</summary>
    public bool DecisionLevelsChanged => !IdealDecisionLevels.SequenceEqual(RealisticDecisionLevels);

    /// <summary>Whether anything differs: scale, team, intensity, coordination or decision levels.</summary>
    public bool AnyChange => ScaleChanged || TeamChanged || IntensityChanged || CoordinationChanged || DecisionLevelsChanged;

    /// <inheritdoc/>
    public override string ToString() => $"{IdealPackage ?? "-"} -> {RealisticPackage ?? "-"}: {IdealScale?.ToName() ?? "-"} -> {RealisticScale?.ToName() ?? "-"}, +[{string.Join(", ", MembersAdded)}] -[{string.Join(", ", MembersRemoved)}]";
}

/// <summary>
/// How one link between packages changed from the ideal to the realistic plan: its intensity, coordination and the
/// decision levels the two packages take together (step 5, 000:319-325). A side is missing when that plan has no such link.
/// </summary>
public sealed class LinkChange
{
    internal LinkChange(LinkInterpretation? ideal, LinkInterpretation? realistic)
    {
        Ideal = ideal;
        Realistic = realistic;
    }

    /// <summary>The link in the ideal plan (ideal package identifiers), or <see langword="null"/> when the ideal plan has no such link.</summary>
    public LinkInterpretation? Ideal { get; }

    /// <summary>The link in the realistic plan (realistic package identifiers), or <see langword="null"/> when the realistic plan has no such link.</summary>
    public LinkInterpretation? Realistic { get; }

    /// <summary>Whether the intensity differs (or one side is missing).</summary>
    public bool IntensityChanged => Ideal?.Intensity != Realistic?.Intensity;

    /// <summary>Whether the coordination differs (or one side is missing).</summary>
    public bool CoordinationChanged => Ideal?.Coordination != Realistic?.Coordination;

    /// <summary>Whether the shared decision levels differ.</summary>
    public bool DecisionLevelsChanged => !(Ideal?.DecisionLevels ?? []).SequenceEqual(Realistic?.DecisionLevels ?? []);

    /// <inheritdoc/>
    public override string ToString()
        => $"{(Ideal is null ? "-" : Ideal.First + "-" + Ideal.Second)} -> {(Realistic is null ? "-" : Realistic.First + "-" + Realistic.Second)}: "
           + $"{Ideal?.Intensity.ToName() ?? "-"} -> {Realistic?.Intensity.ToName() ?? "-"}, {Ideal?.Coordination.ToName() ?? "-"} -> {Realistic?.Coordination.ToName() ?? "-"}";
}

/// <summary>
/// What one rule costs on its own: the realistic plan's cut minus the cut of the plan with every rule but this one.
/// </summary>
/// <remarks>
/// A rule that only restricts (together, apart, memberRequired, memberExcluded, and fixedScale at or above the activity's
/// ideal scale) costs zero or more when both solves are proven optimal. A fixed scale below the ideal scale can let more
/// members qualify and so lower the cut: its cost can be negative (<see cref="MayRelax"/>). With a solve that is not proven
/// (<see cref="IsProven"/> false) the cost is an estimate.
/// </remarks>
public sealed class RuleCost
{
    internal RuleCost(int index, Rule rule, bool mayRelax, SolveResult realistic, SolveResult withoutRule)
    {
        Index = index;
        Rule = rule;
        MayRelax = mayRelax;
        Realistic = realistic;
        WithoutRule = withoutRule;
    }

    /// <summary>The rule's position in the scenario's rules (<c>$.rules[index]</c>).</summary>
    public int Index { get; }

    /// <summary>The rule.</summary>
    public Rule Rule { get; }

    /// <summary>Whether the rule can relax rather than restrict: a fixed scale below the activity's ideal scale.</summary>
    public bool MayRelax { get; }

    /// <summary>The solve with every rule.</summary>
    public SolveResult Realistic { get; }

    /// <summary>The solve with every rule but this one.</summary>
    public SolveResult WithoutRule { get; }

    /// <summary>The cut without this rule, or <see langword="null"/> when that solve found no plan.</summary>
    public double? CutWithout => WithoutRule.Objective;

    /// <summary>
    /// The rule's marginal cost: realistic cut minus <see cref="CutWithout"/>; <see langword="null"/> when either solve
    /// has no plan (for instance when the rule is what makes the scenario infeasible).
    /// </summary>
    public double? MarginalCost => Realistic.Objective is { } r && CutWithout is { } w ? r - w : null;

    /// <summary>Whether both solves are proven optimal, so <see cref="MarginalCost"/> is exact.</summary>
    public bool IsProven => Realistic.Status == SolveStatus.Optimal && WithoutRule.Status == SolveStatus.Optimal;

    /// <inheritdoc/>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"rules[{Index}] {Rule.NameOf(Rule.Kind)}: {MarginalCost?.ToString("0.###", CultureInfo.InvariantCulture) ?? "unknown"}{(IsProven ? string.Empty : " (estimate)")}");
}
