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

    /// <summary>
    /// The most tables (package teams and the coordination layer) one actor sits at before the check flags it
    /// (<see cref="CheckCodes.ActorOverloaded"/>). The seed gives no number, only that nobody can sit in ten networks
    /// (001:287); three is Ontwar's choice (docs/interpretation.md): a fourth table is where overlap and double work start.
    /// </summary>
    public const int MaxTablesPerActor = 3;

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
            var pairs = string.Join(", ", link.JointPairs.Select(p => p.From + "–" + p.To));
            findings.Add(new CheckFinding(
                CheckCodes.JointExecutionAcrossPackages,
                Invariant($"Packages {link.First} and {link.Second} must perform {pairs} together and decide together at every level (cohesion {link.Weight:0.###} between them); re-examine the split (000:325, 000:931)."),
                package: link.First,
                otherPackage: link.Second,
                cohesion: link.Weight,
                dutchMessage: Invariant($"De pakketten {link.First} en {link.Second} moeten {pairs} samen uitvoeren en op elk niveau samen beslissen (samenhang {link.Weight:0.###} tussen hen); herbekijk de opsplitsing (000:325, 000:931).")));
        }

        CheckActivities(scenario, plan, findings);
        CheckGoals(scenario, interpretation, teams, findings);
        CheckLoads(interpretation, findings);
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
                package: package.Id,
                dutchMessage: Invariant($"Het team van pakket {package.Id} telt {size} lid/leden; een team telt tussen {limits.Min} en {limits.Max} leden (000:313).")));
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
                    capability: capability,
                    dutchMessage: $"Pakket {package.Id} heeft capaciteit '{capability}' nodig voor activiteit '{id}', maar niemand aan tafel heeft ze: een nodige partner ontbreekt (000:910-912)."));
                held.Add(capability);
            }
        }

        foreach (var id in package.FillingMembers)
        {
            findings.Add(new CheckFinding(
                CheckCodes.SuperfluousPartner,
                $"Member {scenario.GetMember(id).DisplayName} ('{id}') sits at the table of package {package.Id} but holds no capability its activities require (000:912).",
                package: package.Id,
                member: id,
                dutchMessage: $"{scenario.GetMember(id).DisplayName} ('{id}') zit aan tafel bij pakket {package.Id}, maar heeft geen capaciteit die de activiteiten ervan nodig hebben: een overbodige partner (000:912)."));
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
            activity: smallest.Id,
            dutchMessage: $"Pakket {package.Id} werkt op schaal {stated.ToDutch()}, maar de kleinste ideale schaal van zijn activiteiten is {smallest.IdealScale.ToDutch()} (activiteit '{smallest.Id}') (000:695)"
            + (rule is null ? "." : $"; een regel legt de schaal van '{rule.Activity}' vast{(rule.Reason is { } rn ? ": " + rn : string.Empty)}.")));
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
                    activity: activity.Id,
                    dutchMessage: $"Activiteit '{activity.Id}' ({activity.Name}) zit in geen enkel pakket: niemand organiseert ze."));
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
                    cohesion: strongest,
                    dutchMessage: Invariant($"Activiteit '{activity.Id}' in pakket {plan.Packages[packageOf[a]].Id} is gescheiden van haar sterkste partner '{other.Id}' ({(otherPackage is null ? "in geen pakket" : "in pakket " + otherPackage)}, samenhang {strongest:0.###}).")));
            }
        }
    }

    /// <summary>
    /// The goal questions (000:601-603): per package whether it serves a goal and whether every partner at its table carries
    /// each of its goals (contributes to an activity serving it); per goal whether a package serves it and whether its
    /// packages barely link. Asked only when the scenario has goals; the partner question only of plans with teams.
    /// </summary>
    private static void CheckGoals(Scenario scenario, PlanInterpretation interpretation, bool teams, List<CheckFinding> findings)
    {
        if (scenario.Goals.Count == 0)
        {
            return;
        }

        var names = scenario.Goals.ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal);
        foreach (var package in interpretation.Packages)
        {
            if (package.Goals.Count == 0)
            {
                findings.Add(new CheckFinding(
                    CheckCodes.PackageWithoutGoal,
                    $"No activity of package {package.Id} serves a goal of the scenario: what is its collaboration for (000:601)?",
                    package: package.Id,
                    dutchMessage: $"Geen activiteit van pakket {package.Id} dient een doel van het scenario: waarvoor dient deze samenwerking (000:601)?"));
                continue;
            }

            if (!teams)
            {
                continue;
            }

            var activities = package.Activities.Select(scenario.GetActivity).ToList();
            foreach (var goal in package.Goals)
            {
                var serving = activities.Where(a => a.Goals.Contains(goal, StringComparer.Ordinal)).ToList();
                var outside = new List<Member>();
                foreach (var member in package.Members.Select(scenario.GetMember))
                {
                    if (!serving.Any(a => a.Requires.Any(member.Capabilities.Contains)))
                    {
                        outside.Add(member);
                    }
                }

                // One finding per partner (organisation), not per member: the goal is shared between partners.
                foreach (var partner in outside.GroupBy(m => m.Partner ?? m.DisplayName, StringComparer.Ordinal))
                {
                    if (package.Members.Select(scenario.GetMember).Any(m => (m.Partner ?? m.DisplayName) == partner.Key && !outside.Contains(m)))
                    {
                        continue;
                    }

                    findings.Add(new CheckFinding(
                        CheckCodes.GoalNotShared,
                        $"In package {package.Id}, {partner.Key} contributes to no activity serving goal '{names[goal]}': is the goal shared and carried by this partner too, or is a growth path needed (000:603)?",
                        package: package.Id,
                        member: partner.First().Id,
                        goal: goal,
                        dutchMessage: $"In pakket {package.Id} draagt {partner.Key} bij aan geen enkele activiteit voor doel '{names[goal]}': is het doel ook door deze partner gedeeld en gedragen, of is een groeitraject nodig (000:603)?"));
                }
            }
        }

        foreach (var coverage in interpretation.Goals)
        {
            if (coverage.Unserved)
            {
                findings.Add(new CheckFinding(
                    CheckCodes.GoalUnserved,
                    $"No package serves goal '{coverage.Goal.Name}' ('{coverage.Goal.Id}'): no organised activity works towards it.",
                    goal: coverage.Goal.Id,
                    dutchMessage: $"Geen enkel pakket dient doel '{coverage.Goal.Name}' ('{coverage.Goal.Id}'): geen georganiseerde activiteit werkt eraan."));
            }
            else if (coverage.BarelyLinked)
            {
                var list = string.Join(", ", coverage.Packages);
                findings.Add(new CheckFinding(
                    CheckCodes.GoalSplit,
                    $"Goal '{coverage.Goal.Name}' is split over packages {list}, which are not joined by links of at least aligning: who keeps the goal shared between them?",
                    package: coverage.Packages[0],
                    goal: coverage.Goal.Id,
                    dutchMessage: $"Doel '{coverage.Goal.Name}' is verdeeld over de pakketten {list}, die niet verbonden zijn door verbanden van minstens activiteiten afstemmen: wie houdt het doel gedeeld tussen hen?"));
            }
        }
    }

    /// <summary>The load per actor (001:287): an actor at more than <see cref="MaxTablesPerActor"/> tables is flagged.</summary>
    private static void CheckLoads(PlanInterpretation interpretation, List<CheckFinding> findings)
    {
        foreach (var load in interpretation.ActorLoads.Where(l => l.Tables.Count > MaxTablesPerActor))
        {
            var tables = string.Join(", ", load.Tables);
            findings.Add(new CheckFinding(
                CheckCodes.ActorOverloaded,
                Invariant($"{load.Actor} sits at {load.Tables.Count} tables ({tables}), more than {MaxTablesPerActor}: nobody can sit in ten networks (001:287); share the seats among more people or merge tables."),
                member: load.Members[0],
                dutchMessage: Invariant($"{load.Actor} zit aan {load.Tables.Count} tafels ({tables.Replace(ActorLoad.LayerTable, "coördinatielaag", StringComparison.Ordinal)}), meer dan {MaxTablesPerActor}: je kan niet in tien netwerken zitten (001:287); verdeel de plaatsen over meer mensen of voeg tafels samen.")));
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
