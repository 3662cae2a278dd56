using System.CommandLine;
using Ontwar.Diagnostics;
using Ontwar.Plans;
using Ontwar.Serialization;

namespace Ontwar.Cli;

/// <summary>
/// What every command shares for one run: the standard streams, the global options, reading inputs (a file or
/// <c>-</c> for standard input), reporting diagnostics, writing results (to standard output or atomically to a file)
/// and the error handling that maps failures to the exit codes of docs/cli.md.
/// </summary>
internal sealed class CliContext
{
    /// <summary>How standard input is named in messages.</summary>
    internal const string StdinName = "<stdin>";

    private readonly Func<Stream> _openStdin;

    internal CliContext(TextWriter output, TextWriter error, Func<Stream> openStdin, bool errorIsTerminal = false, CancellationToken cancellation = default)
    {
        Output = output;
        Error = error;
        _openStdin = openStdin;
        ErrorIsTerminal = errorIsTerminal;
        Cancellation = cancellation;
    }

    /// <summary>Whether standard error is the process's console and not redirected: only then is live progress shown.</summary>
    internal bool ErrorIsTerminal { get; }

    /// <summary>Cancelled by Ctrl+C when running as the tool: a solve stops and reports its best plan.</summary>
    internal CancellationToken Cancellation { get; }

    /// <summary>The global <c>--quiet</c> option: no progress display.</summary>
    internal Option<bool> QuietOption { get; } = new("--quiet", "-q")
    {
        Description = "Show no progress display on standard error (it is shown only on a terminal, for solves longer than a second).",
        Recursive = true,
    };

    /// <summary>Standard output: only the requested result goes here.</summary>
    internal TextWriter Output { get; }

    /// <summary>Standard error: diagnostics and failures.</summary>
    internal TextWriter Error { get; }

    /// <summary>The global <c>--verbose</c> option: stack traces for unexpected failures.</summary>
    internal Option<bool> VerboseOption { get; } = new("--verbose")
    {
        Description = "On an unexpected failure, print the full exception with its stack trace.",
        Recursive = true,
    };

    /// <summary>Limits for reading inputs.</summary>
    internal ScenarioReadOptions ReadOptions { get; } = ScenarioReadOptions.Default;

    /// <summary>Opens standard input (for inputs read whole, such as CSV files).</summary>
    internal Stream OpenStdin() => _openStdin();

    /// <summary>How a file argument is named in messages.</summary>
    internal static string DisplayName(string file) => file == "-" ? StdinName : file;

    /// <summary>
    /// Runs a command's body with the shared error handling: a <see cref="CliException"/> becomes one line and its exit
    /// code; anything else is unexpected (exit 1), with the stack trace only under <c>--verbose</c>.
    /// </summary>
    internal int Execute(ParseResult parse, Func<ParseResult, int> body)
    {
        bool verbose = parse.GetValue(VerboseOption);
        try
        {
            return body(parse);
        }
        catch (CliException e)
        {
            WriteErrorLine("ontwar: " + e.Message);
            if (verbose && e.InnerException is { } inner)
            {
                Error.WriteLine(inner);
            }

            return e.ExitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Unexpected(e, verbose);
        }
    }

    /// <summary>
    /// Writes one line to standard error with every control, bidirectional and invisible character escaped: messages
    /// quote file names and input values, which must not drive the terminal or add lines.
    /// </summary>
    internal void WriteErrorLine(string line) => Error.WriteLine(TerminalText.Escape(line));

    /// <summary>Reports an unexpected failure: one clear line, or the whole exception with <c>--verbose</c>.</summary>
    internal int Unexpected(Exception e, bool verbose)
    {
        WriteErrorLine($"ontwar: unexpected error: {e.Message} ({e.GetType().Name})");
        Error.WriteLine(verbose ? e.ToString() : "ontwar: run again with --verbose for the details, and please report it.");
        return ExitCodes.Unexpected;
    }

    /// <summary>Reads a scenario from a file or <c>-</c> (standard input).</summary>
    /// <exception cref="CliException">The file does not exist or cannot be read.</exception>
    internal InputResult<Scenario> ReadScenario(string file)
        => Read(file, stream => (ScenarioJson.TryRead(stream, out var s, out var d, ReadOptions) ? s : null, d));

    /// <summary>Reads a plan file (contract section 2 shape) from a file or <c>-</c> (standard input).</summary>
    /// <exception cref="CliException">The file does not exist or cannot be read.</exception>
    internal InputResult<Plan> ReadPlan(string file)
        => Read(file, stream => (PlanJson.TryReadPlan(stream, out var p, out var d, ReadOptions) ? p : null, d));

    /// <summary>
    /// Reads a scenario and, when <paramref name="planFile"/> is given, a plan, the same way for every command: at most
    /// one of them from standard input, each one's diagnostics reported, the plan read only once the scenario is valid.
    /// </summary>
    /// <param name="file">The scenario file, or <c>-</c>.</param>
    /// <param name="planFile">The plan file, <c>-</c>, or <see langword="null"/> for no plan.</param>
    /// <param name="checkScenario">
    /// The command's own check of the valid scenario (its name, the scenario), run before the plan is read so that its
    /// error comes first; it throws <see cref="CliException"/> to reject.
    /// </param>
    /// <returns>Both inputs, valid; <see langword="null"/> when one is invalid (its diagnostics are reported), which means exit <see cref="ExitCodes.InvalidInput"/>.</returns>
    /// <exception cref="CliException">Both come from standard input, a file cannot be read, or <paramref name="checkScenario"/> rejects the scenario.</exception>
    internal ScenarioAndPlan? ReadScenarioAndPlan(string file, string? planFile, Action<string, Scenario>? checkScenario = null)
    {
        if (file == "-" && planFile == "-")
        {
            throw new CliException("the scenario and the plan cannot both come from standard input.");
        }

        var input = ReadScenario(file);
        Report(input.Diagnostics);
        if (!input.IsValid)
        {
            return null;
        }

        checkScenario?.Invoke(input.Name, input.Value);
        if (planFile is null)
        {
            return new ScenarioAndPlan(input.Name, input.Value, null, null);
        }

        var planInput = ReadPlan(planFile);
        Report(planInput.Diagnostics);
        return planInput.IsValid ? new ScenarioAndPlan(input.Name, input.Value, planInput.Name, planInput.Value) : null;
    }

    /// <summary>
    /// Writes diagnostics to standard error, one per line: <c>path: message [code]</c>; at most
    /// <see cref="DiagnosticLists.DefaultMaxPerCode"/> of one code, then a line counting the rest.
    /// </summary>
    internal void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in DiagnosticLists.Capped(diagnostics))
        {
            Error.WriteLine(FormatLine(d));
        }
    }

    /// <summary>
    /// The one-line form of a diagnostic: <c>path: message [code]</c>, with the severity unless it is an error. Control,
    /// bidirectional and invisible characters (a rejected value may hold any) are shown as <c>\uXXXX</c> escapes, so
    /// the line can neither drive the terminal nor break in two.
    /// </summary>
    internal static string FormatLine(Diagnostic d)
    {
        var severity = d.Severity switch
        {
            DiagnosticSeverity.Warning => "warning: ",
            DiagnosticSeverity.Info => "info: ",
            _ => string.Empty,
        };
        var where = d.Path is null ? string.Empty : d.Path + ": ";
        return TerminalText.Escape($"{where}{severity}{d.Message} [{d.Code}]");
    }

    /// <summary>
    /// Writes a command's result to standard output, or to <paramref name="outputPath"/> atomically and safely as
    /// <see cref="OutputFile"/> describes (only a regular file is replaced; its mode is kept; links are followed).
    /// </summary>
    /// <exception cref="CliException">The output file cannot be written, or the path names a folder, device or FIFO.</exception>
    internal void WriteResult(string? outputPath, string content)
    {
        if (outputPath is null)
        {
            Output.Write(content);
            Output.Flush();
            return;
        }

        OutputFile.Write(outputPath, content);
    }

    private InputResult<T> Read<T>(string file, Func<Stream, (T? Value, IReadOnlyList<Diagnostic> Diagnostics)> read)
        where T : class
    {
        var name = DisplayName(file);
        try
        {
            if (file == "-")
            {
                var (value, diagnostics) = read(_openStdin());
                return new InputResult<T>(name, value, diagnostics);
            }

            if (Directory.Exists(file))
            {
                throw new CliException($"cannot read '{file}': it is a folder, expected a JSON file.");
            }

            if (!File.Exists(file))
            {
                throw new CliException($"cannot read '{file}': the file does not exist.");
            }

            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var (v, d) = read(stream);
            return new InputResult<T>(name, v, d);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"cannot read '{name}': permission denied.", e);
        }
        catch (IOException e)
        {
            throw new CliException($"cannot read '{name}': {e.Message}", e);
        }
    }
}

/// <summary>A valid scenario and, when one was asked for, a valid plan, each with its name for messages (a file name or <c>&lt;stdin&gt;</c>).</summary>
/// <param name="ScenarioName">The scenario's name for messages.</param>
/// <param name="Scenario">The scenario.</param>
/// <param name="PlanName">The plan's name for messages; <see langword="null"/> without a plan.</param>
/// <param name="Plan">The plan; <see langword="null"/> when no plan file was given.</param>
internal sealed record ScenarioAndPlan(string ScenarioName, Scenario Scenario, string? PlanName, Plan? Plan);

/// <summary>What reading an input gave: its name for messages, the value when valid, and every problem found.</summary>
/// <typeparam name="T">The kind of input.</typeparam>
internal sealed class InputResult<T>
    where T : class
{
    internal InputResult(string name, T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        Name = name;
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The file name, or <c>&lt;stdin&gt;</c>.</summary>
    internal string Name { get; }

    /// <summary>The value, or <see langword="null"/> when the input is invalid.</summary>
    internal T? Value { get; }

    /// <summary>Every problem found; empty when valid.</summary>
    internal IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the input is valid.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    internal bool IsValid => Value is not null;
}
