using Ontwar.Cli;

namespace Ontwar.Tests.Cli;

/// <summary>What one in-process run of the command line gave.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines on standard error.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs <see cref="CliApp.Run(string[], TextWriter, TextWriter, Stream)"/> in-process with captured streams.</summary>
internal static class CliRunner
{
    internal static CliResult Run(params string[] args) => Run(Stream.Null, args);

    internal static CliResult Run(Stream stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr, stdin);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    internal static CliResult RunWithText(string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var reader = new StringReader(stdin);
        int exit = CliApp.Run(args, stdout, stderr, reader);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
