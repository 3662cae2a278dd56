using System.Text;
using System.Text.Json;
using Ontwar.Graphs.Algorithms;
using Ontwar.Serialization;

namespace Ontwar.Interpretation.Robustness;

/// <summary>
/// Writes a <see cref="RobustnessReport"/> as JSON: on its own (<see cref="Write(Utf8JsonWriter, RobustnessReport)"/>),
/// or as the <c>robustness</c> section of a plan document together with the DSM order (<see cref="ToJson(PlanDocument, RobustnessReport, DsmOrder?)"/>,
/// the output of <c>ontwar robustness --format json</c>). The fields are documented in <c>docs/json-format.md</c>, section Robustness.
/// </summary>
public static class RobustnessJson
{
    /// <summary>Writes the report as one JSON object.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, RobustnessReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var w = writer;
        w.WriteStartObject();
        w.WriteStartObject("distribution");
        w.WriteString("kind", RobustnessReport.Distribution);
        w.WriteNumber("sigma", report.Noise);
        w.WriteNumber("mu", report.Mu);
        w.WriteNumber("mean", 1);
        w.WriteNumber("seed", report.Seed);
        w.WriteEndObject();

        w.WriteStartObject("samples");
        w.WriteNumber("requested", report.SamplesRequested);
        w.WriteNumber("solved", report.SamplesSolved);
        w.WriteNumber("withoutPlan", report.SamplesWithoutPlan);
        w.WriteNumber("matchingReference", report.SamplesMatchingReference);
        w.WriteEndObject();

        w.WriteNumber("confidenceLevel", report.ConfidenceLevel);
        w.WriteBoolean("rulesIgnored", report.RulesIgnored);
        w.WriteNumber("elapsedMs", Math.Round(report.Elapsed.TotalMilliseconds));
        w.WriteNumber("referenceCutWeight", report.ReferenceCutWeight);
        WriteEstimate(w, "cutWeight", report.CutWeight);
        WriteEstimate(w, "cutWeightUnderOriginalWeights", report.CutWeightUnderOriginalWeights);

        w.WriteStartArray("packages");
        foreach (var p in report.Packages)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            ScenarioWriter.WriteStrings(w, "activities", p.Activities);
            WriteEstimate(w, "stability", p.Stability);
            if (p.PairsTogether is { } pairs)
            {
                WriteEstimate(w, "pairsTogether", pairs);
            }

            w.WriteNumber("samplesIntact", p.SamplesIntact);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteNumber("unstableThreshold", report.UnstableThreshold);
        ScenarioWriter.WriteStrings(w, "unstableActivities", report.UnstableActivities.Select(a => a.Id));
        w.WriteStartArray("activities");
        foreach (var a in report.Activities)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            if (a.ReferencePackage is { } package)
            {
                w.WriteString("package", package);
            }

            WriteEstimate(w, "stability", a.Stability);
            if (a.Partner is { } partner)
            {
                w.WriteString("partner", partner);
                w.WriteNumber("partnerFrequency", a.PartnerFrequency);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("pairs");
        foreach (var p in report.Pairs)
        {
            w.WriteStartObject();
            ScenarioWriter.WriteStrings(w, "activities", [p.First, p.Second]);
            w.WriteNumber("cohesion", p.Cohesion);
            w.WriteBoolean("togetherInReference", p.TogetherInReference);
            w.WriteNumber("together", p.Together);
            w.WriteNumber("frequency", p.Frequency);
            w.WriteNumber("lower", p.Lower);
            w.WriteNumber("upper", p.Upper);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (report.Matrix is { } matrix)
        {
            w.WriteStartObject("matrix");
            ScenarioWriter.WriteStrings(w, "activities", matrix.ActivityIds);
            w.WriteStartArray("frequencies");
            for (int i = 0; i < matrix.ActivityIds.Count; i++)
            {
                w.WriteStartArray();
                for (int j = 0; j < matrix.ActivityIds.Count; j++)
                {
                    w.WriteNumberValue(matrix[i, j]);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes a DSM order as <c>{ "packages": [...], "activities": [...], "unplaced": [...], "method": ... }</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="order">The order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, DsmOrder order)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(order);
        writer.WriteStartObject();
        writer.WriteString("method", order.UsedFallback ? "spectral+breadth-first" : "spectral");
        ScenarioWriter.WriteStrings(writer, "packages", order.Packages);
        ScenarioWriter.WriteStrings(writer, "activities", order.Activities);
        ScenarioWriter.WriteStrings(writer, "unplaced", order.Unplaced);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The plan document of the reference plan (contract section 2, as <c>solve --format json</c> writes it) with two
    /// more sections after <c>diagnostics</c>: <c>robustness</c> (the report) and <c>dsmOrder</c> (when given).
    /// The result is still a valid plan file.
    /// </summary>
    /// <param name="document">The plan document of the reference plan.</param>
    /// <param name="report">The robustness report.</param>
    /// <param name="order">The DSM order of the reference plan, or <see langword="null"/>.</param>
    /// <returns>Indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="report"/> is null.</exception>
    public static string ToJson(PlanDocument document, RobustnessReport report, DsmOrder? order)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ScenarioWriter.Options))
        {
            PlanWriter.Write(writer, document, w =>
            {
                w.WritePropertyName("robustness");
                Write(w, report);
                if (order is not null)
                {
                    w.WritePropertyName("dsmOrder");
                    Write(w, order);
                }
            });
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteEstimate(Utf8JsonWriter w, string name, Estimate e)
    {
        w.WriteStartObject(name);
        w.WriteNumber("mean", e.Mean);
        w.WriteNumber("standardDeviation", e.StandardDeviation);
        w.WriteNumber("lower", e.Lower);
        w.WriteNumber("upper", e.Upper);
        w.WriteNumber("min", e.Minimum);
        w.WriteNumber("max", e.Maximum);
        w.WriteNumber("count", e.Count);
        w.WriteEndObject();
    }
}
