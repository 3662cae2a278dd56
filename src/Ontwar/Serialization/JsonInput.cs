using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Ontwar.Diagnostics;

namespace Ontwar.Serialization;

/// <summary>
/// The byte-level gate every JSON input passes before it is interpreted: size limit, UTF-8 validity, byte-order mark,
/// well-formed JSON, nesting depth and list length. A failure here is a single diagnostic, since nothing after the
/// first malformed byte can be trusted.
/// </summary>
internal static class JsonInput
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a stream to its end, but never more than one byte past the limit.</summary>
    /// <returns>The bytes, or <see langword="null"/> when the stream is longer than the limit.</returns>
    internal static byte[]? ReadBounded(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            long remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                return null;
            }
        }

        var buffer = new ArrayBufferWriter<byte>(stream.CanSeek ? (int)Math.Max(1, stream.Length - stream.Position) : 64 * 1024);
        while (true)
        {
            var span = buffer.GetSpan(64 * 1024);
            int read = stream.Read(span);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }

    internal static Diagnostic TooLarge(long maxBytes) => Diagnostic.Error(
        DiagnosticCodes.InputTooLarge,
        $"The input is larger than the limit of {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; "
        + "split the scenario or raise ScenarioReadOptions.MaxInputBytes.",
        JsonPaths.Root);

    /// <summary>
    /// Checks everything below the level of meaning. On success <paramref name="json"/> is the input without its
    /// byte-order mark and is guaranteed to parse within the limits.
    /// </summary>
    internal static bool TryPrepare(ReadOnlySpan<byte> input, ScenarioReadOptions options, out ReadOnlySpan<byte> json, out Diagnostic? problem)
    {
        json = default;
        if (input.Length > options.MaxInputBytes)
        {
            problem = TooLarge(options.MaxInputBytes);
            return false;
        }

        if (!Utf8.IsValid(input))
        {
            problem = InvalidUtf8(input);
            return false;
        }

        int bom = input.StartsWith(Bom) ? Bom.Length : 0;
        json = input[bom..];
        problem = Scan(json, bom, options);
        return problem is null;
    }

    internal static JsonReaderOptions ReaderOptions(ScenarioReadOptions options) => new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,

        // One more than the limit, so the scan reports the limit with a path before the reader would throw.
        MaxDepth = options.MaxDepth + 1,
    };

    /// <summary>Parses input that <see cref="TryPrepare"/> accepted.</summary>
    internal static JsonDocument Parse(ReadOnlySpan<byte> json, ScenarioReadOptions options)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions(options));
        return JsonDocument.ParseValue(ref reader);
    }

    private static Diagnostic InvalidUtf8(ReadOnlySpan<byte> input)
    {
        int offset = 0;
        while (offset < input.Length && Rune.DecodeFromUtf8(input[offset..], out _, out int consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        int line = input[..offset].Count((byte)'\n') + 1;
        // Utf8.IsValid said no, so decoding stops before the end (a sequence cut off at the end counts too).
        string what = "the byte 0x" + input[Math.Min(offset, input.Length - 1)].ToString("X2", CultureInfo.InvariantCulture);
        return Diagnostic.Error(
            DiagnosticCodes.InvalidUtf8,
            $"The input is not valid UTF-8: {what} at byte offset {offset.ToString(CultureInfo.InvariantCulture)} "
            + $"(line {line.ToString(CultureInfo.InvariantCulture)}) does not start a valid UTF-8 character; save the file as UTF-8.",
            JsonPaths.Root);
    }

    /// <summary>Walks every token once, tracking the path, to report syntax errors and limits with a place.</summary>
    private static Diagnostic? Scan(ReadOnlySpan<byte> json, int bom, ScenarioReadOptions options)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Diagnostic.Error(DiagnosticCodes.InvalidJson, "The input is empty; expected a JSON object.", JsonPaths.Root);
        }

        var reader = new Utf8JsonReader(json, ReaderOptions(options));
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (CountItem(frames, options) is { } full)
                        {
                            return full;
                        }

                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        if (frames.Count > options.MaxDepth)
                        {
                            return Diagnostic.Error(
                                DiagnosticCodes.TooDeep,
                                $"The JSON nests objects and arrays more than {options.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels deep; "
                                + "a scenario needs only a few levels.",
                                PathOf(frames));
                        }

                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        var top = frames[^1];
                        top.Property = NameOf(ref reader);
                        frames[^1] = top;
                        break;
                    default:
                        if (CountItem(frames, options) is { } tooMany)
                        {
                            return tooMany;
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            return Malformed(json, bom, e, PathOf(frames));
        }

        return null;
    }

    private static Diagnostic? CountItem(List<Frame> frames, ScenarioReadOptions options)
    {
        if (frames.Count == 0 || !frames[^1].IsArray)
        {
            return null;
        }

        var top = frames[^1];
        top.Items++;
        frames[^1] = top;
        if (top.Items > options.MaxItemsPerList)
        {
            return Diagnostic.Error(
                DiagnosticCodes.TooManyItems,
                $"The list has more than {options.MaxItemsPerList.ToString("N0", CultureInfo.InvariantCulture)} items, the limit; "
                + "raise ScenarioReadOptions.MaxItemsPerList if this is intended.",
                PathOf(frames, frames.Count - 1));
        }

        return null;
    }

    private static string NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            // An escape such as \ud800 that is not valid UTF-16; the schema pass reports it, here it only labels a path.
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static Diagnostic Malformed(ReadOnlySpan<byte> json, int bom, JsonException e, string path)
    {
        long line = e.LineNumber ?? 0;
        long byteInLine = e.BytePositionInLine ?? 0;
        long offset = OffsetOf(json, line, byteInLine);
        bool truncated = offset >= json.TrimEnd(" \t\r\n"u8).Length;
        if (line == 0)
        {
            byteInLine += bom;
        }

        string reason = e.Message;
        int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        string where = $"line {(line + 1).ToString(CultureInfo.InvariantCulture)}, byte {(byteInLine + 1).ToString(CultureInfo.InvariantCulture)}";
        string after = path == JsonPaths.Root ? string.Empty : $" (inside {path})";
        return truncated
            ? Diagnostic.Error(
                DiagnosticCodes.TruncatedJson,
                $"The JSON ends too early at {where}{after}: an object, array or string is not closed; the file may be cut off. {reason}",
                path)
            : Diagnostic.Error(DiagnosticCodes.InvalidJson, $"The JSON is malformed at {where}{after}: {reason}", path);
    }

    private static long OffsetOf(ReadOnlySpan<byte> json, long line, long byteInLine)
    {
        long offset = 0;
        for (long l = 0; l < line; l++)
        {
            int next = json[(int)offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return json.Length;
            }

            offset += next + 1;
        }

        return Math.Min(json.Length, offset + byteInLine);
    }

    /// <summary>The path of the current position: inside every open container, at its current item or property.</summary>
    private static string PathOf(List<Frame> frames) => PathOf(frames, frames.Count);

    /// <summary>The path through the positions of the first <paramref name="count"/> open containers.</summary>
    private static string PathOf(List<Frame> frames, int count)
    {
        var path = JsonPaths.Root;
        for (int i = 0; i < count; i++)
        {
            var f = frames[i];
            if (f.IsArray && f.Items > 0)
            {
                path = JsonPaths.Index(path, f.Items - 1);
            }
            else if (!f.IsArray && f.Property is { } name)
            {
                path = JsonPaths.Property(path, name);
            }
            else
            {
                break;
            }
        }

        return path;
    }

    /// <summary>One open object or array: how many items it has so far, or which property it is at.</summary>
    private struct Frame(bool isArray)
    {
        public bool IsArray = isArray;
        public int Items;
        public string? Property;
    }
}
