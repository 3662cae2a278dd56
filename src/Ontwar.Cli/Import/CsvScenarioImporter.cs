using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Ontwar.Diagnostics;

namespace Ontwar.Cli.Import;

/// <summary>One CSV input: its name for messages and its text.</summary>
/// <param name="Name">The file name, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Text">The file's text.</param>
internal sealed record CsvSource(string Name, string Text);

/// <summary>What an import gave: the scenario when every row is valid, otherwise the errors; warnings either way.</summary>
/// <param name="Scenario">The scenario, or <see langword="null"/> when there are errors.</param>
/// <param name="Errors">Every problem, each naming file, row and column.</param>
/// <param name="Warnings">Columns that were ignored, and similar.</param>
internal sealed record CsvImportResult(Scenario? Scenario, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads a scenario from the spreadsheets coordinators keep: activities, dependencies, members and (optionally) rules,
/// one CSV file each, with a header row. The separator is <c>;</c> or <c>,</c>, whichever the header line has more of
/// (a spreadsheet in a Dutch or Belgian locale writes <c>;</c> and decimal commas); numbers take a decimal comma in
/// <c>;</c> files and a decimal point in both. Header names are English with Dutch aliases, matched without case,
/// spaces, hyphens or underscores (docs/cli.md lists them). Lists inside a cell are separated by <c>|</c>. Every
/// problem is reported with its file, row (line number) and column; the scenario is then checked by the library's
/// validator, whose findings are mapped back to file and row too.
/// </summary>
internal static partial class CsvScenarioImporter
{
    private const string Activities = "activities";
    private const string Dependencies = "dependencies";
    private const string Members = "members";
    private const string Rules = "rules";

    /// <summary>The columns of each file: canonical name, then its aliases (already normalised).</summary>
    private static readonly Dictionary<string, Dictionary<string, string[]>> Columns = new(StringComparer.Ordinal)
    {
        [Activities] = new(StringComparer.Ordinal)
        {
            ["id"] = ["id", "activityid", "activiteitid", "code"],
            ["name"] = ["name", "naam", "activity", "activiteit"],
            ["requires"] = ["requires", "capabilities", "vereist", "capaciteiten", "nodigecapaciteiten"],
            ["idealScale"] = ["idealscale", "idealeschaal", "scale", "schaal", "werkingsgebied"],
            ["complexity"] = ["complexity", "complexiteit"],
            ["stability"] = ["stability", "stabiliteit"],
            ["workload"] = ["workload", "hours", "werklast", "uren"],
            ["function"] = ["function", "functie"],
            ["currentPackage"] = ["currentpackage", "huidigpakket", "today", "vandaag"],
        },
        [Dependencies] = new(StringComparer.Ordinal)
        {
            ["from"] = ["from", "van"],
            ["to"] = ["to", "naar"],
            ["intensity"] = ["intensity", "intensiteit", "samenwerkingsintensiteit"],
            ["weight"] = ["weight", "gewicht", "samenhang"],
        },
        [Members] = new(StringComparer.Ordinal)
        {
            ["id"] = ["id", "memberid", "lidid", "code"],
            ["name"] = ["name", "naam"],
            ["partner"] = ["partner", "organisation", "organization", "organisatie"],
            ["capabilities"] = ["capabilities", "capaciteiten"],
            ["scale"] = ["scale", "schaal", "werkingsgebied"],
            ["hours"] = ["hours", "uren"],
            ["maxTeams"] = ["maxteams", "teams"],
            ["informal"] = ["informal", "informeel"],
        },
        [Rules] = new(StringComparer.Ordinal)
        {
            ["kind"] = ["kind", "soort", "regel", "rule"],
            ["activities"] = ["activities", "activiteiten"],
            ["activity"] = ["activity", "activiteit"],
            ["member"] = ["member", "lid"],
            ["scale"] = ["scale", "schaal", "werkingsgebied"],
            ["reason"] = ["reason", "reden"],
        },
    };

    private static readonly string[] TrueWords = ["true", "yes", "ja", "1", "x", "waar"];
    private static readonly string[] FalseWords = ["false", "no", "nee", "0", "onwaar"];

    /// <summary>Imports the four files; <paramref name="rules"/> may be absent.</summary>
    internal static CsvImportResult Import(CsvSource activities, CsvSource dependencies, CsvSource members, CsvSource? rules, string name, TeamSizeLimits teamSize)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var aTable = Table.Read(activities, Activities, errors, warnings);
        var dTable = Table.Read(dependencies, Dependencies, errors, warnings);
        var mTable = Table.Read(members, Members, errors, warnings);
        var rTable = rules is null ? null : Table.Read(rules, Rules, errors, warnings);

        var activityList = new List<Activity>();
        var activityRows = new List<int>();
        if (aTable is not null && aTable.Require(errors, "id", "name", "idealScale"))
        {
            foreach (var row in aTable.Rows)
            {
                var scale = row.Scale("idealScale", errors);
                var complexity = Complexity.Complex;
                if (row.Text("complexity") is { } c)
                {
                    if (!TryComplexity(c, out complexity))
                    {
                        row.Error("complexity", $"unknown complexity '{c}'; expected simple or complex (eenvoudig, complex).", errors);
                    }
                }

                var stability = Stability.Changing;
                if (row.Text("stability") is { } st && !TryStability(st, out stability))
                {
                    row.Error("stability", $"unknown stability '{st}'; expected stable or changing (stabiel, veranderlijk).", errors);
                }

                var workload = row.Number("workload", errors, positive: true);
                if (row.Text("id") is { } id && row.Text("name") is { } label && scale is { } s)
                {
                    row.Build(errors, "id", () =>
                    {
                        activityList.Add(new Activity(id, label, s, row.List("requires"), complexity, workload, row.Text("function"), row.Text("currentPackage"), stability));
                        activityRows.Add(row.Line);
                    });
                }
                else
                {
                    row.Missing(errors, "id", "name");
                }
            }
        }

        var dependencyList = new List<Dependency>();
        var dependencyRows = new List<int>();
        if (dTable is not null && dTable.Require(errors, "from", "to"))
        {
            if (!dTable.Has("intensity") && !dTable.Has("weight"))
            {
                errors.Add($"{dTable.File}: row 1: needs a column 'intensity' or 'weight' (intensiteit, gewicht).");
            }
            else
            {
                foreach (var row in dTable.Rows)
                {
                    var from = row.Text("from");
                    var to = row.Text("to");
                    var intensityText = row.Text("intensity");
                    var weight = row.Number("weight", errors, positive: true);
                    Intensity? intensity = null;
                    if (intensityText is not null)
                    {
                        if (TryIntensity(intensityText, out var i))
                        {
                            intensity = i;
                        }
                        else
                        {
                            row.Error("intensity", $"unknown intensity '{intensityText}'; expected one of {string.Join(", ", DomainNames.IntensityNames)} (or the Dutch terms doorverwijzen, info delen, afstemmen, samen uitvoeren).", errors);
                            continue;
                        }
                    }

                    if (from is null || to is null)
                    {
                        row.Missing(errors, "from", "to");
                        continue;
                    }

                    if ((intensity is null) == (weight is null))
                    {
                        row.Error(intensity is null ? "intensity" : "weight", "give exactly one of intensity or weight.", errors);
                        continue;
                    }

                    row.Build(errors, "from", () =>
                    {
                        dependencyList.Add(intensity is { } x ? new Dependency(from, to, x) : new Dependency(from, to, weight!.Value));
                        dependencyRows.Add(row.Line);
                    });
                }
            }
        }

        var memberList = new List<Member>();
        var memberRows = new List<int>();
        if (mTable is not null && mTable.Require(errors, "id", "scale"))
        {
            foreach (var row in mTable.Rows)
            {
                var scale = row.Scale("scale", errors);
                var hours = row.Number("hours", errors, positive: true);
                int maxTeams = 1;
                if (row.Text("maxTeams") is { } mt && (!int.TryParse(mt, NumberStyles.None, CultureInfo.InvariantCulture, out maxTeams) || maxTeams < 1))
                {
                    row.Error("maxTeams", $"'{mt}' is not a whole number of at least 1.", errors);
                    maxTeams = 1;
                }

                bool informal = false;
                if (row.Text("informal") is { } inf)
                {
                    var word = inf.ToLowerInvariant();
                    if (TrueWords.Contains(word))
                    {
                        informal = true;
                    }
                    else if (!FalseWords.Contains(word))
                    {
                        row.Error("informal", $"'{inf}' is not yes or no (true/false, ja/nee, 1/0).", errors);
                    }
                }

                if (row.Text("id") is { } id && scale is { } s)
                {
                    row.Build(errors, "id", () =>
                    {
                        memberList.Add(new Member(id, s, row.List("capabilities"), row.Text("name"), row.Text("partner"), hours, maxTeams, informal));
                        memberRows.Add(row.Line);
                    });
                }
                else
                {
                    row.Missing(errors, "id");
                }
            }
        }

        var ruleList = new List<Rule>();
        var ruleRows = new List<int>();
        if (rTable is not null && rTable.Require(errors, "kind"))
        {
            foreach (var row in rTable.Rows)
            {
                ReadRule(row, errors, ruleList, ruleRows);
            }
        }

        if (errors.Count > 0)
        {
            return new CsvImportResult(null, errors, warnings);
        }

        try
        {
            var scenario = new Scenario(name, activityList, dependencyList, memberList, ruleList, teamSize);
            return new CsvImportResult(scenario, [], warnings);
        }
        catch (ScenarioValidationException e)
        {
            var files = new Dictionary<string, (Table? Table, List<int> Rows)>(StringComparer.Ordinal)
            {
                [Activities] = (aTable, activityRows),
                [Dependencies] = (dTable, dependencyRows),
                [Members] = (mTable, memberRows),
                [Rules] = (rTable, ruleRows),
            };
            foreach (var d in e.Diagnostics)
            {
                errors.Add(Locate(d, files));
            }

            return new CsvImportResult(null, errors, warnings);
        }
    }

    private static void ReadRule(Row row, List<string> errors, List<Rule> rules, List<int> rows)
    {
        var kind = row.Text("kind");
        var reason = row.Text("reason");
        if (kind is null)
        {
            row.Missing(errors, "kind");
            return;
        }

        Rule? rule = null;
        switch (kind)
        {
            case "together" or "apart":
                var list = row.List("activities");
                if (list.Count < 2)
                {
                    row.Error("activities", $"a {kind} rule needs at least two activities, separated by |.", errors);
                    return;
                }

                row.Build(errors, "activities", () => rule = kind == "together" ? new TogetherRule(list, reason) : new ApartRule(list, reason));
                break;
            case "fixedScale":
                var activity = row.Text("activity");
                var scale = row.Scale("scale", errors);
                if (activity is null || scale is null)
                {
                    row.Missing(errors, "activity", "scale");
                    return;
                }

                row.Build(errors, "activity", () => rule = new FixedScaleRule(activity, scale.Value, reason));
                break;
            case "memberRequired" or "memberExcluded":
                var member = row.Text("member");
                var target = row.Text("activity");
                if (member is null || target is null)
                {
                    row.Missing(errors, "member", "activity");
                    return;
                }

                row.Build(errors, "member", () => rule = kind == "memberRequired" ? new MemberRequiredRule(member, target, reason) : new MemberExcludedRule(member, target, reason));
                break;
            default:
                row.Error("kind", $"unknown rule kind '{kind}'; expected together, apart, fixedScale, memberRequired or memberExcluded.", errors);
                return;
        }

        if (rule is not null)
        {
            rules.Add(rule);
            rows.Add(row.Line);
        }
    }

    /// <summary>Maps a validator finding (<c>$.activities[3].requires</c>) back to its file, row and column.</summary>
    private static string Locate(Diagnostic d, Dictionary<string, (Table? Table, List<int> Rows)> files)
    {
        var match = d.Path is null ? null : PathPattern().Match(d.Path);
        if (match is { Success: true } && files.TryGetValue(match.Groups[1].Value, out var file) && file.Table is { } table
            && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < file.Rows.Count)
        {
            var column = match.Groups[3].Success ? table.HeaderOf(match.Groups[3].Value) : null;
            return $"{table.File}: row {file.Rows[index].ToString(CultureInfo.InvariantCulture)}"
                + (column is null ? string.Empty : $", column '{column}'") + $": {d.Message} [{d.Code}]";
        }

        return $"{d.Path ?? "scenario"}: {d.Message} [{d.Code}]";
    }

    private static bool TryStability(string text, out Stability stability)
    {
        var n = Normalise(text);
        stability = n is "stable" or "stabiel" ? Stability.Stable : Stability.Changing;
        return n is "stable" or "stabiel" or "changing" or "veranderlijk";
    }

    private static bool TryComplexity(string text, out Complexity complexity)
    {
        var n = Normalise(text);
        if (n is "simple" or "eenvoudig" or "eenvoudigenstabiel")
        {
            complexity = Complexity.Simple;
            return true;
        }

        complexity = Complexity.Complex;
        return n is "complex" or "complexenveranderlijk" or "veranderlijk";
    }

    /// <summary>A scale by its file name, Dutch alias, or the seed's words (<c>geleefde buurt</c>, <c>gemeente/stad + rand</c>), without case.</summary>
    internal static bool TryScale(string text, out Scale scale)
    {
        if (DomainNames.TryParseScale(text, out scale))
        {
            return true;
        }

        var n = Normalise(text);
        foreach (var s in Enum.GetValues<Scale>())
        {
            if (n == Normalise(s.ToName()) || n == Normalise(s.ToDutch()) || (DomainNames.TryParseScale(text.Trim(), out var t) && t == s))
            {
                scale = s;
                return true;
            }
        }

        foreach (var alias in new[] { "geleefdeBuurt", "geografischeBuurt", "gemeente", "lokaleRegio", "bovenlokaleRegio" })
        {
            if (n == Normalise(alias) && DomainNames.TryParseScale(alias, out scale))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An intensity by its file name, Dutch alias, or the seed's words (<c>info delen</c>), without case.</summary>
    internal static bool TryIntensity(string text, out Intensity intensity)
    {
        if (DomainNames.TryParseIntensity(text, out intensity))
        {
            return true;
        }

        var n = Normalise(text);
        foreach (var i in Enum.GetValues<Intensity>())
        {
            if (n == Normalise(i.ToName()) || n == Normalise(i.ToDutch()))
            {
                intensity = i;
                return true;
            }
        }

        foreach (var alias in new[] { "doorverwijzen", "infoDelen", "afstemmen", "samenUitvoeren" })
        {
            if (n == Normalise(alias) && DomainNames.TryParseIntensity(alias, out intensity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, letters and digits only: how header names and names of values are compared.</summary>
    internal static string Normalise(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }

        return b.ToString();
    }

    [GeneratedRegex(@"^\$\.(activities|dependencies|members|rules)\[(\d+)\](?:\.([A-Za-z]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();

    /// <summary>One CSV file read whole: its header, the column of each known name and its data rows.</summary>
    private sealed class Table
    {
        private readonly Dictionary<string, int> _columns;

        private Table(string file, string kind, char separator, string[] headers, Dictionary<string, int> columns, List<Row> rows)
        {
            File = file;
            Kind = kind;
            Separator = separator;
            Headers = headers;
            _columns = columns;
            Rows = rows;
        }

        internal string File { get; }

        internal string Kind { get; }

        internal char Separator { get; }

        internal string[] Headers { get; }

        internal List<Row> Rows { get; }

        /// <summary>The most formula-like cells warned about one by one per file; the rest are counted.</summary>
        private const int MaxFormulaWarnings = 20;

        internal static Table? Read(CsvSource source, string kind, List<string> errors, List<string> warnings)
        {
            var text = source.Text.TrimStart('\uFEFF');
            var firstLine = text.Split('\n', 2)[0];
            if (firstLine.Trim().Length == 0)
            {
                errors.Add($"{source.Name}: row 1: the file is empty; expected a header row with the column names.");
                return null;
            }

            // The header says which separator the spreadsheet used: count both outside quotes.
            char separator = Count(firstLine, ';') > Count(firstLine, ',') ? ';' : ',';
            var options = CsvReaderOptions.Default with
            {
                Separator = separator,
                HasHeader = true,
                TrimWhitespace = true,
                TrackLineNumbers = true,
                SkipEmptyLines = true,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                MissingField = CsvMissingFieldHandling.ReturnEmpty,
                MalformedData = CsvMalformedDataHandling.Throw,
            };
            try
            {
                using var reader = CsvReader.FromText(text, options);
                reader.ReadHeader();
                var headers = reader.Headers.ToArray();
                var known = Columns[kind];
                var columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int c = 0; c < headers.Length; c++)
                {
                    var n = Normalise(headers[c]);
                    var canonical = known.FirstOrDefault(k => k.Value.Contains(n)).Key;
                    if (canonical is null)
                    {
                        warnings.Add($"{source.Name}: row 1, column '{headers[c]}': not a known column of the {kind} file; ignored. Known: {string.Join(", ", known.Keys)}.");
                    }
                    else if (!columns.TryAdd(canonical, c))
                    {
                        errors.Add($"{source.Name}: row 1, column '{headers[c]}': a second column for '{canonical}' (the first is '{headers[columns[canonical]]}').");
                    }
                }

                var rows = new List<Row>();
                var table = new Table(source.Name, kind, separator, headers, columns, rows);
                int formulas = 0;
                while (reader.Read())
                {
                    var fields = new string[headers.Length];
                    for (int c = 0; c < fields.Length; c++)
                    {
                        fields[c] = reader.GetString(c) ?? string.Empty;
                        if (Reports.CsvCells.IsFormulaLike(fields[c]) && formulas++ < MaxFormulaWarnings)
                        {
                            warnings.Add($"{source.Name}: row {reader.LineNumber.ToString(CultureInfo.InvariantCulture)}, column '{headers[c]}': "
                                + $"the cell starts with '{Visible(fields[c][0])}', which a spreadsheet runs as a formula (CSV injection); "
                                + "it is read as plain text here, but check where the file came from.");
                        }
                    }

                    if (fields.All(f => f.Length == 0))
                    {
                        continue;
                    }

                    rows.Add(new Row(table, (int)reader.LineNumber, fields));
                }

                if (formulas > MaxFormulaWarnings)
                {
                    warnings.Add($"{source.Name}: ... and {(formulas - MaxFormulaWarnings).ToString(CultureInfo.InvariantCulture)} more cells that start like a formula.");
                }

                return table;
            }
            catch (Exception e) when (e is CsvFormatException or FormatException or InvalidDataException)
            {
                errors.Add($"{source.Name}: {e.Message}");
                return null;
            }
        }

        internal bool Has(string column) => _columns.ContainsKey(column);

        // A tab or carriage return would not show in a message; name it.
        private static string Visible(char c) => c switch { '\t' => "\\t", '\r' => "\\r", _ => c.ToString() };

        internal int? IndexOf(string column) => _columns.TryGetValue(column, out int i) ? i : null;

        /// <summary>The header as the file spells it, for a canonical column name (or the name itself when absent).</summary>
        internal string HeaderOf(string column) => _columns.TryGetValue(column, out int i) ? Headers[i] : column;

        internal bool Require(List<string> errors, params string[] columns)
        {
            var missing = columns.Where(c => !Has(c)).ToList();
            foreach (var c in missing)
            {
                var aliases = Columns[Kind][c].Skip(1).ToList();
                errors.Add($"{File}: row 1: no column '{c}'" + (aliases.Count == 0 ? "." : $" (or {string.Join(", ", aliases)})."));
            }

            return missing.Count == 0;
        }

        private static int Count(string line, char c)
        {
            int n = 0;
            bool quoted = false;
            foreach (char x in line)
            {
                if (x == '"')
                {
                    quoted = !quoted;
                }
                else if (x == c && !quoted)
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>One data row of a table, with helpers that read a column and report a problem at this row.</summary>
    private sealed class Row
    {
        private readonly Table _table;
        private readonly string[] _fields;

        internal Row(Table table, int line, string[] fields)
        {
            _table = table;
            Line = line;
            _fields = fields;
        }

        /// <summary>The line number in the file (the header is line 1).</summary>
        internal int Line { get; }

        /// <summary>A column's text, trimmed, or <see langword="null"/> when the column is absent or the cell empty.</summary>
        internal string? Text(string column)
            => _table.IndexOf(column) is { } i && i < _fields.Length && _fields[i].Trim() is { Length: > 0 } t ? t : null;

        /// <summary>A <c>|</c>-separated list.</summary>
        internal List<string> List(string column)
            => Text(column) is { } t ? [.. t.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

        internal Scale? Scale(string column, List<string> errors)
        {
            if (Text(column) is not { } t)
            {
                return null;
            }

            if (TryScale(t, out var scale))
            {
                return scale;
            }

            Error(column, $"unknown scale '{t}'; expected one of {string.Join(", ", DomainNames.ScaleNames)} (or the Dutch geleefde buurt, geografische buurt, gemeente, lokale regio, bovenlokale regio).", errors);
            return null;
        }

        /// <summary>A number: a decimal point anywhere, a decimal comma in <c>;</c>-separated files.</summary>
        internal double? Number(string column, List<string> errors, bool positive)
        {
            if (Text(column) is not { } t)
            {
                return null;
            }

            var s = t;
            if (_table.Separator == ';' && s.Contains(',', StringComparison.Ordinal) && !s.Contains('.', StringComparison.Ordinal))
            {
                s = s.Replace(',', '.');
            }

            if (!double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                var hint = _table.Separator == ',' && t.Contains(',', StringComparison.Ordinal) ? " (comma-separated files take a decimal point: 4.5)" : string.Empty;
                Error(column, $"'{t}' is not a number{hint}.", errors);
                return null;
            }

            if (positive && value <= 0)
            {
                Error(column, $"{t} must be greater than 0.", errors);
                return null;
            }

            return value;
        }

        internal void Error(string column, string message, List<string> errors)
            => errors.Add($"{_table.File}: row {Line.ToString(CultureInfo.InvariantCulture)}, column '{_table.HeaderOf(column)}': {message}");

        internal void Missing(List<string> errors, params string[] columns)
        {
            foreach (var c in columns.Where(c => Text(c) is null))
            {
                Error(c, "this cell is required but empty.", errors);
            }
        }

        /// <summary>Runs a constructor; its argument check (a blank id, a self-loop) becomes an error at this row.</summary>
        internal void Build(List<string> errors, string column, Action build)
        {
            try
            {
                build();
            }
            catch (ArgumentException e)
            {
                Error(column, e.Message, errors);
            }
        }
    }
}
