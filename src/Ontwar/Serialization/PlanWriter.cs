using System.Text.Json;
using Ontwar.Diagnostics;

namespace Ontwar.Serialization;

/// <summary>Writes a <see cref="PlanDocument"/> with the field names of contract section 2.</summary>
internal static class PlanWriter
{
    /// <summary>Writes the document; <paramref name="extra"/> may add sections (for example <c>robustness</c>) after <c>diagnostics</c>.</summary>
    internal static void Write(Utf8JsonWriter w, PlanDocument d, Action<Utf8JsonWriter>? extra = null)
    {
        w.WriteStartObject();
        w.WriteString("scenario", d.Scenario);
        w.WriteString("status", PlanDocument.NameOf(d.Status));
        w.WriteString("engine", d.Engine);
        WriteOptional(w, "objective", d.Objective);
        WriteOptional(w, "bound", d.Bound);
        WriteOptional(w, "gap", d.Gap);
        w.WriteNumber("elapsedMs", d.ElapsedMs);
        if (d.Metrics is { } m)
        {
            w.WriteStartObject("metrics");
            w.WriteNumber("cutWeight", m.CutWeight);
            w.WriteNumber("internalWeight", m.InternalWeight);
            w.WriteNumber("totalWeight", m.TotalWeight);
            WriteOptional(w, "modularity", m.Modularity);
            w.WriteEndObject();
        }

        w.WriteStartArray("packages");
        foreach (var p in d.Packages)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            ScenarioWriter.WriteStrings(w, "activities", p.Activities);
            ScenarioWriter.WriteStrings(w, "members", p.Members);
            w.WriteString("scale", p.Scale.ToName());
            // Always present (contract section 2 shows it on every package); null when no two activities are linked.
            if (p.Intensity is { } intensity)
            {
                w.WriteString("intensity", intensity.ToName());
            }
            else
            {
                w.WriteNull("intensity");
            }

            if (p.Coordination is { } coordination)
            {
                w.WriteString("coordination", coordination);
            }

            ScenarioWriter.WriteStrings(w, "decisionLevels", p.DecisionLevels);
            ScenarioWriter.WriteStrings(w, "partners", p.Partners);
            ScenarioWriter.WriteStrings(w, "neededMembers", p.NeededMembers);
            ScenarioWriter.WriteStrings(w, "fillingMembers", p.FillingMembers);
            WriteOptional(w, "internalWeight", p.InternalWeight);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("links");
        foreach (var l in d.Links)
        {
            w.WriteStartObject();
            ScenarioWriter.WriteStrings(w, "packages", [l.First, l.Second]);
            w.WriteNumber("weight", l.Weight);
            w.WriteString("intensity", l.Intensity.ToName());
            if (l.Coordination is { } coordination)
            {
                w.WriteString("coordination", coordination);
            }

            w.WriteBoolean("reexamineSplit", l.ReexamineSplit);
            ScenarioWriter.WriteStrings(w, "decisionLevels", l.DecisionLevels);
            ScenarioWriter.WriteStrings(w, "collaborationForms", l.CollaborationForms);
            WriteOptional(w, "strongestPairCohesion", l.StrongestPairCohesion);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WritePropertyName("diagnostics");
        WriteDiagnostics(w, d.Diagnostics);
        if (d.Comparison is { } comparison)
        {
            w.WritePropertyName("comparison");
            comparison.WriteTo(w);
        }

        if (d.Check is { } check)
        {
            w.WritePropertyName("check");
            check.WriteTo(w);
        }

        extra?.Invoke(w);
        w.WriteEndObject();
    }

    /// <summary>A list of diagnostics as <c>[{ severity, code, message, path }]</c>; also used by <c>validate --format json</c>.</summary>
    internal static void WriteDiagnostics(Utf8JsonWriter w, IEnumerable<Diagnostic> diagnostics)
    {
        w.WriteStartArray();
        foreach (var diagnostic in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", SeverityName(diagnostic.Severity));
            w.WriteString("code", diagnostic.Code);
            w.WriteString("message", diagnostic.Message);
            if (diagnostic.Path is { } path)
            {
                w.WriteString("path", path);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static void WriteOptional(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }
}
