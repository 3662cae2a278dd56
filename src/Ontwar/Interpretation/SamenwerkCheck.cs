using System.Collections.ObjectModel;
using System.Globalization;
using Ontwar.Evaluation;
using Ontwar.Graphs;
using Ontwar.Plans;
using Ontwar.Solving;

namespace Ontwar.Interpretation;

/// <summary>
/// The Samenwerk-check "Ontwar de bomen" (seed 000:591-622) asked of a plan, goal by goal independent of any solver:
/// are all needed partners there and only needed partners, is the team within its size limits, is the scale the smallest
/// ideal one, do linked packages have to perform activities together, is any activity split from its strongest partner,
/// is any activity not organised at all. <see cref="Run(Scenario, SolverOptions?, CancellationToken)"/> asks it of today's organisation and of the per-function
/// split (000:301) and says how much the optimised plan improves on each.
/// </summary>
/// <remarks>
/// <para>Team questions (missing and superfluous partners, team size) are asked only of plans that give teams
/// (<see cref="CheckReport.TeamsAssessed"/>); the per-function baseline gives none.</para>
/// <para>Scale is checked against the smallest ideal scale of the package's activities (000:695), not against
/// fixed-scale rules: the check asks what would be ideal; the finding says when a rule explains the difference.</para>
/// </remarks>
public static class SamenwerkCheck
{
    /// <summary>The name of today's organisation in reports: <c>current</c>.</summary>
    public const string Current = "current";

    /// <summary>The name of the per-function baseline in reports: <c>perFunction</c>.</summary>
    public const string PerFunction = "perFunction";

    /// <summary>The name of the optimised (realistic) plan in reports: <c>optimised</c>.</summary>
    public const string Optimised = "optimised";

    /// <summary>Asks the check of one plan.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="plan">The plan; it need not place every activity nor give teams.</param>
    /// <param name="name">A name for the plan in reports.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan does not fit the scenario (unknown activity or member, an activity
    /// placed twice, a member twice in one team).</exception>
    public static CheckReport Check(Scenario scenario, Plan plan, string name)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(name);
        var interpretation = PlanInterpreter.Interpret(scenario, plan);
        bool teams = plan.Packages.Any(p => p.Members.Count > 0);
        var findings = new List<CheckFinding>();
        foreach (var package in interpretation.Packages)
        {
            if (teams)
            {
                CheckTeam(scenario, package, findings);
            }

            CheckScale(scenario, package, findings);
        }

        foreach (var link in interpretation.LinksToReexamine)
        {
            findings.Add(new CheckFinding(
                CheckCodes.JointExecutionAcrossPackages,
                Invariant($"Packages {link.First} and {link.Second} would have to perform activities together (cohesion {link.Weight:0.###} between them); re-examine the split (000:931)."),
                package: link.First,
                otherPackage: link.Second,
                cohesion: link.Weight));
        }

        CheckActivities(scenario, plan, findings);
        double cut = PlanGraphMetrics.Compute(scenario, plan).Metrics.CutWeight;
        return new CheckReport(name, plan, interpretation, teams, findings.AsReadOnly(), cut);
    }

    /// <summary>
    /// The whole check: solves the scenario (the optimised, realistic plan), asks the check of that plan, of today's
    /// organisation (when the scenario describes it) and of the per-function split, and compares.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Solver options, or <see langword="null"/> for <see cref="SolverOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the solve; its best plan so far is used.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or today's organisation does not fit the scenario.</exception>
    public static SamenwerkCheckResult Run(Scenario scenario, SolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var solve = PackagingSolver.Solve(scenario, options, ignoreRules: false, cancellationToken);
        return Run(scenario, solve);
    }

    /// <summary>The whole check against an optimised solve that is already known.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="optimised">The solve of the scenario with its rules.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The solve's plan or today's organisation does not fit the scenario.</exception>
    public static SamenwerkCheckResult Run(Scenario scenario, SolveResult optimised)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(optimised);
        var optimisedReport = optimised.TryGetPlan(out var plan) ? Check(scenario, plan, Optimised) : null;
        var current = Baselines.AsToday(scenario) is { } today ? Check(scenario, today, Current) : null;
        var perFunction = Check(scenario, Baselines.PerFunction(scenario), PerFunction);
        return new SamenwerkCheckResult(
            optimised,
            optimisedReport,
            current,
            perFunction,
            optimisedReport is null || current is null ? null : new Improvement(current, optimisedReport),
            optimisedReport is null ? null : new Improvement(perFunction, optimisedReport));
    }

    private static void CheckTeam(Scenario scenario, PackageInterpretation package, List<CheckFinding> findings)
    {
        var limits = scenario.TeamSize;
        int size = package.Members.Count;
        if (size < limits.Min || size > limits.Max)
        {
            findings.Add(new CheckFinding(
                CheckCodes.TeamSizeOutsideLimits,
                Invariant($"The team of package {package.Id} has {size} member(s); a team has between {limits.Min} and {limits.Max} (000:313)."),
                package: package.Id));
        }

        var held = new HashSet<string>(package.Members.SelectMany(m => scenario.GetMember(m).Capabilities), StringComparer.Ordinal);
        foreach (var id in package.Activities)
        {
            foreach (var capability in scenario.GetActivity(id).Requires.Where(c => !held.Contains(c)))
            {
                findings.Add(new CheckFinding(
                    CheckCodes.MissingPartner,
                    $"Package {package.Id} needs capability '{capability}' for activity '{id}', but no one at its table holds it: a needed partner is missing (000:910-912).",
                    package: package.Id,
                    activity: id,
                    capability: capability));
                held.Add(capability);
            }
        }

        foreach (var id in package.FillingMembers)
        {
            findings.Add(new CheckFinding(
                CheckCodes.SuperfluousPartner,
                $"Member {scenario.GetMember(id).DisplayName} ('{id}') sits at the table of package {package.Id} but holds no capability its activities require (000:912).",
                package: package.Id,
                member: id));
        }
    }

    private static void CheckScale(Scenario scenario, PackageInterpretation package, List<CheckFinding> findings)
    {
        if (package.Package.Scale is not { } stated || package.Activities.Count == 0)
        {
            return;
        }

        var smallest = package.Activities.Select(scenario.GetActivity).MinBy(a => a.IdealScale)!;
        if (stated == smallest.IdealScale)
        {
            return;
        }

        var rule = scenario.Rules.OfType<FixedScaleRule>().FirstOrDefault(r => r.Scale == stated && package.Activities.Contains(r.Activity, StringComparer.Ordinal));
        findings.Add(new CheckFinding(
            CheckCodes.ScaleNotSmallestIdeal,
            $"Package {package.Id} works at {stated.ToName()} ({stated.ToDutch()}), but the smallest ideal scale of its activities is "
            + $"{smallest.IdealScale.ToName()} ({smallest.IdealScale.ToDutch()}, activity '{smallest.Id}') (000:695)"
            + (rule is null ? "." : $"; a fixed-scale rule on '{rule.Activity}' sets it{(rule.Reason is { } r ? ": " + r : string.Empty)}."),
            package: package.Id,
            activity: smallest.Id));
    }

    private static void CheckActivities(Scenario scenario, Plan plan, List<CheckFinding> findings)
    {
        var packageOf = PlanComparer.PackageOf(scenario, plan);
        var graph = CohesionGraph.FromScenario(scenario);
        for (int a = 0; a < scenario.Activities.Count; a++)
        {
            var activity = scenario.Activities[a];
            if (packageOf[a] < 0)
            {
                findings.Add(new CheckFinding(
                    CheckCodes.ActivityNotOrganised,
                    $"Activity '{activity.Id}' ({activity.Name}) is in no package: nobody organises it.",
                    activity: activity.Id));
                continue;
            }

            var neighbours = graph.Neighbours(a);
            var weights = graph.Weights(a);
            double strongest = 0;
            for (int i = 0; i < neighbours.Length; i++)
            {
                strongest = Math.Max(strongest, weights[i]);
            }

            if (strongest <= 0)
            {
                continue;
            }

            int partner = -1;
            bool together = false;
            for (int i = 0; i < neighbours.Length; i++)
            {
                if (weights[i] >= strongest)
                {
                    together |= packageOf[neighbours[i]] == packageOf[a];
                    partner = partner < 0 || neighbours[i] < partner ? neighbours[i] : partner;
                }
            }

            if (!together)
            {
                var other = scenario.Activities[partner];
                string? otherPackage = packageOf[partner] < 0 ? null : plan.Packages[packageOf[partner]].Id;
                findings.Add(new CheckFinding(
                    CheckCodes.SplitFromStrongestPartner,
                    Invariant($"Activity '{activity.Id}' in package {plan.Packages[packageOf[a]].Id} is split from its strongest partner '{other.Id}' ({(otherPackage is null ? "in no package" : "in package " + otherPackage)}, cohesion {strongest:0.###})."),
                    package: plan.Packages[packageOf[a]].Id,
                    activity: activity.Id,
                    otherPackage: otherPackage,
                    otherActivity: other.Id,
                    cohesion: strongest));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The Samenwerk-check of one plan: its findings, counted per code, and its cut. Immutable.</summary>
public sealed class CheckReport
{
    internal CheckReport(string name, Plan plan, PlanInterpretation interpretation, bool teamsAssessed, IReadOnlyList<CheckFinding> findings, double cutWeight)
    {
        CutWeight = cutWeight;
        Name = name;
        Plan = plan;
        Interpretation = interpretation;
        TeamsAssessed = teamsAssessed;
        Findings = findings;
        var counts = CheckCodes.All.ToDictionary(c => c, c => findings.Count(f => f.Code == c), StringComparer.Ordinal);
        Counts = new ReadOnlyDictionary<string, int>(counts);
    }

    /// <summary>The plan's name in reports, for example <see cref="SamenwerkCheck.Current"/>.</summary>
    public string Name { get; }

    /// <summary>The plan checked.</summary>
    public Plan Plan { get; }

    /// <summary>The plan's interpretation (with the scenario's rules).</summary>
    public PlanInterpretation Interpretation { get; }

    /// <summary>Whether the plan gives teams, so that partners and team sizes were checked.</summary>
    public bool TeamsAssessed { get; }

    /// <summary>The findings: per package (team, then scale), then per link, then per activity.</summary>
    public IReadOnlyList<CheckFinding> Findings { get; }

    /// <summary>The number of findings per code, for every code of <see cref="CheckCodes.All"/> (zero included).</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>
    /// Summed cohesion between the plan's packages as the plan evaluator counts it: an unorganised activity is an island
    /// of its own, so its dependencies count as cut (it still has to be worked with from outside every package).
    /// </summary>
    public double CutWeight { get; }
}

/// <summary>How much a plan improves on a baseline: the cut and the number of findings per code, before and after.</summary>
public sealed class Improvement
{
    internal Improvement(CheckReport baseline, CheckReport optimised)
    {
        Baseline = baseline.Name;
        Optimised = optimised.Name;
        BaselineCut = baseline.CutWeight;
        OptimisedCut = optimised.CutWeight;
        Findings = CheckCodes.All
            .Select(c => new FindingChange(c, baseline.Counts[c], optimised.Counts[c]))
            .ToList()
            .AsReadOnly();
    }

    /// <summary>The baseline's name.</summary>
    public string Baseline { get; }

    /// <summary>The improved plan's name.</summary>
    public string Optimised { get; }

    /// <summary>The baseline's cut.</summary>
    public double BaselineCut { get; }

    /// <summary>The optimised plan's cut.</summary>
    public double OptimisedCut { get; }

    /// <summary>Baseline cut minus optimised cut: positive when the optimised plan cuts less.</summary>
    public double CutReduction => BaselineCut - OptimisedCut;

    /// <summary>Per code of <see cref="CheckCodes.All"/>, the count before and after.</summary>
    public IReadOnlyList<FindingChange> Findings { get; }
}

/// <summary>The number of findings of one code in a baseline and in the optimised plan.</summary>
/// <param name="Code">The code.</param>
/// <param name="Before">Findings in the baseline.</param>
/// <param name="After">Findings in the optimised plan.</param>
public sealed record FindingChange(string Code, int Before, int After);

/// <summary>The Samenwerk-check of today's organisation and the per-function split, next to the optimised plan. Immutable.</summary>
public sealed class SamenwerkCheckResult
{
    internal SamenwerkCheckResult(
        SolveResult solve,
        CheckReport? optimised,
        CheckReport? current,
        CheckReport perFunction,
        Improvement? overCurrent,
        Improvement? overPerFunction)
    {
        Solve = solve;
        Optimised = optimised;
        Current = current;
        PerFunction = perFunction;
        OverCurrent = overCurrent;
        OverPerFunction = overPerFunction;
    }

    /// <summary>The solve of the scenario with its rules.</summary>
    public SolveResult Solve { get; }

    /// <summary>The check of the optimised plan, or <see langword="null"/> when the solve found none.</summary>
    public CheckReport? Optimised { get; }

    /// <summary>The check of today's organisation, or <see langword="null"/> when the scenario does not describe it.</summary>
    public CheckReport? Current { get; }

    /// <summary>The check of the per-function split (000:301).</summary>
    public CheckReport PerFunction { get; }

    /// <summary>The optimised plan against today's organisation, or <see langword="null"/> when either is missing.</summary>
    public Improvement? OverCurrent { get; }

    /// <summary>The optimised plan against the per-function split, or <see langword="null"/> without an optimised plan.</summary>
    public Improvement? OverPerFunction { get; }
}
