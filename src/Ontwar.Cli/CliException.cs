namespace Ontwar.Cli;

/// <summary>
/// A failure the user can fix (missing file, unwritable output, conflicting options): printed as one line on standard
/// error, without a stack trace, and the command exits with <see cref="ExitCode"/>.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : this(ExitCodes.InvalidInput, message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.InvalidInput;

    public CliException()
        : this(ExitCodes.InvalidInput, "The command failed.")
    {
    }

    public CliException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public int ExitCode { get; }
}
