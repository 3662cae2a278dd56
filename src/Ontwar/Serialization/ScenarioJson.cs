using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Ontwar.Diagnostics;

namespace Ontwar.Serialization;

/// <summary>
/// Reads and writes scenario files (JSON, UTF-8; contract section 1, described in <c>docs/json-format.md</c>).
/// </summary>
/// <remarks>
/// <para>Reading reports every problem of a file at once, each a <see cref="Diagnostic"/> with a stable code and the
/// JSON path of its place (<c>$.activities[3].idealScale</c>): wrong types, missing or unknown properties, unknown
/// names, numbers out of range, duplicate or unknown identifiers. Malformed JSON, bytes that are not UTF-8 and inputs
/// beyond the limits of <see cref="ScenarioReadOptions"/> give one diagnostic each. Properties whose names start with
/// <c>x-</c> are extensions and are ignored. A UTF-8 byte-order mark is accepted.</para>
/// <para>Writing gives the canonical form: indented, camelCase, English names, defaults omitted. Reading what was
/// written gives an equal scenario.</para>
/// </remarks>
public static class ScenarioJson
{
    /// <summary>Reads a scenario from UTF-8 JSON.</summary>
    /// <param name="utf8">The bytes of the file.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioValidationException">The input is not a valid scenario; the exception lists every problem.</exception>
    public static Scenario Read(ReadOnlySpan<byte> utf8, ScenarioReadOptions? options = null)
        => JsonDocumentReader.Read(utf8, options, ScenarioParser.Parse, out var diagnostics) ?? throw new ScenarioValidationException(diagnostics);

    /// <summary>Reads a scenario from a stream of UTF-8 JSON, to its end (but never beyond the size limit).</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ScenarioValidationException">The input is not a valid scenario; the exception lists every problem.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Scenario Read(Stream stream, ScenarioReadOptions? options = null)
        => JsonDocumentReader.Read(stream, options, ScenarioParser.Parse, out var diagnostics) ?? throw new ScenarioValidationException(diagnostics);

    /// <summary>Reads a scenario file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ScenarioValidationException">The file is not a valid scenario; the exception lists every problem.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Scenario ReadFile(string path, ScenarioReadOptions? options = null)
        => JsonDocumentReader.ReadFile(path, options, ScenarioParser.Parse, out var diagnostics) ?? throw new ScenarioValidationException(diagnostics);

    /// <summary>Reads a scenario from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ScenarioValidationException">The text is not a valid scenario; the exception lists every problem.</exception>
    public static Scenario FromJson(string json, ScenarioReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a scenario from UTF-8 JSON without throwing on invalid input.</summary>
    /// <param name="utf8">The bytes of the file.</param>
    /// <param name="scenario">The scenario when the input is valid, otherwise <see langword="null"/>.</param>
    /// <param name="diagnostics">Every problem found; empty when the input is valid.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>Whether the input is a valid scenario.</returns>
    public static bool TryRead(
        ReadOnlySpan<byte> utf8,
        [NotNullWhen(true)] out Scenario? scenario,
        out IReadOnlyList<Diagnostic> diagnostics,
        ScenarioReadOptions? options = null)
    {
        scenario = JsonDocumentReader.Read(utf8, options, ScenarioParser.Parse, out diagnostics);
        return scenario is not null;
    }

    /// <summary>Reads a scenario from a stream of UTF-8 JSON without throwing on invalid input.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="scenario">The scenario when the input is valid, otherwise <see langword="null"/>.</param>
    /// <param name="diagnostics">Every problem found; empty when the input is valid.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="ScenarioReadOptions.Default"/>.</param>
    /// <returns>Whether the input is a valid scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static bool TryRead(
        Stream stream,
        [NotNullWhen(true)] out Scenario? scenario,
        out IReadOnlyList<Diagnostic> diagnostics,
        ScenarioReadOptions? options = null)
    {
        scenario = JsonDocumentReader.Read(stream, options, ScenarioParser.Parse, out diagnostics);
        return scenario is not null;
    }

    /// <summary>Writes a scenario as indented UTF-8 JSON in canonical form (no byte-order mark).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="stream">The destination; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(Scenario scenario, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, ScenarioWriter.Options);
        ScenarioWriter.Write(writer, scenario);
    }

    /// <summary>The scenario as indented JSON text in canonical form.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static string ToJson(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var buffer = new MemoryStream();
        Write(scenario, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
