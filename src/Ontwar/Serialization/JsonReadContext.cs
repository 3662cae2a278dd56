using System.Globalization;
using System.Text.Json;
using Ontwar.Diagnostics;

namespace Ontwar.Serialization;

/// <summary>
/// The schema pass over a parsed document: typed reads that never throw and record one diagnostic per problem,
/// so a file with many errors reports all of them.
/// </summary>
internal sealed class JsonReadContext
{
    private readonly HashSet<string> _placeholderPaths = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _problems = [];
    private readonly int _maxProblems;
    private int _unlisted;

    internal JsonReadContext(ScenarioReadOptions options) => _maxProblems = options.MaxDiagnostics;

    internal bool HasProblems => _problems.Count > 0;

    /// <summary>Whether the problem list is full: further problems are only counted, and hints are not computed.</summary>
    internal bool IsFull => _problems.Count >= _maxProblems;

    internal void Error(string code, string message, string path) => Add(Diagnostic.Error(code, message, path));

    internal void Add(Diagnostic diagnostic)
    {
        if (IsFull)
        {
            _unlisted++;
            return;
        }

        _problems.Add(diagnostic);
    }

    /// <summary>Every problem listed, and a last one counting those past the limit.</summary>
    internal IReadOnlyList<Diagnostic> Problems()
    {
        var list = new List<Diagnostic>(_problems);
        if (_unlisted > 0)
        {
            list.Add(Diagnostic.Error(
                DiagnosticCodes.TooManyProblems,
                $"{_unlisted.ToString(CultureInfo.InvariantCulture)} more problems were found but not listed "
                + $"(the limit is {_maxProblems.ToString(CultureInfo.InvariantCulture)}); fix the ones above first.",
                JsonPaths.Root));
        }

        return list.AsReadOnly();
    }

    /// <summary>
    /// An identifier that stands in for an unreadable one so the domain objects can still be built and cross-checked.
    /// It contains a NUL character, which no sensible file uses, so it never matches a real identifier; whatever the
    /// cross-reference check says about it is a consequence of a problem already reported, and is dropped.
    /// </summary>
    internal string Placeholder(string path)
    {
        _placeholderPaths.Add(path);
        return "\0" + path;
    }

    /// <summary>Whether a cross-reference diagnostic only echoes a placeholder (see <see cref="Placeholder"/>).</summary>
    internal bool IsEcho(Diagnostic d)
    {
        if (d.Message.Contains('\0', StringComparison.Ordinal))
        {
            return true;
        }

        if (d.Path is not { } path)
        {
            return false;
        }

        // The path itself or any ancestor (cut before a '.' or '['): linear in the path, whatever the number of placeholders.
        for (int i = 1; i < path.Length; i++)
        {
            if (path[i] is '.' or '[' && _placeholderPaths.Contains(path[..i]))
            {
                return true;
            }
        }

        return _placeholderPaths.Contains(path);
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    internal void WrongType(JsonElement e, string path, string expected)
    {
        var hint = e.ValueKind == JsonValueKind.Null ? "; leave the property out instead of writing null" : string.Empty;
        Error(DiagnosticCodes.WrongType, $"Expected {expected}, found {Describe(e.ValueKind)}{hint}.", path);
    }

    /// <summary>Opens an object: reports wrong type and duplicate property names.</summary>
    internal JsonObjectView? Object(JsonElement e, string path, string what)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            WrongType(e, path, what);
            return null;
        }

        var view = new JsonObjectView(this, path);
        foreach (var property in e.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                Error(DiagnosticCodes.InvalidString, "A property name contains an escape that is not valid UTF-16 (a lone surrogate such as \\ud800).", path);
                continue;
            }

            view.Add(name, property.Value);
        }

        return view;
    }

    internal bool TryString(JsonElement e, string path, out string value)
    {
        value = string.Empty;
        if (e.ValueKind != JsonValueKind.String)
        {
            WrongType(e, path, "a string");
            return false;
        }

        try
        {
            value = e.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            Error(DiagnosticCodes.InvalidString, "The string contains an escape that is not valid UTF-16 (a lone surrogate such as \\ud800).", path);
            return false;
        }
    }

    /// <summary>A non-blank string: identifiers, names, capabilities.</summary>
    internal bool TryId(JsonElement e, string path, string what, out string value)
    {
        if (!TryString(e, path, out value))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Error(DiagnosticCodes.EmptyValue, $"Expected {what} as a non-empty string, found an empty one.", path);
            return false;
        }

        return true;
    }

    internal bool TryBool(JsonElement e, string path, out bool value)
    {
        value = e.ValueKind == JsonValueKind.True;
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return true;
        }

        WrongType(e, path, "true or false");
        return false;
    }

    /// <summary>A finite number; <paramref name="positive"/> also demands more than zero.</summary>
    internal bool TryNumber(JsonElement e, string path, string what, bool positive, out double value)
    {
        value = 0;
        if (e.ValueKind != JsonValueKind.Number)
        {
            WrongType(e, path, what);
            return false;
        }

        if (!e.TryGetDouble(out value) || !double.IsFinite(value))
        {
            Error(DiagnosticCodes.NotFinite, $"The number {e.GetRawText()} is too large to represent; expected {what}.", path);
            return false;
        }

        if (positive && !(value > 0))
        {
            Error(DiagnosticCodes.NotPositive, $"Expected {what}, found {Format(value)}.", path);
            return false;
        }

        return true;
    }

    /// <summary>A whole number of at least <paramref name="min"/>; <c>2.0</c> counts as whole.</summary>
    internal bool TryInt(JsonElement e, string path, string what, int min, out int value)
    {
        value = 0;
        if (!TryNumber(e, path, what, positive: false, out var number))
        {
            return false;
        }

        if (Math.Floor(number) != number)
        {
            Error(DiagnosticCodes.NotInteger, $"Expected {what}, found {Format(number)}, which is not a whole number.", path);
            return false;
        }

        if (number < min || number > int.MaxValue)
        {
            Error(DiagnosticCodes.OutOfRange, $"Expected {what}, found {Format(number)}.", path);
            return false;
        }

        value = (int)number;
        return true;
    }

    internal bool TryScale(JsonElement e, string path, out Scale scale)
    {
        scale = default;
        if (!TryString(e, path, out var name))
        {
            return false;
        }

        if (DomainNames.TryParseScale(name, out scale))
        {
            return true;
        }

        Error(
            DiagnosticCodes.UnknownScale,
            $"Unknown scale '{name}'{Suggest(name, ScaleAliases)}; expected one of {string.Join(", ", DomainNames.ScaleNames)} "
            + "(or the Dutch geleefdeBuurt, geografischeBuurt, gemeente, lokaleRegio, bovenlokaleRegio).",
            path);
        return false;
    }

    internal bool TryIntensity(JsonElement e, string path, out Intensity intensity)
    {
        intensity = default;
        if (!TryString(e, path, out var name))
        {
            return false;
        }

        if (DomainNames.TryParseIntensity(name, out intensity))
        {
            return true;
        }

        Error(
            DiagnosticCodes.UnknownIntensity,
            $"Unknown intensity '{name}'{Suggest(name, IntensityAliases)}; expected one of {string.Join(", ", DomainNames.IntensityNames)} "
            + "(or the Dutch doorverwijzen, infoDelen, afstemmen, samenUitvoeren).",
            path);
        return false;
    }

    internal bool TryComplexity(JsonElement e, string path, out Complexity complexity)
    {
        complexity = default;
        if (!TryString(e, path, out var name))
        {
            return false;
        }

        if (DomainNames.TryParseComplexity(name, out complexity))
        {
            return true;
        }

        Error(DiagnosticCodes.UnknownComplexity, $"Unknown complexity '{name}'{Suggest(name, ["simple", "complex"])}; expected simple or complex.", path);
        return false;
    }

    /// <summary>
    /// A list of non-blank strings. Entries that are not are reported; with <paramref name="placeholders"/> they are
    /// kept as placeholders so the positions of the others (and their paths) do not shift, otherwise dropped.
    /// </summary>
    internal List<string>? StringList(JsonElement e, string path, string what, bool placeholders)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            WrongType(e, path, $"a list of {what}s");
            return null;
        }

        var list = new List<string>(e.GetArrayLength());
        int i = 0;
        foreach (var item in e.EnumerateArray())
        {
            var itemPath = JsonPaths.Index(path, i++);
            if (TryId(item, itemPath, what, out var value))
            {
                list.Add(value);
            }
            else if (placeholders)
            {
                list.Add(Placeholder(itemPath));
            }
        }

        return list;
    }

    /// <summary>The items of a list, each with its path; reports a value that is not a list.</summary>
    internal IEnumerable<(JsonElement Item, string Path)> Items(JsonElement e, string path, string what)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            WrongType(e, path, what);
            yield break;
        }

        int i = 0;
        foreach (var item in e.EnumerateArray())
        {
            yield return (item, JsonPaths.Index(path, i++));
        }
    }

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A "did you mean" hint: a candidate equal but for case, or at most two edits away.</summary>
    internal string Suggest(string given, IEnumerable<string> candidates)
    {
        if (IsFull)
        {
            return string.Empty;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            int d = string.Equals(c, given, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(given, c);
            if (d < bestDistance)
            {
                (best, bestDistance) = (c, d);
            }
        }

        return best is not null && bestDistance <= Math.Min(2, given.Length / 2) ? $" (did you mean '{best}'?)" : string.Empty;
    }

    private static readonly string[] ScaleAliases =
        [.. DomainNames.ScaleNames, "geleefdeBuurt", "geografischeBuurt", "gemeente", "lokaleRegio", "bovenlokaleRegio"];

    private static readonly string[] IntensityAliases =
        [.. DomainNames.IntensityNames, "doorverwijzen", "infoDelen", "afstemmen", "samenUitvoeren"];

    /// <summary>Levenshtein distance, bounded: long or very different names are not compared (hints are for typos).</summary>
    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64 || Math.Abs(a.Length - b.Length) > 2)
        {
            return int.MaxValue;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}

/// <summary>
/// The properties of one JSON object, with duplicate names reported. <see cref="CheckNames"/> reports the unknown
/// ones; names starting with <c>x-</c> are extensions and always accepted.
/// </summary>
internal sealed class JsonObjectView
{
    private readonly JsonReadContext _context;
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    internal JsonObjectView(JsonReadContext context, string path)
    {
        _context = context;
        Path = path;
    }

    internal string Path { get; }

    internal void Add(string name, JsonElement value)
    {
        if (!_properties.TryAdd(name, value))
        {
            _context.Error(
                DiagnosticCodes.DuplicateProperty,
                $"The property '{name}' appears more than once in this object; give it once.",
                JsonPaths.Property(Path, name));
            return;
        }

        _order.Add(name);
    }

    /// <summary>Reports every property that is neither known nor ignored nor an <c>x-</c> extension.</summary>
    internal void CheckNames(IReadOnlyCollection<string> known, IReadOnlyCollection<string>? ignored = null)
    {
        foreach (var name in _order)
        {
            if (known.Contains(name) || (ignored?.Contains(name) ?? false) || name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            _context.Error(
                DiagnosticCodes.UnknownProperty,
                $"Unknown property '{name}'{_context.Suggest(name, known)}; expected one of {string.Join(", ", known)} "
                + "(names starting with 'x-' are extensions and are ignored).",
                JsonPaths.Property(Path, name));
        }
    }

    internal bool Has(string name) => _properties.ContainsKey(name);

    internal bool TryGet(string name, out JsonElement value, out string path)
    {
        path = JsonPaths.Property(Path, name);
        return _properties.TryGetValue(name, out value);
    }

    internal bool TryGetRequired(string name, string what, out JsonElement value, out string path)
    {
        if (TryGet(name, out value, out path))
        {
            return true;
        }

        _context.Error(DiagnosticCodes.MissingProperty, $"The required property '{name}' is missing; expected {what}.", path);
        return false;
    }
}
