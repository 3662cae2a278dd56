using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Ontwar.Cli.Commands;

namespace Ontwar.Cli;

/// <summary>
/// The <c>ontwar</c> command line as a function of its arguments and streams, so it runs in-process (tests, hosts)
/// exactly as the tool does. <c>Program.Main</c> calls it with the console.
/// </summary>
[SuppressMessage("Performance", "CA1515", Justification = "The in-process entry point is public on purpose: tests and hosts call it.")]
public static class CliApp
{
    /// <summary>Runs the command line with text standard input (encoded to UTF-8 as it is read).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Standard output: only the requested result is written here.</param>
    /// <param name="stderr">Standard error: diagnostics and failures.</param>
    /// <param name="stdin">Standard input, read when a file argument is <c>-</c>.</param>
    /// <returns>The exit code: 0 success, 1 unexpected failure, 2 invalid input, 3 infeasible, 4 no plan found in time (docs/cli.md).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, stdout, stderr, () => new TextReaderStream(stdin));
    }

    /// <summary>Runs the command line with binary standard input (bytes are checked for UTF-8 as they are).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Standard output: only the requested result is written here.</param>
    /// <param name="stderr">Standard error: diagnostics and failures.</param>
    /// <param name="stdin">Standard input, read when a file argument is <c>-</c>; it is not closed.</param>
    /// <returns>The exit code: 0 success, 1 unexpected failure, 2 invalid input, 3 infeasible, 4 no plan found in time (docs/cli.md).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream stdin)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, stdout, stderr, () => stdin);
    }

    private static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdin)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        // Only the real console gets live progress and Ctrl+C handling; in-process callers pass their own writers.
        bool terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler? onCancel = null;
        if (ReferenceEquals(stderr, Console.Error))
        {
            onCancel = (_, e) =>
            {
                // The first Ctrl+C stops the solve, which reports its best plan; a second one ends the process.
                if (!cancel.IsCancellationRequested)
                {
                    e.Cancel = true;
                    cancel.Cancel();
                }
            };
            Console.CancelKeyPress += onCancel;
        }

        var context = new CliContext(stdout, stderr, openStdin, terminal, cancel.Token);
        try
        {
            var root = CreateRoot(context);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not HelpExamples)
            {
                // Usage errors are invalid input (exit 2), not the library's default exit 1, which the contract keeps for the unexpected.
                foreach (var error in parse.Errors)
                {
                    context.WriteErrorLine("ontwar: " + error.Message);
                }

                stderr.WriteLine("ontwar: run 'ontwar --help' for usage.");
                return ExitCodes.InvalidInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return context.Unexpected(e, args.Contains("--verbose", StringComparer.Ordinal));
        }
        finally
        {
            if (onCancel is not null)
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
    }

    /// <summary>The root command with every subcommand registered.</summary>
    private static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("Ontwar: untangle care and welfare work into cohesive activity packages (\"Ontwar de bomen (en het bos)\").");
        root.Options.Add(context.VerboseOption);
        root.Options.Add(context.QuietOption);
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(SolveCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(ExportModelCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(RobustnessCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ImportCsvCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        HelpExamples.Install(root);
        return root;
    }
}
