using System.Text.Json;
using Ontwar.Diagnostics;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Solving;

namespace Ontwar.Interpretation;

/// <summary>
/// The interpretation results as JSON objects, with the field names of <c>docs/json-format.md</c>: the
/// <c>comparison</c> and <c>check</c> blocks a plan document may carry (<see cref="PlanDocument.WithBlocks"/>), and the
/// explanations <c>ontwar explain --format json</c> prints. Numbers are written as they are (invariant), absent values as
/// <c>null</c>.
/// </summary>
public static class InterpretationJson
{
    /// <summary>The <c>comparison</c> block: ideal versus realistic plan, deviations, rule costs and baselines.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>A JSON object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    public static JsonElement ToJson(PlanComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var weights = comparison.Scenario.IntensityWeights;
        return Build(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("ideal");
            WriteSolve(w, comparison.Ideal, withPlan: true);
            w.WritePropertyName("realistic");
            WriteSolve(w, comparison.Realistic, withPlan: false);
            Number(w, "costDifference", comparison.CostDifference);
            w.WriteBoolean("proven", comparison.IsProven);
            w.WriteStartArray("movedActivities");
            foreach (var m in comparison.MovedActivities)
            {
                w.WriteStartObject();
                w.WriteString("activity", m.Activity);
                String(w, "idealPackage", m.IdealPackage);
                String(w, "realisticPackage", m.RealisticPackage);
                Strings(w, "leaves", [.. m.Leaves]);
                Strings(w, "joins", [.. m.Joins]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteDependencies(w, "newlyCutDependencies", comparison.NewlyCutDependencies, weights);
            WriteDependencies(w, "noLongerCutDependencies", comparison.NoLongerCutDependencies, weights);
            w.WriteStartArray("packageChanges");
            foreach (var c in comparison.PackageChanges)
            {
                w.WriteStartObject();
                String(w, "idealPackage", c.IdealPackage);
                String(w, "realisticPackage", c.RealisticPackage);
                String(w, "idealScale", c.IdealScale?.ToName());
                String(w, "realisticScale", c.RealisticScale?.ToName());
                w.WriteBoolean("scaleChanged", c.ScaleChanged);
                Strings(w, "membersAdded", c.MembersAdded);
                Strings(w, "membersRemoved", c.MembersRemoved);
                String(w, "idealIntensity", c.IdealIntensity?.ToName());
                String(w, "realisticIntensity", c.RealisticIntensity?.ToName());
                String(w, "idealCoordination", c.IdealCoordination?.ToName());
                String(w, "realisticCoordination", c.RealisticCoordination?.ToName());
                Strings(w, "idealDecisionLevels", [.. c.IdealDecisionLevels.Select(l => l.ToName())]);
                Strings(w, "realisticDecisionLevels", [.. c.RealisticDecisionLevels.Select(l => l.ToName())]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("linkChanges");
            foreach (var l in comparison.LinkChanges)
            {
                w.WriteStartObject();
                Strings(w, "idealPackages", l.Ideal is { } i ? [i.First, i.Second] : []);
                Strings(w, "realisticPackages", l.Realistic is { } r ? [r.First, r.Second] : []);
                String(w, "idealIntensity", l.Ideal?.Intensity.ToName());
                String(w, "realisticIntensity", l.Realistic?.Intensity.ToName());
                String(w, "idealCoordination", l.Ideal?.Coordination.ToName());
                String(w, "realisticCoordination", l.Realistic?.Coordination.ToName());
                Strings(w, "idealDecisionLevels", [.. (l.Ideal?.DecisionLevels ?? []).Select(x => x.ToName())]);
                Strings(w, "realisticDecisionLevels", [.. (l.Realistic?.DecisionLevels ?? []).Select(x => x.ToName())]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("ruleCosts");
            foreach (var r in comparison.RuleCosts)
            {
                w.WriteStartObject();
                w.WriteNumber("rule", r.Index);
                w.WriteString("kind", Rule.NameOf(r.Rule.Kind));
                String(w, "reason", r.Rule.Reason);
                w.WriteBoolean("mayRelax", r.MayRelax);
                Number(w, "cutWithout", r.CutWithout);
                Number(w, "marginalCost", r.MarginalCost);
                w.WriteString("statusWithout", PlanDocument.NameOf(r.WithoutRule.Status));
                w.WriteBoolean("proven", r.IsProven);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("baselines");
            foreach (var b in comparison.Baselines)
            {
                w.WriteStartObject();
                w.WriteString("name", b.Name);
                w.WriteNumber("cutWeight", b.Evaluation.Metrics.CutWeight);
                w.WriteNumber("internalWeight", b.Evaluation.Metrics.InternalWeight);
                w.WriteNumber("packages", b.Plan.Packages.Count);
                w.WriteBoolean("feasible", b.Evaluation.IsFeasible);
                w.WriteNumber("violations", b.Evaluation.Violations.Count(v => v.Severity == DiagnosticSeverity.Error));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The <c>check</c> block: the Samenwerk-check of the optimised plan, today's organisation and the per-function split, and the improvements.</summary>
    /// <param name="check">The check result.</param>
    /// <returns>A JSON object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is null.</exception>
    public static JsonElement ToJson(SamenwerkCheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Build(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("reports");
            foreach (var report in new[] { check.Current, check.PerFunction, check.Optimised }.OfType<CheckReport>())
            {
                WriteReport(w, report);
            }

            w.WriteEndArray();
            w.WriteStartArray("improvements");
            foreach (var improvement in new[] { check.OverCurrent, check.OverPerFunction }.OfType<Improvement>())
            {
                w.WriteStartObject();
                w.WriteString("baseline", improvement.Baseline);
                w.WriteString("plan", improvement.Optimised);
                w.WriteNumber("baselineCut", improvement.BaselineCut);
                w.WriteNumber("planCut", improvement.OptimisedCut);
                w.WriteNumber("cutReduction", improvement.CutReduction);
                w.WriteStartObject("findings");
                foreach (var f in improvement.Findings)
                {
                    w.WriteStartObject(f.Code);
                    w.WriteNumber("before", f.Before);
                    w.WriteNumber("after", f.After);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>An activity's explanation: its ties inside and outside its package and every move.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>A JSON object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public static JsonElement ToJson(ActivityExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("activity", explanation.Activity);
            String(w, "package", explanation.Package);
            WriteTies(w, "inside", explanation.Inside);
            WriteTies(w, "outside", explanation.Outside);
            w.WriteStartArray("moves");
            foreach (var move in explanation.Moves)
            {
                WriteMove(w, move);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>A package's explanation: its closest neighbour and what stops the merge.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>A JSON object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public static JsonElement ToJson(PackageExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("package", explanation.Package);
            String(w, "closestNeighbour", explanation.ClosestNeighbour);
            Number(w, "linkWeight", explanation.ClosestLink?.Weight);
            w.WritePropertyName("merge");
            if (explanation.Merge is { } merge)
            {
                WriteMove(w, merge);
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteEndObject();
        });
    }

    /// <summary>A JSON element as indented UTF-8 text, the way the command line prints it.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The text.</returns>
    public static string ToText(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ScenarioWriter.Options))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteReport(Utf8JsonWriter w, CheckReport report)
    {
        w.WriteStartObject();
        w.WriteString("name", report.Name);
        w.WriteNumber("cutWeight", report.CutWeight);
        w.WriteBoolean("teamsAssessed", report.TeamsAssessed);
        w.WriteStartObject("counts");
        foreach (var (code, count) in report.Counts)
        {
            w.WriteNumber(code, count);
        }

        w.WriteEndObject();
        w.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            w.WriteStartObject();
            w.WriteString("code", f.Code);
            w.WriteString("message", f.Message);
            w.WriteString("messageNl", f.DutchMessage);
            OptionalString(w, "package", f.Package);
            OptionalString(w, "goal", f.Goal);
            OptionalString(w, "activity", f.Activity);
            OptionalString(w, "member", f.Member);
            OptionalString(w, "capability", f.Capability);
            OptionalString(w, "otherPackage", f.OtherPackage);
            OptionalString(w, "otherActivity", f.OtherActivity);
            if (f.Cohesion is { } c)
            {
                w.WriteNumber("cohesion", c);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSolve(Utf8JsonWriter w, SolveResult result, bool withPlan)
    {
        w.WriteStartObject();
        w.WriteString("status", PlanDocument.NameOf(result.Status));
        w.WriteString("engine", result.Engine);
        Number(w, "objective", result.Objective);
        Number(w, "bound", result.Status == SolveStatus.Infeasible ? null : result.Bound);
        if (withPlan && result.TryGetPlan(out var plan))
        {
            w.WriteStartArray("packages");
            foreach (var p in plan.Packages)
            {
                WritePackage(w, p);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WritePackage(Utf8JsonWriter w, ActivityPackage p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        Strings(w, "activities", p.Activities);
        Strings(w, "members", p.Members);
        String(w, "scale", p.Scale?.ToName());
        w.WriteEndObject();
    }

    private static void WriteDependencies(Utf8JsonWriter w, string name, IReadOnlyList<Dependency> dependencies, IntensityWeights weights)
    {
        w.WriteStartArray(name);
        foreach (var d in dependencies)
        {
            w.WriteStartObject();
            w.WriteString("from", d.From);
            w.WriteString("to", d.To);
            w.WriteNumber("cohesion", d.CohesionUnder(weights));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTies(Utf8JsonWriter w, string name, IReadOnlyList<ActivityTie> ties)
    {
        w.WriteStartArray(name);
        foreach (var t in ties)
        {
            w.WriteStartObject();
            w.WriteString("activity", t.Activity);
            String(w, "package", t.Package);
            w.WriteNumber("cohesion", t.Cohesion);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteMove(Utf8JsonWriter w, MoveOption move)
    {
        w.WriteStartObject();
        String(w, "target", move.Target);
        w.WriteNumber("cutChange", move.CutChange);
        w.WriteBoolean("feasible", move.Feasible);
        w.WriteStartArray("obstacles");
        foreach (var o in move.Obstacles)
        {
            w.WriteStartObject();
            w.WriteString("code", o.Code);
            w.WriteString("message", o.Message);
            OptionalString(w, "package", o.Package);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void OptionalString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static JsonElement Build(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
