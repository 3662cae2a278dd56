using Ontwar.Evaluation;
using Ontwar.Plans;
using Ontwar.Solving;

namespace Ontwar.Interpretation;

/// <summary>
/// Tests the plan against reality (step 6 of "Ontwar het bos", seed 000:327-333): solves the ideal plan (without the
/// scenario's rules) and the realistic plan (with them), lists every deviation, and gives each rule its own marginal
/// cost by solving once more without that rule. A scenario with <c>n</c> rules costs <c>n + 2</c> solves.
/// </summary>
public static class PlanComparer
{
    /// <summary>Compares the ideal and the realistic plan of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Solver options for every solve, or <see langword="null"/> for <see cref="SolverOptions.Default"/>.
    /// With <see cref="EngineKind.Auto"/> small scenarios are solved exactly, so the costs are proven.</param>
    /// <param name="cancellationToken">Stops the solves; each returns its best plan so far.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static PlanComparison Compare(Scenario scenario, SolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Compare(scenario, options, realistic: null, ideal: null, ruleCosts: true, cancellationToken);
    }

    /// <summary>
    /// Compares the ideal and the realistic plan of a scenario, reusing solves already at hand and, when asked, leaving
    /// out the per-rule solves (a report of a large scenario cannot afford <c>n + 2</c> solves).
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Solver options for every solve made here, or <see langword="null"/> for <see cref="SolverOptions.Default"/>.</param>
    /// <param name="realistic">A solve of this scenario with its rules, or <see langword="null"/> to solve it here.</param>
    /// <param name="ideal">A solve of this scenario without its rules, or <see langword="null"/> to solve it here.</param>
    /// <param name="ruleCosts">Whether to solve once more per rule for its marginal cost; when <see langword="false"/>,
    /// <see cref="PlanComparison.RuleCosts"/> is empty.</param>
    /// <param name="cancellationToken">Stops the solves; each returns its best plan so far.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or a given solve's plan does not fit the scenario.</exception>
    public static PlanComparison Compare(Scenario scenario, SolverOptions? options, SolveResult? realistic, SolveResult? ideal, bool ruleCosts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= SolverOptions.Default;
        options.Validate();
        realistic ??= PackagingSolver.Solve(scenario, options, ignoreRules: false, cancellationToken);
        ideal ??= PackagingSolver.Solve(scenario, options, ignoreRules: true, cancellationToken);
        var costs = new List<RuleCost>(scenario.Rules.Count);
        for (int i = 0; ruleCosts && i < scenario.Rules.Count; i++)
        {
            var rest = scenario.WithRules(scenario.Rules.Where((_, j) => j != i));
            var without = PackagingSolver.Solve(rest, options, ignoreRules: false, cancellationToken);
            costs.Add(new RuleCost(i, scenario.Rules[i], MayRelax(scenario, scenario.Rules[i]), realistic, without));
        }

        return Compare(scenario, ideal, realistic, costs.AsReadOnly());
    }

    /// <summary>
    /// Whether a rule can relax the problem instead of restricting it: a fixed scale below the activity's ideal scale
    /// lets members who work at smaller scales join (see docs/interpretation.md). Every other rule only restricts.
    /// </summary>
    /// <param name="scenario">The scenario the rule belongs to.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>Whether the rule may lower the cut.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool MayRelax(Scenario scenario, Rule rule)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rule);
        return rule is FixedScaleRule f && scenario.IndexOfActivity(f.Activity) is var a and >= 0 && f.Scale < scenario.Activities[a].IdealScale;
    }

    private static PlanComparison Compare(Scenario scenario, SolveResult ideal, SolveResult realistic, IReadOnlyList<RuleCost> costs)
    {
        if (!ideal.TryGetPlan(out var idealPlan) || !realistic.TryGetPlan(out var realPlan))
        {
            return new PlanComparison(scenario, ideal, realistic, [], [], [], [], costs, ScoreBaselines(scenario), []);
        }

        var idealInterpretation = PlanInterpreter.Interpret(scenario, idealPlan, ignoreRules: true);
        var realInterpretation = PlanInterpreter.Interpret(scenario, realPlan);
        var idealOf = PackageOf(scenario, idealPlan);
        var realOf = PackageOf(scenario, realPlan);
        var match = PackageMatching.Match(scenario, idealPlan, realPlan);

        var moved = new List<ActivityMove>();
        for (int a = 0; a < scenario.Activities.Count; a++)
        {
            int i = idealOf[a], r = realOf[a];
            if (i < 0 && r < 0)
            {
                continue;
            }

            if (i < 0 || r < 0 || match[i] != r)
            {
                moved.Add(new ActivityMove(
                    scenario.Activities[a].Id,
                    i < 0 ? null : idealPlan.Packages[i].Id,
                    r < 0 ? null : realPlan.Packages[r].Id,
                    Companions(scenario, idealOf, a),
                    Companions(scenario, realOf, a)));
            }
        }

        var newlyCut = new List<Dependency>();
        var noLongerCut = new List<Dependency>();
        foreach (var d in scenario.Dependencies)
        {
            int a = scenario.IndexOfActivity(d.From), b = scenario.IndexOfActivity(d.To);
            bool idealCut = idealOf[a] != idealOf[b], realCut = realOf[a] != realOf[b];
            if (realCut && !idealCut)
            {
                newlyCut.Add(d);
            }
            else if (idealCut && !realCut)
            {
                noLongerCut.Add(d);
            }
        }

        var changes = new List<PackageChange>();
        var matchedReal = new int[realPlan.Packages.Count];
        Array.Fill(matchedReal, -1);
        for (int i = 0; i < match.Length; i++)
        {
            if (match[i] >= 0)
            {
                matchedReal[match[i]] = i;
            }
        }

        for (int r = 0; r < realPlan.Packages.Count; r++)
        {
            var real = realInterpretation.Packages[r];
            if (matchedReal[r] is var i and >= 0)
            {
                var idealPackage = idealInterpretation.Packages[i];
                var change = new PackageChange(
                    idealPackage.Id,
                    real.Id,
                    idealPackage.Scale,
                    real.Scale,
                    real.Members.Except(idealPackage.Members, StringComparer.Ordinal).ToList().AsReadOnly(),
                    idealPackage.Members.Except(real.Members, StringComparer.Ordinal).ToList().AsReadOnly(),
                    idealPackage,
                    real);
                if (change.AnyChange)
                {
                    changes.Add(change);
                }
            }
            else
            {
                changes.Add(new PackageChange(null, real.Id, null, real.Scale, real.Members, [], null, real));
            }
        }

        for (int i = 0; i < match.Length; i++)
        {
            if (match[i] < 0)
            {
                var idealPackage = idealInterpretation.Packages[i];
                changes.Add(new PackageChange(idealPackage.Id, null, idealPackage.Scale, null, [], idealPackage.Members, idealPackage, null));
            }
        }

        var linkChanges = new List<LinkChange>();
        var seen = new HashSet<LinkInterpretation>();
        foreach (var link in realInterpretation.Links)
        {
            int a = realInterpretation.GetPackage(link.First).Index, b = realInterpretation.GetPackage(link.Second).Index;
            LinkInterpretation? before = matchedReal[a] >= 0 && matchedReal[b] >= 0
                ? idealInterpretation.FindLink(idealPlan.Packages[matchedReal[a]].Id, idealPlan.Packages[matchedReal[b]].Id)
                : null;
            if (before is not null)
            {
                seen.Add(before);
            }

            var change = new LinkChange(before, link);
            if (change.IntensityChanged || change.CoordinationChanged || change.DecisionLevelsChanged)
            {
                linkChanges.Add(change);
            }
        }

        linkChanges.AddRange(idealInterpretation.Links.Where(l => !seen.Contains(l)).Select(l => new LinkChange(l, null)));

        return new PlanComparison(
            scenario, ideal, realistic, moved.AsReadOnly(), newlyCut.AsReadOnly(), noLongerCut.AsReadOnly(), changes.AsReadOnly(), costs, ScoreBaselines(scenario), linkChanges.AsReadOnly());
    }

    private static IReadOnlyList<string> Companions(Scenario scenario, int[] packageOf, int a)
    {
        var companions = new List<string>();
        for (int b = 0; packageOf[a] >= 0 && b < packageOf.Length; b++)
        {
            if (b != a && packageOf[b] == packageOf[a])
            {
                companions.Add(scenario.Activities[b].Id);
            }
        }

        return companions.AsReadOnly();
    }

    private static IReadOnlyList<BaselineScore> ScoreBaselines(Scenario scenario)
    {
        var scores = new List<BaselineScore>(2);
        if (Baselines.AsToday(scenario) is { } today)
        {
            scores.Add(new BaselineScore(SamenwerkCheck.Current, today, PlanEvaluator.Evaluate(scenario, today)));
        }

        var perFunction = Baselines.PerFunction(scenario);
        scores.Add(new BaselineScore(SamenwerkCheck.PerFunction, perFunction, PlanEvaluator.Evaluate(scenario, perFunction)));
        return scores.AsReadOnly();
    }

    /// <summary>Package index per activity index, -1 when unplaced; the plan must fit the scenario.</summary>
    internal static int[] PackageOf(Scenario scenario, Plan plan)
    {
        var packageOf = new int[scenario.Activities.Count];
        Array.Fill(packageOf, -1);
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            foreach (var id in plan.Packages[p].Activities)
            {
                if (scenario.IndexOfActivity(id) is var a and >= 0)
                {
                    packageOf[a] = p;
                }
            }
        }

        return packageOf;
    }
}

/// <summary>Matches the packages of two plans of one scenario by shared activities.</summary>
internal static class PackageMatching
{
    /// <summary>
    /// For each package of <paramref name="first"/> the index of its match in <paramref name="second"/>, or -1. Greedy
    /// on the number of shared activities, largest first, ties by plan order: two packages with the same activities
    /// always match, whatever their identifiers.
    /// </summary>
    internal static int[] Match(Scenario scenario, Plan first, Plan second)
    {
        var secondOf = PlanComparer.PackageOf(scenario, second);
        var overlap = new Dictionary<(int, int), int>();
        for (int p = 0; p < first.Packages.Count; p++)
        {
            foreach (var id in first.Packages[p].Activities)
            {
                if (scenario.IndexOfActivity(id) is var a and >= 0 && secondOf[a] >= 0)
                {
                    overlap[(p, secondOf[a])] = overlap.GetValueOrDefault((p, secondOf[a])) + 1;
                }
            }
        }

        var match = new int[first.Packages.Count];
        Array.Fill(match, -1);
        var taken = new bool[second.Packages.Count];
        foreach (var ((p, q), _) in overlap.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2))
        {
            if (match[p] < 0 && !taken[q])
            {
                match[p] = q;
                taken[q] = true;
            }
        }

        return match;
    }
}
