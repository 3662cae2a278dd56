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
/// <param name="Deviations">Table 3: the realistic plan against the ideal plan.</param>
/// <param name="Checks">The Samenwerk-check: findings on the plan shown and on today's organisation.</param>
/// <param name="Diagnostics">The solve's diagnostics.</param>
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
    CheckReport Checks,
    IReadOnlyList<Diagnostic> Diagnostics)
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
    IReadOnlyList<string> TeamPartners);

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
    double InternalWeight);

/// <summary>A link between two packages.</summary>
/// <param name="First">The first package id.</param>
/// <param name="Second">The second package id.</param>
/// <param name="Weight">The cohesion between them.</param>
/// <param name="Intensity">The intensity the link needs.</param>
/// <param name="Coordination">The coordination it needs.</param>
/// <param name="Forms">The collaboration forms the Samenwerk-check table suggests for that intensity (000:619-622), English and Dutch.</param>
/// <param name="Reexamine">Whether the split should be re-examined (the packages must perform activities together, 000:931).</param>
internal sealed record LinkRow(string First, string Second, double Weight, Intensity Intensity, Coordination Coordination, CollaborationForms Forms, bool Reexamine);

/// <summary>A linked pair of activities.</summary>
/// <param name="From">The first activity (as the first dependency between them names it).</param>
/// <param name="To">The second activity.</param>
/// <param name="Weight">Their cohesion, parallel dependencies added up.</param>
/// <param name="Intensity">The strongest intensity among their dependencies, or <see langword="null"/> when all are numeric weights.</param>
/// <param name="BetweenPackages">Whether the plan puts them in different packages.</param>
internal sealed record ActivityLink(string From, string To, double Weight, Intensity? Intensity, bool BetweenPackages);

/// <summary>The collaboration forms of one intensity, in both languages.</summary>
/// <param name="English">The forms in English.</param>
/// <param name="Dutch">The forms in the seed's words.</param>
internal sealed record CollaborationForms(string English, string Dutch);

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

/// <summary>Table 3: the realistic plan against the ideal plan.</summary>
/// <param name="Available">Whether both plans exist; when not, <see cref="Reason"/> says why.</param>
/// <param name="Reason">Why there is no comparison, or <see langword="null"/>.</param>
/// <param name="HasRules">Whether the scenario has rules at all.</param>
/// <param name="Given">Whether the realistic side is a given plan (a plan file or today's organisation) rather than a solve.</param>
/// <param name="IdealCut">The ideal plan's cut.</param>
/// <param name="RealisticCut">The realistic plan's cut.</param>
/// <param name="Rows">One row per activity whose companions, scale or team differ.</param>
internal sealed record DeviationReport(bool Available, string? Reason, bool HasRules, bool Given, double IdealCut, double RealisticCut, IReadOnlyList<DeviationRow> Rows)
{
    /// <summary>What the rules cost: the realistic cut minus the ideal cut.</summary>
    internal double Cost => RealisticCut - IdealCut;
}

/// <summary>One activity that deviates from the ideal plan.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="ActivityName">Its name.</param>
/// <param name="Rules">The rules that name the activity, each as <c>kind: reason</c>.</param>
/// <param name="IdealCompanions">Its package companions in the ideal plan.</param>
/// <param name="RealisticCompanions">Its package companions in the realistic plan.</param>
/// <param name="IdealScale">Its package's scale in the ideal plan.</param>
/// <param name="RealisticScale">Its package's scale in the realistic plan.</param>
/// <param name="TeamGains">Members (display names) its team has in the realistic plan but not in the ideal one.</param>
/// <param name="TeamLosses">Members (display names) its team had in the ideal plan but not in the realistic one.</param>
/// <param name="Cost">Its cohesion cut in the realistic plan minus that in the ideal plan.</param>
/// <param name="Broken">Links of the activity inside a package ideally and between packages now.</param>
/// <param name="Joined">Links of the activity between packages ideally and inside a package now.</param>
internal sealed record DeviationRow(
    string ActivityId,
    string ActivityName,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> IdealCompanions,
    IReadOnlyList<string> RealisticCompanions,
    Scale? IdealScale,
    Scale? RealisticScale,
    IReadOnlyList<string> TeamGains,
    IReadOnlyList<string> TeamLosses,
    double Cost,
    IReadOnlyList<ChangedLink> Broken,
    IReadOnlyList<ChangedLink> Joined);

/// <summary>A link of a deviating activity whose side of the cut changed.</summary>
/// <param name="Other">The other activity.</param>
/// <param name="Weight">The cohesion of the link.</param>
/// <param name="Intensity">Its intensity, or <see langword="null"/> for a numeric weight.</param>
internal sealed record ChangedLink(string Other, double Weight, Intensity? Intensity);

/// <summary>The Samenwerk-check of every plan at hand.</summary>
/// <param name="Plans">The plans checked: the one shown, today's organisation, the per-function split.</param>
/// <param name="Findings">Every finding.</param>
internal sealed record CheckReport(IReadOnlyList<CheckedPlan> Plans, IReadOnlyList<CheckFinding> Findings);

/// <summary>Which plan a finding is about.</summary>
internal enum CheckedPlanKind
{
    /// <summary>The plan the report shows.</summary>
    Shown,

    /// <summary>Today's organisation.</summary>
    Current,

    /// <summary>One package per function tag (000:301).</summary>
    PerFunction,
}

/// <summary>Which question of the Samenwerk-check a finding answers (000:600-622).</summary>
internal enum CheckAspect
{
    /// <summary>All needed partners, and only needed ones.</summary>
    Partners,

    /// <summary>The right level (scale).</summary>
    Level,

    /// <summary>The right form for the intensity.</summary>
    Form,

    /// <summary>The team's size, hours and memberships.</summary>
    Team,

    /// <summary>The plan as a whole: coverage, rules.</summary>
    Plan,
}

/// <summary>A plan that was checked, with its headline numbers.</summary>
/// <param name="Kind">Which plan.</param>
/// <param name="PackageCount">Its number of packages.</param>
/// <param name="CutWeight">Its cohesion between packages.</param>
/// <param name="Feasible">Whether it meets every hard constraint, or <see langword="null"/> when not checked (the per-function split has no teams).</param>
internal sealed record CheckedPlan(CheckedPlanKind Kind, int PackageCount, double CutWeight, bool? Feasible);

/// <summary>One finding of the Samenwerk-check.</summary>
/// <param name="Plan">The plan it is about.</param>
/// <param name="Aspect">The question it answers.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">The violation or interpretation code.</param>
/// <param name="Message">What is wrong, in domain words (from the library, in English).</param>
internal sealed record CheckFinding(CheckedPlanKind Plan, CheckAspect Aspect, DiagnosticSeverity Severity, string Code, string Message);
