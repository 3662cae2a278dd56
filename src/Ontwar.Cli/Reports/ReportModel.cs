using Ontwar.Diagnostics;
using Ontwar.Interpretation;

namespace Ontwar.Cli.Reports;

/// <summary>
/// Everything a report shows, computed once by <see cref="ReportModelBuilder"/> so that every format (text, DOT,
/// Mermaid, CSV, HTML) renders the same facts. Plain immutable records: the writers only format.
/// </summary>
/// <param name="ScenarioName">The scenario's name (user text: writers escape it).</param>
/// <param name="Status">How the plan came about: status, engine, cut, bound, gap.</param>
/// <param name="RulesIgnored">Whether the plan shown is the ideal plan (rules ignored).</param>
/// <param name="RuleCount">The scenario's number of rules.</param>
/// <param name="Activities">Table 1: every activity in scenario order, with its package when there is a plan.</param>
/// <param name="Packages">Table 2: the packages; empty without a plan.</param>
/// <param name="Links">The links between packages.</param>
/// <param name="ActivityLinks">The linked pairs of activities, parallel dependencies added up, in scenario order.</param>
/// <param name="Dsm">The dependency structure matrix, ordered by package.</param>
/// <param name="Deviations">Table 3: the realistic plan against the ideal plan, from <see cref="PlanComparer"/>.</param>
/// <param name="Checks">The Samenwerk-check of the plan shown, today's organisation and the per-function split, from <see cref="SamenwerkCheck"/>.</param>
/// <param name="Diagnostics">The solve's diagnostics.</param>
/// <param name="MemberNames">The display name of every member, by id.</param>
/// <param name="IntensityWeights">The scenario's cohesion per intensity, to show a dependency's weight.</param>
/// <param name="Factors">The scenario's stimulating and inhibiting factors (worksheet tables 1 and 3), in scenario order.</param>
/// <param name="Goals">Per goal of the scenario, the packages serving it; empty without goals or without a plan.</param>
/// <param name="Layer">The coordination layer above the packages, or <see langword="null"/> when the plan has none.</param>
/// <param name="ActorLoads">The tables each actor sits at, most first; empty without a plan.</param>
internal sealed record ReportModel(
    string ScenarioName,
    ReportStatus Status,
    bool RulesIgnored,
    int RuleCount,
    IReadOnlyList<ActivityRow> Activities,
    IReadOnlyList<PackageRow> Packages,
    IReadOnlyList<LinkRow> Links,
    IReadOnlyList<ActivityLink> ActivityLinks,
    DsmModel Dsm,
    DeviationReport Deviations,
    CheckSection Checks,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, string> MemberNames,
    IntensityWeights IntensityWeights,
    IReadOnlyList<Factor> Factors,
    IReadOnlyList<GoalCoverage> Goals,
    CoordinationLayer? Layer,
    IReadOnlyList<ActorLoad> ActorLoads)
{
    /// <summary>Whether there is a plan to show.</summary>
    internal bool HasPlan => Packages.Count > 0;
}

/// <summary>How the plan came about.</summary>
/// <param name="Status">The status name (<c>optimal</c>, <c>feasible</c>, <c>infeasible</c>, <c>unknown</c>), or <c>given</c> for a plan file.</param>
/// <param name="Engine">The engine, or the plan file's name.</param>
/// <param name="CutWeight">The cohesion between packages, or <see langword="null"/> without a plan.</param>
/// <param name="InternalWeight">The cohesion inside packages, or <see langword="null"/> without a plan.</param>
/// <param name="Bound">The proven lower bound, or <see langword="null"/> when nothing is proven.</param>
/// <param name="Gap">The relative gap, or <see langword="null"/> when unknown.</param>
/// <param name="ElapsedMs">The solve time; <see langword="null"/> for a given plan.</param>
internal sealed record ReportStatus(string Status, string Engine, double? CutWeight, double? InternalWeight, double? Bound, double? Gap, long? ElapsedMs);

/// <summary>One row of table 1 (and of the CSV format).</summary>
/// <param name="Id">The activity id.</param>
/// <param name="Name">Its name.</param>
/// <param name="IdealScale">Its ideal scale.</param>
/// <param name="Complexity">Its complexity.</param>
/// <param name="Requires">The capabilities it needs.</param>
/// <param name="CapablePartners">The partners with a member holding one of those capabilities (potential partners).</param>
/// <param name="PackageId">Its package in the plan, or <see langword="null"/>.</param>
/// <param name="PackageScale">Its package's scale, or <see langword="null"/>.</param>
/// <param name="Team">The member ids of its package's team.</param>
/// <param name="TeamPartners">The partners of its package's team.</param>
/// <param name="Stability">Its stability.</param>
/// <param name="Goals">The names of the goals it serves.</param>
/// <param name="Factors">The factors that name it, in scenario order.</param>
internal sealed record ActivityRow(
    string Id,
    string Name,
    Scale IdealScale,
    Complexity Complexity,
    IReadOnlyList<string> Requires,
    IReadOnlyList<string> CapablePartners,
    string? PackageId,
    Scale? PackageScale,
    IReadOnlyList<string> Team,
    IReadOnlyList<string> TeamPartners,
    Stability Stability,
    IReadOnlyList<string> Goals,
    IReadOnlyList<Factor> Factors);

/// <summary>A team member as a report shows them.</summary>
/// <param name="Id">The member id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Partner">The partner, or <see langword="null"/>.</param>
/// <param name="Needed">Whether they hold a capability the package needs.</param>
internal sealed record TeamMember(string Id, string Name, string? Partner, bool Needed);

/// <summary>One row of table 2.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Activities">Its activity ids, in DSM order.</param>
/// <param name="ActivityNames">Their names, in the same order.</param>
/// <param name="Team">Its team.</param>
/// <param name="Scale">Its scale, or <see langword="null"/> when its fixed-scale rules disagree.</param>
/// <param name="Partners">The partners of its team.</param>
/// <param name="Intensity">The intensity needed inside, or <see langword="null"/> when no two activities are linked.</param>
/// <param name="Coordination">The coordination inside.</param>
/// <param name="DecisionLevels">The decision levels the team holds.</param>
/// <param name="InternalWeight">The cohesion inside.</param>
/// <param name="Goals">The names of the goals its activities serve.</param>
internal sealed record PackageRow(
    string Id,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> ActivityNames,
    IReadOnlyList<TeamMember> Team,
    Scale? Scale,
    IReadOnlyList<string> Partners,
    Intensity? Intensity,
    Coordination Coordination,
    IReadOnlyList<DecisionLevel> DecisionLevels,
    double InternalWeight,
    IReadOnlyList<string> Goals);

/// <summary>A link between two packages.</summary>
/// <param name="First">The first package id.</param>
/// <param name="Second">The second package id.</param>
/// <param name="Weight">The cohesion between them.</param>
/// <param name="Intensity">The intensity the link needs.</param>
/// <param name="Coordination">The coordination it needs.</param>
/// <param name="Forms">The collaboration forms the Samenwerk-check table gives for that intensity (<see cref="CollaborationForms.For(Intensity)"/>, 000:619-622).</param>
/// <param name="Reexamine">Whether the split should be re-examined (the packages must perform activities together and decide together at every level, 000:325, 000:931).</param>
/// <param name="DecisionLevels">The decision levels the two packages take together (step 5(2), 000:325).</param>
/// <param name="JointPairs">The pairs of activities across the link that must be performed together.</param>
internal sealed record LinkRow(
    string First,
    string Second,
    double Weight,
    Intensity Intensity,
    Coordination Coordination,
    IReadOnlyList<CollaborationForm> Forms,
    bool Reexamine,
    IReadOnlyList<DecisionLevel> DecisionLevels,
    IReadOnlyList<(string From, string To)> JointPairs);

/// <summary>A linked pair of activities.</summary>
/// <param name="From">The first activity (as the first dependency between them names it).</param>
/// <param name="To">The second activity.</param>
/// <param name="Weight">Their cohesion, parallel dependencies added up.</param>
/// <param name="Intensity">The strongest intensity among their dependencies, or <see langword="null"/> when all are numeric weights.</param>
/// <param name="BetweenPackages">Whether the plan puts them in different packages.</param>
internal sealed record ActivityLink(string From, string To, double Weight, Intensity? Intensity, bool BetweenPackages);

/// <summary>The dependency structure matrix: symmetric cohesion between the rows, ordered by package.</summary>
/// <param name="PackageLevel">Whether rows are packages (large scenarios) rather than activities.</param>
/// <param name="Ids">The row ids (activity or package ids).</param>
/// <param name="Names">The row names for tooltips.</param>
/// <param name="Blocks">The contiguous package blocks: first row, row count, package id.</param>
/// <param name="Weights">The cohesion between rows i and j (row-major, <c>Ids.Count</c> squared); on the diagonal of a package-level matrix, the cohesion inside the package.</param>
/// <param name="MaxWeight">The largest weight, for shading.</param>
/// <param name="ActivityCount">The scenario's number of activities.</param>
internal sealed record DsmModel(
    bool PackageLevel,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> Names,
    IReadOnlyList<DsmBlock> Blocks,
    IReadOnlyList<double> Weights,
    double MaxWeight,
    int ActivityCount)
{
    /// <summary>The weight between rows <paramref name="i"/> and <paramref name="j"/>.</summary>
    internal double At(int i, int j) => Weights[(i * Ids.Count) + j];
}

/// <summary>A package's block of rows in the DSM.</summary>
/// <param name="Start">Its first row.</param>
/// <param name="Count">Its number of rows.</param>
/// <param name="PackageId">The package.</param>
internal sealed record DsmBlock(int Start, int Count, string PackageId);

/// <summary>Why table 3 is missing.</summary>
internal enum DeviationsMissing
{
    /// <summary>Table 3 is there.</summary>
    None,

    /// <summary>The scenario has no rules: the ideal plan is the realistic plan.</summary>
    NoRules,

    /// <summary><c>--no-compare</c>: the extra solves were skipped.</summary>
    NotComputed,

    /// <summary>The solve found no plan.</summary>
    NoPlan,
}

/// <summary>Table 3: the ideal plan against the realistic plan, as <see cref="PlanComparer"/> compares them.</summary>
/// <param name="Missing">Why there is no comparison, or <see cref="DeviationsMissing.None"/>.</param>
/// <param name="Comparison">The library's comparison, or <see langword="null"/> when missing.</param>
/// <param name="RuleCostsSkipped">Whether the per-rule solves were left out because the scenario is larger than
/// <see cref="ReportModelBuilder.MaxRuleCostActivities"/> activities or <see cref="ReportModelBuilder.MaxRuleCostRules"/> rules.</param>
/// <param name="Given">Whether the plan shown is a given plan (a plan file or today's organisation), not one of the two compared.</param>
/// <param name="Rules">One row per rule, in scenario order: the deviation it forces and what it costs.</param>
internal sealed record DeviationReport(DeviationsMissing Missing, PlanComparison? Comparison, bool RuleCostsSkipped, bool Given, IReadOnlyList<RuleRow> Rules)
{
    /// <summary>Whether the comparison is there.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Comparison))]
    internal bool Available => Comparison is not null;
}

/// <summary>
/// One rule of table 3: the inhibiting factor behind it (<em>remmende factor</em>; the scenario's factors that name the
/// rule, else its reason), how the plan deviates for it, its cost, consequences and how to absorb them (000:699-700).
/// Consequences are attributed to the rule only when it costs something or its cost is unknown: a rule that costs 0
/// changes no link, whatever activities it names.
/// </summary>
/// <param name="Index">The rule's position in the scenario (<c>$.rules[index]</c>).</param>
/// <param name="Rule">The rule.</param>
/// <param name="Cost">Its marginal cost from <see cref="PlanComparer"/>, or <see langword="null"/> when not computed.</param>
/// <param name="MovedActivities">The activities the rule names that sit elsewhere than in the ideal plan.</param>
/// <param name="NewlyCut">The dependencies of the activities the rule names that the ideal plan keeps inside a package and the realistic plan cuts.</param>
/// <param name="Factors">The factors that name this rule.</param>
internal sealed record RuleRow(int Index, Rule Rule, RuleCost? Cost, IReadOnlyList<ActivityMove> MovedActivities, IReadOnlyList<Dependency> NewlyCut, IReadOnlyList<Factor> Factors);

/// <summary>The Samenwerk-check section: the library's check of every plan at hand and how the plan shown improves on the baselines.</summary>
/// <param name="Plans">The plans checked, in report order: the plan shown, today's organisation, the per-function split.</param>
/// <param name="Improvements">The plan shown against each baseline (from <see cref="Improvement"/>).</param>
internal sealed record CheckSection(IReadOnlyList<CheckedPlan> Plans, IReadOnlyList<CheckImprovement> Improvements);

/// <summary>Which plan a check is about.</summary>
internal enum CheckedPlanKind
{
    /// <summary>The plan the report shows.</summary>
    Shown,

    /// <summary>Today's organisation.</summary>
    Current,

    /// <summary>One package per function tag (000:301).</summary>
    PerFunction,
}

/// <summary>A plan and the library's Samenwerk-check of it.</summary>
/// <param name="Kind">Which plan.</param>
/// <param name="Report">The check's report: findings, counts per code, cut.</param>
internal sealed record CheckedPlan(CheckedPlanKind Kind, CheckReport Report);

/// <summary>How the plan shown improves on a baseline.</summary>
/// <param name="Baseline">The baseline.</param>
/// <param name="CutReduction">The baseline's cut minus the plan's cut.</param>
/// <param name="Findings">Per code, the count in the baseline and in the plan shown.</param>
internal sealed record CheckImprovement(CheckedPlanKind Baseline, double CutReduction, IReadOnlyList<FindingChange> Findings);
