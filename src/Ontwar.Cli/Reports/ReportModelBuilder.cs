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
/// (table 1), the DSM order (spectral, from the library), the ideal-versus-realistic comparison (table 3) and the Samenwerk-check findings. This is
/// the one place that maps library results to the report, so richer library analyses can replace a section here
/// without touching the writers.
/// </summary>
internal static class ReportModelBuilder
{
    /// <summary>Above this many activities the DSM shows packages instead of activities.</summary>
    internal const int MaxDsmActivities = 400;

    /// <summary>The status of a plan that was given rather than solved.</summary>
    internal const string GivenStatus = "given";

    /// <summary>Builds the report of a solve.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="result">The solve's result.</param>
    /// <param name="rulesIgnored">Whether the solve was of the ideal plan.</param>
    /// <param name="comparison">Options to solve the other plan of table 3 with (the ideal one for a realistic plan and
    /// the other way round), or <see langword="null"/> to leave table 3 out.</param>
    /// <param name="cancellationToken">Stops the comparison solve.</param>
    /// <param name="checks">Whether to run the Samenwerk-check (only the HTML report shows it; it evaluates the plan and today's organisation).</param>
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
        return Build(scenario, status, interpretation, rulesIgnored, document.Diagnostics, comparison, checks, cancellationToken);
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
        return Build(scenario, status, interpretation, rulesIgnored, [.. interpretation.LinksToReexamine.Select(ReexamineWarning)], comparison, checks, cancellationToken);
    }

    private static ReportModel Build(
        Scenario scenario,
        ReportStatus status,
        PlanInterpretation? interpretation,
        bool rulesIgnored,
        IReadOnlyList<Diagnostic> diagnostics,
        SolverOptions? comparison,
        bool checks,
        CancellationToken cancellationToken)
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
            interpretation is null ? [] : [.. interpretation.Links.Select(l => new LinkRow(l.First, l.Second, l.Weight, l.Intensity, l.Coordination, FormsFor(l.Intensity), l.ReexamineSplit))],
            ActivityLinks(scenario, plan),
            Dsm(scenario, plan, order, weights),
            Deviations(scenario, plan, rulesIgnored, status.Status == GivenStatus, weights, comparison, cancellationToken),
            checks ? Checks(scenario, interpretation, rulesIgnored, weights) : new CheckReport([], []),
            diagnostics);
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

    /// <summary>The collaboration forms the Samenwerk-check table suggests for an intensity (000:619-622); aligning, absent from the table, sits between information sharing and performing together.</summary>
    internal static CollaborationForms FormsFor(Intensity intensity) => intensity switch
    {
        Intensity.Referral => new("none, procedures, care pathways", "geen, procedures/zorgpaden"),
        Intensity.Information => new("ad-hoc alignment, aligned IT, periodic consultation, learning community", "ad hoc afstemming, afgestemde IT, periodiek overleg, learning community"),
        Intensity.Alignment => new("periodic consultation, learning community, temporary partnership", "periodiek overleg, learning community, tijdelijk partnerschap"),
        _ => new("temporary or permanent partnership, temporary or permanent team, network governance", "tijdelijk of permanent partnerschap, tijdelijk of permanent team, netwerk governance"),
    };

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
                [.. team.Select(id => scenario.GetMember(id)).Select(m => m.Partner ?? m.DisplayName).Distinct(StringComparer.Ordinal)]));
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
                    p.InternalWeight);
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
    /// Table 3: solves the plan that is not shown (the ideal one for a realistic plan, the realistic one for an ideal
    /// plan; both for a given plan read with rules) and lists every activity whose package companions, scale or team
    /// differ, with the rules that name it, the change in its links' cut, and the links that changed side.
    /// </summary>
    private static DeviationReport Deviations(
        Scenario scenario,
        Plan? shown,
        bool rulesIgnored,
        bool given,
        IReadOnlyDictionary<(int, int), double> weights,
        SolverOptions? comparison,
        CancellationToken cancellationToken)
    {
        // A solved plan without rules is its own ideal; a given plan (today's organisation) is compared with the ideal anyway.
        bool hasRules = scenario.Rules.Count > 0;
        if (!hasRules && !given)
        {
            return new DeviationReport(false, null, false, given, 0, 0, []);
        }

        if (comparison is null)
        {
            return new DeviationReport(false, "not computed (--no-compare)", hasRules, given, 0, 0, []);
        }

        if (shown is null)
        {
            return new DeviationReport(false, "there is no plan", hasRules, given, 0, 0, []);
        }

        var other = PackagingSolver.Solve(scenario, comparison, ignoreRules: !rulesIgnored, cancellationToken);
        if (!other.TryGetPlan(out var otherPlan))
        {
            return new DeviationReport(
                false,
                rulesIgnored ? $"no realistic plan ({PlanDocument.NameOf(other.Status)})" : $"no ideal plan ({PlanDocument.NameOf(other.Status)})",
                hasRules,
                given,
                0,
                0,
                []);
        }

        var ideal = rulesIgnored ? shown : otherPlan;
        var realistic = rulesIgnored ? otherPlan : shown;
        var idealOf = PackageOf(scenario, ideal);
        var realOf = PackageOf(scenario, realistic);
        var idealScales = Scales(scenario, ideal, true);
        var realScales = Scales(scenario, realistic, false);
        var rows = new List<DeviationRow>();
        for (int i = 0; i < scenario.Activities.Count; i++)
        {
            var a = scenario.Activities[i];
            if (idealOf[i] is not { } ip || realOf[i] is not { } rp)
            {
                // An activity a given plan leaves out has no package to compare.
                continue;
            }

            var idealCompanions = ip.Activities.Where(id => id != a.Id).Order(StringComparer.Ordinal).ToList();
            var realCompanions = rp.Activities.Where(id => id != a.Id).Order(StringComparer.Ordinal).ToList();
            var gains = rp.Members.Except(ip.Members, StringComparer.Ordinal).Select(id => scenario.GetMember(id).DisplayName).ToList();
            var losses = ip.Members.Except(rp.Members, StringComparer.Ordinal).Select(id => scenario.GetMember(id).DisplayName).ToList();
            var idealScale = idealScales[ip.Id];
            var realScale = realScales[rp.Id];
            if (idealCompanions.SequenceEqual(realCompanions, StringComparer.Ordinal) && idealScale == realScale && gains.Count == 0 && losses.Count == 0)
            {
                continue;
            }

            var broken = new List<ChangedLink>();
            var joined = new List<ChangedLink>();
            double cost = 0;
            foreach (var d in scenario.Dependencies.Where(d => d.From == a.Id || d.To == a.Id))
            {
                var otherId = d.From == a.Id ? d.To : d.From;
                int j = scenario.IndexOfActivity(otherId);
                bool cutIdeal = !ReferenceEquals(idealOf[j], ip);
                bool cutReal = !ReferenceEquals(realOf[j], rp);
                double w = d.CohesionUnder(scenario.IntensityWeights);
                if (cutReal && !cutIdeal)
                {
                    broken.Add(new ChangedLink(otherId, w, d.Intensity));
                    cost += w;
                }
                else if (cutIdeal && !cutReal)
                {
                    joined.Add(new ChangedLink(otherId, w, d.Intensity));
                    cost -= w;
                }
            }

            rows.Add(new DeviationRow(a.Id, a.Name, RulesNaming(scenario, a.Id), idealCompanions, realCompanions, idealScale, realScale, gains, losses, cost, broken, joined));
        }

        return new DeviationReport(true, null, hasRules, given, CutOf(weights, idealOf), CutOf(weights, realOf), rows);
    }

    private static Dictionary<string, Scale?> Scales(Scenario scenario, Plan plan, bool ideal)
        => PlanInterpreter.Interpret(scenario, plan, ideal).Packages.ToDictionary(p => p.Id, p => p.Scale, StringComparer.Ordinal);

    private static double CutOf(IReadOnlyDictionary<(int, int), double> weights, ActivityPackage?[] packageOf)
    {
        double cut = 0;
        foreach (var ((a, b), w) in weights)
        {
            if (!ReferenceEquals(packageOf[a], packageOf[b]))
            {
                cut += w;
            }
        }

        return cut;
    }

    private static List<string> RulesNaming(Scenario scenario, string activity)
    {
        var rules = new List<string>();
        foreach (var rule in scenario.Rules)
        {
            string? what = rule switch
            {
                TogetherRule t when t.Activities.Contains(activity) => "together " + string.Join(", ", t.Activities),
                ApartRule a when a.Activities.Contains(activity) => "apart " + string.Join(", ", a.Activities),
                FixedScaleRule f when f.Activity == activity => "fixedScale " + f.Scale.ToName(),
                MemberRequiredRule r when r.Activity == activity => "memberRequired " + r.Member,
                MemberExcludedRule e when e.Activity == activity => "memberExcluded " + e.Member,
                _ => null,
            };
            if (what is not null)
            {
                rules.Add(rule.Reason is { Length: > 0 } reason ? $"{what}: {reason}" : what);
            }
        }

        return rules;
    }

    /// <summary>The Samenwerk-check: the plan shown, today's organisation and the per-function split, with their findings.</summary>
    private static CheckReport Checks(Scenario scenario, PlanInterpretation? interpretation, bool rulesIgnored, IReadOnlyDictionary<(int, int), double> weights)
    {
        var plans = new List<CheckedPlan>();
        var findings = new List<CheckFinding>();
        if (interpretation is not null)
        {
            Check(scenario, interpretation.Plan, CheckedPlanKind.Shown, rulesIgnored, plans, findings);
            foreach (var link in interpretation.LinksToReexamine)
            {
                findings.Add(new CheckFinding(CheckedPlanKind.Shown, CheckAspect.Form, DiagnosticSeverity.Warning, InterpretationCodes.ReexamineSplit, ReexamineWarning(link).Message));
            }
        }

        if (Baselines.AsToday(scenario) is { } today)
        {
            Check(scenario, today, CheckedPlanKind.Current, false, plans, findings);
        }

        if (scenario.Activities.Count > 0)
        {
            // The per-function split has no teams: only its grouping, hence its cut, means something.
            var perFunction = Baselines.PerFunction(scenario);
            plans.Add(new CheckedPlan(CheckedPlanKind.PerFunction, perFunction.Packages.Count, CutOf(weights, PackageOf(scenario, perFunction)), null));
        }

        return new CheckReport(plans, findings);
    }

    private static void Check(Scenario scenario, Plan plan, CheckedPlanKind kind, bool rulesIgnored, List<CheckedPlan> plans, List<CheckFinding> findings)
    {
        var evaluation = PlanEvaluator.Evaluate(scenario, plan, rulesIgnored);
        plans.Add(new CheckedPlan(kind, evaluation.Metrics.PackageCount, evaluation.Metrics.CutWeight, evaluation.IsFeasible));
        foreach (var v in evaluation.Violations.Where(v => v.Code != ViolationCodes.NoTeams))
        {
            findings.Add(new CheckFinding(kind, AspectOf(v.Code), v.Severity, v.Code, v.Message));
        }
    }

    private static CheckAspect AspectOf(string code) => code switch
    {
        ViolationCodes.MissingCapability or ViolationCodes.UnneededMember or ViolationCodes.RuleMemberRequired or ViolationCodes.RuleMemberExcluded => CheckAspect.Partners,
        ViolationCodes.MemberScaleTooSmall or ViolationCodes.ScaleNotPolicy or ViolationCodes.RuleFixedScale or ViolationCodes.FixedScaleConflict => CheckAspect.Level,
        ViolationCodes.TeamTooSmall or ViolationCodes.TeamTooLarge or ViolationCodes.MemberInTooManyTeams or ViolationCodes.HoursShortfall or ViolationCodes.DuplicateMember => CheckAspect.Team,
        _ => CheckAspect.Plan,
    };

    private static Diagnostic ReexamineWarning(LinkInterpretation link) => Diagnostic.Warning(
        InterpretationCodes.ReexamineSplit,
        $"Packages {link.First} and {link.Second} must perform activities together (cohesion {link.Weight.ToString("0.###", CultureInfo.InvariantCulture)}): "
        + "the split is probably wrong and should be re-examined (000:931).");
}
