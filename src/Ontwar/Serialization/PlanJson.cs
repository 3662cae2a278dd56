using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Ontwar.Diagnostics;
using Ontwar.Plans;

namespace Ontwar.Serialization;

/// <summary>
/// Reads plan files into a <see cref="Plan"/> and writes the output of a solve (<see cref="PlanDocument"/>,
/// contract section 2). See <c>docs/json-format.md</c>.
/// </summary>
/// <remarks>
/// A plan file has <c>packages[]</c>, each with <c>id</c>, <c>activities</c> and optionally <c>members</c> and
/// <c>scale</c>; the other fields a solve writes are accepted and ignored, so a solve's output is a valid plan file.
/// Reading checks the file's own shape (types, names, unique package identifiers) and reports every problem with its
/// JSON path, with the limits of <see cref="ScenarioReadOptions"/>; whether the plan fits a scenario is for the plan
/// evaluator to say.
/// </remarks>
public static class PlanJson
{
    /// <summary>Reads a plan from UTF-8 JSON.</summary>
    /// <param name="utf8">The bytes of the file.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ScenarioValidationException">The input is not a valid plan file; the exception lists every problem.</exception>
    public static Plan ReadPlan(ReadOnlySpan<byte> utf8, ScenarioReadOptions? options = null)
        => JsonDocumentReader.Read(utf8, options, PlanParser.Parse, out var diagnostics) ?? throw new ScenarioValidationException(diagnostics);

    /// <summary>Reads a plan from a stream of UTF-8 JSON, to its end (but never beyond the size limit).</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ScenarioValidationException">The input is not a valid plan file; the exception lists every problem.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Plan ReadPlan(Stream stream, ScenarioReadOptions? options = null)
        => JsonDocumentReader.Read(stream, options, PlanParser.Parse, out var diagnostics) ?? throw new ScenarioValidationException(diagnostics);

    /// <summary>Reads a plan file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ScenarioValidationException">The file is not a valid plan file; the exception lists every problem.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Plan ReadPlanFile(string path, ScenarioReadOptions? options = null)
        => JsonDocumentReader.ReadFile(path, options, PlanParser.Parse, out var diagnostics) ?? throw new ScenarioValidationException(diagnostics);

    /// <summary>Reads a plan from UTF-8 JSON without throwing on invalid input.</summary>
    /// <param name="utf8">The bytes of the file.</param>
    /// <param name="plan">The plan when the input is valid, otherwise <see langword="null"/>.</param>
    /// <param name="diagnostics">Every problem found; empty when the input is valid.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>Whether the input is a valid plan file.</returns>
    public static bool TryReadPlan(
        ReadOnlySpan<byte> utf8,
        [NotNullWhen(true)] out Plan? plan,
        out IReadOnlyList<Diagnostic> diagnostics,
        ScenarioReadOptions? options = null)
    {
        plan = JsonDocumentReader.Read(utf8, options, PlanParser.Parse, out diagnostics);
        return plan is not null;
    }

    /// <summary>Reads a plan from a stream of UTF-8 JSON without throwing on invalid input.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="plan">The plan when the input is valid, otherwise <see langword="null"/>.</param>
    /// <param name="diagnostics">Every problem found; empty when the input is valid.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>Whether the input is a valid plan file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static bool TryReadPlan(
        Stream stream,
        [NotNullWhen(true)] out Plan? plan,
        out IReadOnlyList<Diagnostic> diagnostics,
        ScenarioReadOptions? options = null)
    {
        plan = JsonDocumentReader.Read(stream, options, PlanParser.Parse, out diagnostics);
        return plan is not null;
    }

    /// <summary>Writes a plan file with just the packages (<c>id</c>, <c>activities</c>, <c>members</c>, <c>scale</c>).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stream">The destination; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void WritePlan(Plan plan, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, ScenarioWriter.Options);
        writer.WriteStartObject();
        writer.WritePropertyName("packages");
        ScenarioWriter.WritePackages(writer, plan);
        writer.WriteEndObject();
    }

    /// <summary>Writes the output of a solve as indented UTF-8 JSON (no byte-order mark), numbers in invariant culture.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">The destination; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(PlanDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, ScenarioWriter.Options);
        PlanWriter.Write(writer, document);
    }

    /// <summary>The output of a solve as indented JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string ToJson(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream();
        Write(document, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes diagnostics as a JSON list of <c>{ severity, code, message, path }</c>, the shape of a plan's <c>diagnostics</c>.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="writer">The destination writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteDiagnostics(IEnumerable<Diagnostic> diagnostics, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(writer);
        PlanWriter.WriteDiagnostics(writer, diagnostics);
    }
}
