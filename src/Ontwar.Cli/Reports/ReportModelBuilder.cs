using System.Globalization;
using Ontwar.Diagnostics;
using Ontwar.Evaluation;
using Ontwar.Graphs.Algorithms;
using Ontwar.Interpretation;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Solving;

namespace Ontwar.Cli.Reports;

/// <summary>
/// Fills a <see cref="ReportModel"/> from the library: the plan's interpretation (table 2, links), the activities
/// (table 1), the DSM order (spectral, from the library), the ideal-versus-realistic comparison of <see cref="PlanComparer"/>
/// (table 3) and the findings of <see cref="SamenwerkCheck"/>. This is the one place that maps library results to the
/// report; it computes no interpretation of its own, so the report and <c>ontwar compare</c>/<c>check</c> agree.
/// </summary>
internal static class ReportModelBuilder
{
    /// <summary>Above this many activities the DSM shows packages instead of activities.</summary>
    internal const int MaxDsmActivities = 400;

    /// <summary>The status of a plan that was given rather than solved.</summary>
    internal const string GivenStatus = "given";

    /// <summary>
    /// Above this many activities table 3 leaves out the per-rule marginal costs: each needs one more solve, and a report
    /// should not take <c>rules + 2</c> time limits. Scenarios this small are proven by CP-SAT in well under a second each,
    /// so the costs shown are usually proven.
    /// </summary>
    internal const int MaxRuleCostActivities = 60;

    /// <summary>Above this many rules table 3 leaves out the per-rule marginal costs (one solve per rule).</summary>
    internal const int MaxRuleCostRules = 20;

    /// <summary>Builds the report of a solve.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="result">The solve's result.</param>
    /// <param name="rulesIgnored">Whether the solve was of the ideal plan.</param>
    /// <param name="comparison">Options for table 3's solves (<see cref="PlanComparer"/>: the other plan, and one per rule
    /// for small scenarios), or <see langword="null"/> to leave table 3 out (<c>--no-compare</c>).</param>
    /// <param name="cancellationToken">Stops the comparison solves.</param>
    /// <param name="checks">Whether to run the Samenwerk-check (only the HTML report shows it; it solves nothing).</param>
    internal static ReportModel FromSolve(Scenario scenario, SolveResult result, bool rulesIgnored, SolverOptions? comparison, CancellationToken cancellationToken = default, bool checks = true)
    {
        result.TryGetPlan(out var plan);
        var interpretation = plan is null ? null : PlanInterpreter.Interpret(scenario, plan, rulesIgnored);
        var document = PlanDocumentFactory.Create(scenario, result, interpretation);
        var status = new ReportStatus(
            PlanDocument.NameOf(result.Status),
            result.Engine,
            document.Metrics?.CutWeight,
            document.Metrics?.InternalWeight,
            document.Bound,
            document.Gap,
            document.ElapsedMs);
        return Build(
            scenario,
            status,
            interpretation,
            rulesIgnored,
            document.Diagnostics,
            Deviations(scenario, result, rulesIgnored, comparison, cancellationToken),
            checks ? Checks(scenario, result, null) : new CheckSection([], []));
    }

    /// <summary>Builds the report of a given plan (no solve): a plan file or today's organisation.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="plan">The plan; it must name only the scenario's activities and members, each once.</param>
    /// <param name="source">The plan's name for the status line.</param>
    /// <param name="rulesIgnored">Whether to read the plan as an ideal plan.</param>
    /// <param name="comparison">Options for table 3's solves, or <see langword="null"/> to leave it out.</param>
    /// <param name="cancellationToken">Stops the comparison solves.</param>
    /// <param name="checks">Whether to run the Samenwerk-check.</param>
    internal static ReportModel FromPlan(Scenario scenario, Plan plan, string source, bool rulesIgnored, SolverOptions? comparison, CancellationToken cancellationToken = default, bool checks = true)
    {
        var interpretation = PlanInterpreter.Interpret(scenario, plan, rulesIgnored);
        var status = new ReportStatus(GivenStatus, source, interpretation.CutWeight, interpretation.InternalWeight, null, null, null);
        return Build(
            scenario,
            status,
            interpretation,
            rulesIgnored,
            [.. interpretation.LinksToReexamine.Select(ReexamineWarning)],
            Deviations(scenario, null, rulesIgnored, comparison, cancellationToken),
            checks ? Checks(scenario, null, plan) : new CheckSection([], []));
    }

    private static ReportModel Build(
        Scenario scenario,
        ReportStatus status,
        PlanInterpretation? interpretation,
        bool rulesIgnored,
        IReadOnlyList<Diagnostic> diagnostics,
        DeviationReport deviations,
        CheckSection checks)
    {
        var weights = PairWeights(scenario);
        var plan = interpretation?.Plan;
        var order = OrderForDsm(scenario, plan);
        var packages = interpretation is null ? [] : Packages(scenario, interpretation, order);
        return new ReportModel(
            scenario.Name,
            status,
            rulesIgnored,
            scenario.Rules.Count,
            Activities(scenario, plan, interpretation?.Packages.ToDictionary(p => p.Id, p => p.Scale, StringComparer.Ordinal)),
            packages,
            interpretation is null ? [] : [.. interpretation.Links.Select(l => new LinkRow(l.First, l.Second, l.Weight, l.Intensity, l.Coordination, CollaborationForms.For(l.Intensity), l.ReexamineSplit, l.DecisionLevels, l.JointPairs))],
            ActivityLinks(scenario, plan),
            Dsm(scenario, plan, order, weights),
            deviations,
            checks,
            diagnostics,
            scenario.Members.ToDictionary(m => m.Id, m => m.DisplayName, StringComparer.Ordinal),
            scenario.IntensityWeights,
            scenario.Factors,
            interpretation?.Goals ?? [],
            interpretation?.CoordinationLayer,
            interpretation?.ActorLoads ?? []);
    }

    /// <summary>
    /// The activity order of the DSM: with a plan, <see cref="SpectralOrdering"/> along the plan (packages in spectral
    /// order on the package graph, activities spectrally within each package, so that strong links sit near the
    /// diagonal), unplaced activities last; without a plan, the spectral order of the whole dependency graph. One
    /// method, so the order can change without touching the matrix or the writers.
    /// </summary>
    internal static IReadOnlyList<int> OrderForDsm(Scenario scenario, Plan? plan)
    {
        var order = plan is null ? SpectralOrdering.Order(scenario) : SpectralOrdering.Order(scenario, plan);
        return [.. order.Activities.Concat(order.Unplaced).Select(scenario.IndexOfActivity)];
    }

    /// <summary>The cohesion of every linked pair of activities (by index, smaller first); parallel dependencies add up.</summary>
    internal static IReadOnlyDictionary<(int, int), double> PairWeights(Scenario scenario)
    {
        var weights = new Dictionary<(int, int), double>();
        foreach (var d in scenario.Dependencies)
        {
            int a = scenario.IndexOfActivity(d.From), b = scenario.IndexOfActivity(d.To);
            var key = (Math.Min(a, b), Math.Max(a, b));
            weights[key] = weights.GetValueOrDefault(key) + d.CohesionUnder(scenario.IntensityWeights);
        }

        return weights;
    }

    private static List<ActivityLink> ActivityLinks(Scenario scenario, Plan? plan)
    {
        var packageOf = PackageOf(scenario, plan);
        var links = new List<ActivityLink>();
        var index = new Dictionary<(int, int), int>();
        foreach (var d in scenario.Dependencies)
        {
            int a = scenario.IndexOfActivity(d.From), b = scenario.IndexOfActivity(d.To);
            var key = (Math.Min(a, b), Math.Max(a, b));
            double w = d.CohesionUnder(scenario.IntensityWeights);
            if (index.TryGetValue(key, out int at))
            {
                var old = links[at];
                var intensity = old.Intensity is { } x && d.Intensity is { } y ? (x > y ? x : y) : old.Intensity ?? d.Intensity;
                links[at] = old with { Weight = old.Weight + w, Intensity = intensity };
            }
            else
            {
                index[key] = links.Count;
                links.Add(new ActivityLink(d.From, d.To, w, d.Intensity, plan is not null && !ReferenceEquals(packageOf[a], packageOf[b])));
            }
        }

        return links;
    }

    private static double Weight(IReadOnlyDictionary<(int, int), double> weights, int a, int b)
        => a == b ? 0 : weights.GetValueOrDefault((Math.Min(a, b), Math.Max(a, b)));

    private static List<ActivityRow> Activities(Scenario scenario, Plan? plan, Dictionary<string, Scale?>? scales)
    {
        var packageOf = PackageOf(scenario, plan);
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int m = 0; m < scenario.Members.Count; m++)
        {
            foreach (var c in scenario.Members[m].Capabilities)
            {
                if (!holders.TryGetValue(c, out var list))
                {
                    holders[c] = list = [];
                }

                list.Add(m);
            }
        }

        var rows = new List<ActivityRow>(scenario.Activities.Count);
        for (int i = 0; i < scenario.Activities.Count; i++)
        {
            var a = scenario.Activities[i];

            // Potential partners in scenario member order: those with a member holding a required capability.
            var capable = a.Requires
                .SelectMany(c => holders.GetValueOrDefault(c) ?? [])
                .Distinct()
                .Order()
                .Select(m => scenario.Members[m].Partner ?? scenario.Members[m].DisplayName)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var package = packageOf[i];
            var team = package?.Members ?? [];
            rows.Add(new ActivityRow(
                a.Id,
                a.Name,
                a.IdealScale,
                a.Complexity,
                a.Requires,
                capable,
                package?.Id,
                package is null ? null : scales![package.Id],
                team,
                [.. team.Select(id => scenario.GetMember(id)).Select(m => m.Partner ?? m.DisplayName).Distinct(StringComparer.Ordinal)],
                a.Stability,
                [.. scenario.Goals.Where(g => a.Goals.Contains(g.Id, StringComparer.Ordinal)).Select(g => g.Name)],
                [.. scenario.Factors.Where(f => f.Activities.Contains(a.Id, StringComparer.Ordinal))]));
        }

        return rows;
    }

    private static ActivityPackage?[] PackageOf(Scenario scenario, Plan? plan)
    {
        var packageOf = new ActivityPackage?[scenario.Activities.Count];
        foreach (var package in plan?.Packages ?? [])
        {
            foreach (var id in package.Activities)
            {
                int i = scenario.IndexOfActivity(id);
                if (i >= 0)
                {
                    packageOf[i] = package;
                }
            }
        }

        return packageOf;
    }

    private static List<PackageRow> Packages(Scenario scenario, PlanInterpretation interpretation, IReadOnlyList<int> order)
    {
        var rank = new int[scenario.Activities.Count];
        for (int r = 0; r < order.Count; r++)
        {
            rank[order[r]] = r;
        }

        return
        [
            .. interpretation.Packages.Select(p =>
            {
                var activities = p.Activities.OrderBy(id => rank[scenario.IndexOfActivity(id)]).ToList();
                var needed = new HashSet<string>(p.NeededMembers, StringComparer.Ordinal);
                return new PackageRow(
                    p.Id,
                    activities,
                    [.. activities.Select(id => scenario.GetActivity(id).Name)],
                    [.. p.Members.Select(id => scenario.GetMember(id)).Select(m => new TeamMember(m.Id, m.DisplayName, m.Partner, needed.Contains(m.Id)))],
                    p.Scale,
                    p.Partners,
                    p.Intensity,
                    p.Coordination,
                    p.DecisionLevels,
                    p.InternalWeight,
                    [.. scenario.Goals.Where(g => p.Goals.Contains(g.Id, StringComparer.Ordinal)).Select(g => g.Name)]);
            }),
        ];
    }

    private static DsmModel Dsm(Scenario scenario, Plan? plan, IReadOnlyList<int> order, IReadOnlyDictionary<(int, int), double> weights)
    {
        int n = scenario.Activities.Count;
        if (n > MaxDsmActivities && plan is not null)
        {
            return PackageDsm(scenario, plan, weights);
        }

        var matrix = new double[n * n];
        double max = 0;
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                double w = Weight(weights, order[r], order[c]);
                matrix[(r * n) + c] = w;
                max = Math.Max(max, w);
            }
        }

        // A package's activities are contiguous in the order; each run of one package is its block.
        var packageOf = PackageOf(scenario, plan);
        var blocks = new List<DsmBlock>();
        for (int r = 0; r < n;)
        {
            var package = packageOf[order[r]];
            int end = r + 1;
            while (end < n && package is not null && ReferenceEquals(packageOf[order[end]], package))
            {
                end++;
            }

            if (package is not null)
            {
                blocks.Add(new DsmBlock(r, end - r, package.Id));
            }

            r = end;
        }

        return new DsmModel(
            false,
            [.. order.Select(i => scenario.Activities[i].Id)],
            [.. order.Select(i => scenario.Activities[i].Name)],
            blocks,
            matrix,
            max,
            n);
    }

    private static DsmModel PackageDsm(Scenario scenario, Plan plan, IReadOnlyDictionary<(int, int), double> weights)
    {
        int k = plan.Packages.Count;
        var packageIndex = new int[scenario.Activities.Count];
        for (int p = 0; p < k; p++)
        {
            foreach (var id in plan.Packages[p].Activities)
            {
                packageIndex[scenario.IndexOfActivity(id)] = p;
            }
        }

        var matrix = new double[k * k];
        foreach (var ((a, b), w) in weights)
        {
            int pa = packageIndex[a], pb = packageIndex[b];
            matrix[(pa * k) + pb] += w;
            if (pa != pb)
            {
                matrix[(pb * k) + pa] += w;
            }
        }

        var ids = plan.Packages.Select(p => p.Id).ToList();
        return new DsmModel(
            true,
            ids,
            [.. plan.Packages.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Id} ({p.Activities.Count})"))],
            [.. ids.Select((id, i) => new DsmBlock(i, 1, id))],
            matrix,
            matrix.Length == 0 ? 0 : matrix.Max(),
            scenario.Activities.Count);
    }

    /// <summary>
    /// Table 3 from <see cref="PlanComparer"/>: the scenario's ideal plan against its realistic plan. A solved plan is
    /// reused as the side it is; a given plan is neither, so both are solved. The per-rule solves (one per rule) are
    /// left out above <see cref="MaxRuleCostActivities"/> activities or <see cref="MaxRuleCostRules"/> rules.
    /// </summary>
    private static DeviationReport Deviations(Scenario scenario, SolveResult? solved, bool rulesIgnored, SolverOptions? comparison, CancellationToken cancellationToken)
    {
        bool given = solved is null;
        if (scenario.Rules.Count == 0)
        {
            return new DeviationReport(DeviationsMissing.NoRules, null, false, given, []);
        }

        if (comparison is null)
        {
            return new DeviationReport(DeviationsMissing.NotComputed, null, false, given, []);
        }

        if (solved is { HasPlan: false })
        {
            return new DeviationReport(DeviationsMissing.NoPlan, null, false, given, []);
        }

        bool skip = scenario.Activities.Count > MaxRuleCostActivities || scenario.Rules.Count > MaxRuleCostRules;
        var result = PlanComparer.Compare(
            scenario,
            comparison,
            realistic: rulesIgnored ? null : solved,
            ideal: rulesIgnored ? solved : null,
            ruleCosts: !skip,
            cancellationToken);
        var rows = new List<RuleRow>(scenario.Rules.Count);
        for (int i = 0; i < scenario.Rules.Count; i++)
        {
            var rule = scenario.Rules[i];
            var cost = skip ? null : result.RuleCosts[i];

            // A rule that provably costs nothing changes no link: the plan without it cuts exactly as much.
            bool causes = cost?.MarginalCost is not { } mc || mc > 0;
            var named = causes ? new HashSet<string>(ActivitiesOf(rule), StringComparer.Ordinal) : [];
            rows.Add(new RuleRow(
                i,
                rule,
                cost,
                [.. result.MovedActivities.Where(m => named.Contains(m.Activity))],
                [.. result.NewlyCutDependencies.Where(d => named.Contains(d.From) || named.Contains(d.To))],
                [.. scenario.Factors.Where(f => f.Rules.Contains(i))]));
        }

        return new DeviationReport(DeviationsMissing.None, result, skip, given, rows);
    }

    private static IReadOnlyList<string> ActivitiesOf(Rule rule) => rule switch
    {
        TogetherRule t => t.Activities,
        ApartRule a => a.Activities,
        FixedScaleRule f => [f.Activity],
        MemberRequiredRule r => [r.Activity],
        MemberExcludedRule e => [e.Activity],
        _ => [],
    };

    /// <summary>
    /// The Samenwerk-check from <see cref="SamenwerkCheck"/>: of a solve through <see cref="SamenwerkCheck.Run(Scenario, SolveResult)"/>,
    /// of a given plan through <see cref="SamenwerkCheck.Check"/> beside today's organisation and the per-function split.
    /// </summary>
    private static CheckSection Checks(Scenario scenario, SolveResult? solved, Plan? given)
    {
        if (solved is not null)
        {
            var run = SamenwerkCheck.Run(scenario, solved);
            var plans = new List<CheckedPlan>(3);
            Add(plans, CheckedPlanKind.Shown, run.Optimised);
            Add(plans, CheckedPlanKind.Current, run.Current);
            Add(plans, CheckedPlanKind.PerFunction, run.PerFunction);
            var improvements = new List<CheckImprovement>(2);
            if (run.OverCurrent is { } c)
            {
                improvements.Add(new CheckImprovement(CheckedPlanKind.Current, c.CutReduction, c.Findings));
            }

            if (run.OverPerFunction is { } f)
            {
                improvements.Add(new CheckImprovement(CheckedPlanKind.PerFunction, f.CutReduction, f.Findings));
            }

            return new CheckSection(plans, improvements);
        }

        // A given plan has no solve: the same check, plan by plan, and the counts side by side as Improvement gives them.
        // When the plan given is today's organisation (export without --plan), it is checked once, as today's.
        var today = Baselines.AsToday(scenario);
        var current = today is null ? null : SamenwerkCheck.Check(scenario, today, SamenwerkCheck.Current);
        bool isToday = given is not null && given.Equals(today);
        var shown = given is null ? null : isToday ? current : SamenwerkCheck.Check(scenario, given, GivenStatus);
        var perFunction = SamenwerkCheck.Check(scenario, Baselines.PerFunction(scenario), SamenwerkCheck.PerFunction);
        var list = new List<CheckedPlan>(3);
        Add(list, CheckedPlanKind.Shown, isToday ? null : shown);
        Add(list, CheckedPlanKind.Current, current);
        Add(list, CheckedPlanKind.PerFunction, perFunction);
        var over = new List<CheckImprovement>(2);
        if (shown is not null)
        {
            if (current is not null && !isToday)
            {
                over.Add(Over(CheckedPlanKind.Current, current, shown));
            }

            over.Add(Over(CheckedPlanKind.PerFunction, perFunction, shown));
        }

        return new CheckSection(list, over);

        static void Add(List<CheckedPlan> plans, CheckedPlanKind kind, CheckReport? report)
        {
            if (report is not null)
            {
                plans.Add(new CheckedPlan(kind, report));
            }
        }

        static CheckImprovement Over(CheckedPlanKind kind, CheckReport baseline, CheckReport shown)
            => new(kind, baseline.CutWeight - shown.CutWeight, [.. CheckCodes.All.Select(c => new FindingChange(c, baseline.Counts[c], shown.Counts[c]))]);
    }

    private static Diagnostic ReexamineWarning(LinkInterpretation link) => Diagnostic.Warning(
        InterpretationCodes.ReexamineSplit,
        $"Re-examine the split between packages {link.First} and {link.Second} (cohesion {link.Weight.ToString("0.###", CultureInfo.InvariantCulture)}): {link.ReexamineReason}");
}
