using System.CommandLine;
using System.Globalization;
using System.Text;
using Ontwar.Interpretation;
using Ontwar.Serialization;
using Ontwar.Solving;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar compare FILE [--format text|json] [--output PATH] [solver options]</c>: step 6 of the method (seed
/// 000:327-333): the ideal plan (no rules) against the realistic plan (with rules), every deviation (moved activities,
/// newly cut dependencies, scale and team changes), each rule's own marginal cost, and today's and the per-function
/// organisation next to them. Exit as <c>solve</c> for the realistic plan.
/// </summary>
internal static class CompareCommand
{
    internal static Command Create(CliContext context)
    {
        var file = CommonOptions.File("scenario file");
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var solver = new SolverCliOptions();
        var command = new Command(
            "compare",
            "Ideal plan (without rules) against the realistic plan (with rules), today's organisation and one package per function: "
            + "moved activities, newly cut links, scale and team changes, and each rule's own marginal cost (one solve per rule). "
            + "Example: ontwar compare samples/maria.json")
        {
            file, format, output,
        };
        solver.AddTo(command);
        command.SetAction(parse => context.Execute(parse, p => Run(context, p.GetValue(file)!, p.GetValue(format) == "json", p.GetValue(output), solver.Read(p))));
        return command;
    }

    private static int Run(CliContext context, string file, bool json, string? output, SolverOptions options)
    {
        var input = context.ReadScenarioAndPlan(file, planFile: null);
        if (input is null)
        {
            return ExitCodes.InvalidInput;
        }

        var scenario = input.Scenario;
        var comparison = PlanComparer.Compare(scenario, options);
        var document = PlanDocumentFactory.Create(scenario, comparison.Realistic).WithBlocks(comparison: InterpretationJson.ToJson(comparison));
        context.WriteResult(output, json ? PlanJson.ToJson(document) + "\n" : Text(scenario, comparison));
        return SolveCommand.ExitCodeOf(comparison.Realistic.Status);
    }

    internal static string Text(Scenario scenario, PlanComparison comparison)
    {
        var text = new StringBuilder();
        text.Append(scenario.Name).Append(" — ideal against reality (step 6, 000:327-333)\n\n");
        var plans = new TextTable("plan", "cut weight", "packages", "status");
        plans.Add("ideal (no rules)", Cut(comparison.Ideal), Count(comparison.Ideal), PlanDocument.NameOf(comparison.Ideal.Status));
        plans.Add("realistic (rules)", Cut(comparison.Realistic), Count(comparison.Realistic), PlanDocument.NameOf(comparison.Realistic.Status));
        foreach (var b in comparison.Baselines)
        {
            plans.Add(
                b.Name,
                SolveCommand.Num(b.Evaluation.Metrics.CutWeight),
                b.Plan.Packages.Count.ToString(CultureInfo.InvariantCulture),
                (b.Evaluation.IsFeasible ? "feasible" : "violates hard constraints") + (b.Evaluation.HasTeams ? string.Empty : " (no teams: team constraints not checked)"));
        }

        plans.WriteTo(text, "  ");
        text.Append("\nCost of the rules together: ")
            .Append(comparison.CostDifference is { } d ? SolveCommand.Num(d) : "unknown (a solve found no plan)")
            .Append(comparison.IsProven ? " (proven)" : " (estimate: not both solves are proven optimal)")
            .Append('\n');

        if (comparison.RuleCosts.Count > 0)
        {
            text.Append("\nEach rule's own marginal cost (the realistic cut minus the cut without that rule)\n");
            var rules = new TextTable("rule", "kind", "cost", "without it", "proven", "reason");
            foreach (var r in comparison.RuleCosts)
            {
                rules.Add(
                    "$.rules[" + r.Index.ToString(CultureInfo.InvariantCulture) + "]",
                    Rule.NameOf(r.Rule.Kind) + (r.MayRelax ? " (may relax)" : string.Empty),
                    r.MarginalCost is { } c ? SolveCommand.Num(c) : "unknown",
                    r.CutWithout is { } w ? SolveCommand.Num(w) : PlanDocument.NameOf(r.WithoutRule.Status),
                    r.IsProven ? "yes" : "no",
                    r.Rule.Reason ?? "-");
            }

            rules.WriteTo(text, "  ");
        }

        text.Append("\nDeviations from the ideal plan (package ids of the two plans are unrelated: packages are named by their activities)\n");
        if (comparison.MovedActivities.Count == 0 && comparison.NewlyCutDependencies.Count == 0 && comparison.NoLongerCutDependencies.Count == 0
            && comparison.PackageChanges.Count == 0 && comparison.LinkChanges.Count == 0)
        {
            text.Append("  none\n");
        }

        foreach (var m in comparison.MovedActivities)
        {
            text.Append("  moved: ").Append(m.Activity);
            if (m.RealisticPackage is null)
            {
                text.Append(" is in no realistic package");
            }
            else
            {
                var leaves = m.Leaves.ToList();
                var joins = m.Joins.ToList();
                text.Append(leaves.Count > 0 ? " leaves " + string.Join(", ", leaves) : " keeps its ideal companions")
                    .Append(joins.Count > 0 ? "; joins " + string.Join(", ", joins)
                        : m.RealisticCompanions.Count > 0 ? "; stays with " + string.Join(", ", m.RealisticCompanions) : "; alone now")
                    .Append(" (realistic package ").Append(m.RealisticPackage).Append(')');
            }

            text.Append('\n');
        }

        var weights = scenario.IntensityWeights;
        foreach (var dep in comparison.NewlyCutDependencies)
        {
            text.Append("  newly cut: ").Append(dep.From).Append(" - ").Append(dep.To).Append(" (cohesion ").Append(SolveCommand.Num(dep.CohesionUnder(weights))).Append(")\n");
        }

        foreach (var dep in comparison.NoLongerCutDependencies)
        {
            text.Append("  no longer cut: ").Append(dep.From).Append(" - ").Append(dep.To).Append(" (cohesion ").Append(SolveCommand.Num(dep.CohesionUnder(weights))).Append(")\n");
        }

        foreach (var c in comparison.PackageChanges)
        {
            if (c.IdealPackage is null)
            {
                text.Append("  new package ").Append(c.RealisticPackage).Append(" (").Append(string.Join(", ", c.RealisticActivities)).Append("): no ideal counterpart\n");
                continue;
            }

            if (c.RealisticPackage is null)
            {
                text.Append("  ideal package ").Append(c.IdealPackage).Append(" (").Append(string.Join(", ", c.IdealActivities)).Append(") has no realistic counterpart\n");
                continue;
            }

            text.Append("  package ").Append(string.Join(", ", c.RealisticActivities)).Append(" (ideal ").Append(c.IdealPackage).Append(", realistic ").Append(c.RealisticPackage).Append("):");
            if (c.ScaleChanged)
            {
                text.Append(" scale ").Append(c.IdealScale?.ToName() ?? "-").Append(" -> ").Append(c.RealisticScale?.ToName() ?? "-").Append(';');
            }

            if (c.MembersAdded.Count > 0)
            {
                text.Append(" team +").Append(string.Join(", +", c.MembersAdded)).Append(';');
            }

            if (c.MembersRemoved.Count > 0)
            {
                text.Append(" team -").Append(string.Join(", -", c.MembersRemoved)).Append(';');
            }

            if (c.IntensityChanged)
            {
                text.Append(" intensity ").Append(c.IdealIntensity?.ToName() ?? "none").Append(" -> ").Append(c.RealisticIntensity?.ToName() ?? "none").Append(';');
            }

            if (c.CoordinationChanged)
            {
                text.Append(" coordination ").Append(c.IdealCoordination?.ToName() ?? "-").Append(" -> ").Append(c.RealisticCoordination?.ToName() ?? "-").Append(';');
            }

            if (c.DecisionLevelsChanged)
            {
                text.Append(" team decides ").Append(Levels(c.IdealDecisionLevels)).Append(" -> ").Append(Levels(c.RealisticDecisionLevels)).Append(';');
            }

            text.Length--;
            text.Append('\n');
        }

        foreach (var l in comparison.LinkChanges)
        {
            text.Append("  link ").Append(l.Ideal is { } i ? "ideal " + i.First + "-" + i.Second : "(none in the ideal plan)")
                .Append(" -> ").Append(l.Realistic is { } r ? "realistic " + r.First + "-" + r.Second : "(none in the realistic plan)").Append(':');
            if (l.IntensityChanged)
            {
                text.Append(" intensity ").Append(l.Ideal?.Intensity.ToName() ?? "-").Append(" -> ").Append(l.Realistic?.Intensity.ToName() ?? "-").Append(';');
            }

            if (l.CoordinationChanged)
            {
                text.Append(" coordination ").Append(l.Ideal?.Coordination.ToName() ?? "-").Append(" -> ").Append(l.Realistic?.Coordination.ToName() ?? "-").Append(';');
            }

            if (l.DecisionLevelsChanged)
            {
                text.Append(" decided together ").Append(Levels(l.Ideal?.DecisionLevels ?? [])).Append(" -> ").Append(Levels(l.Realistic?.DecisionLevels ?? [])).Append(';');
            }

            text.Length--;
            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Levels(IReadOnlyList<DecisionLevel> levels) => levels.Count == 0 ? "nothing" : string.Join("+", levels.Select(l => l.ToName()));

    private static string Cut(SolveResult r) => r.Objective is { } o ? SolveCommand.Num(o) : "-";

    private static string Count(SolveResult r) => r.TryGetPlan(out var p) ? p.Packages.Count.ToString(CultureInfo.InvariantCulture) : "-";
}
