using System.Text.Json;
using Ontwar.Diagnostics;

namespace Ontwar.Serialization;

/// <summary>The pipeline shared by the scenario and plan readers: bytes → checked JSON → schema pass → domain object.</summary>
internal static class JsonDocumentReader
{
    internal static T? Read<T>(
        ReadOnlySpan<byte> input,
        ScenarioReadOptions? options,
        Func<JsonElement, JsonReadContext, T?> parse,
        out IReadOnlyList<Diagnostic> diagnostics)
        where T : class
    {
        options ??= ScenarioReadOptions.Default;
        if (!JsonInput.TryPrepare(input, options, out var json, out var problem))
        {
            diagnostics = [problem!];
            return null;
        }

        using var document = JsonInput.Parse(json, options);
        var context = new JsonReadContext(options);
        var result = parse(document.RootElement, context);
        diagnostics = context.Problems();
        return context.HasProblems ? null : result;
    }

    internal static T? Read<T>(
        Stream stream,
        ScenarioReadOptions? options,
        Func<JsonElement, JsonReadContext, T?> parse,
        out IReadOnlyList<Diagnostic> diagnostics)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ScenarioReadOptions.Default;
        var bytes = JsonInput.ReadBounded(stream, options.MaxInputBytes);
        if (bytes is null)
        {
            diagnostics = [JsonInput.TooLarge(options.MaxInputBytes)];
            return null;
        }

        return Read(bytes, options, parse, out diagnostics);
    }

    internal static T? ReadFile<T>(
        string path,
        ScenarioReadOptions? options,
        Func<JsonElement, JsonReadContext, T?> parse,
        out IReadOnlyList<Diagnostic> diagnostics)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, options, parse, out diagnostics);
    }
}
