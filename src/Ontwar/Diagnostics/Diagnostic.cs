using Ontwar.Internal;

namespace Ontwar.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information that explains a result.</summary>
    Info = 0,

    /// <summary>Something worth attention that does not invalidate the result.</summary>
    Warning = 1,

    /// <summary>An invalid input or a violated hard constraint.</summary>
    Error = 2,
}

/// <summary>
/// One finding about a scenario or plan: what is wrong or notable, in domain words, and where (a JSON path such as
/// <c>$.activities[3].idealScale</c>, when it has a place in a file).
/// </summary>
public sealed class Diagnostic : IEquatable<Diagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">A stable, kebab-case code, for example <c>unknown-activity</c>; programs match on it.</param>
    /// <param name="message">What is wrong and what was expected, for people.</param>
    /// <param name="path">The JSON path of the place it concerns, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank.</exception>
    public Diagnostic(DiagnosticSeverity severity, string code, string message, string? path = null)
    {
        Severity = Preconditions.CheckDefined(severity);
        Code = Preconditions.CheckId(code);
        Message = Preconditions.CheckId(message);
        Path = path;
    }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>A stable code.</summary>
    public string Code { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>The JSON path it concerns, or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>Creates an error diagnostic.</summary>
    /// <param name="code">The code.</param>
    /// <param name="message">The message.</param>
    /// <param name="path">The JSON path, or <see langword="null"/>.</param>
    /// <returns>The diagnostic.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank.</exception>
    public static Diagnostic Error(string code, string message, string? path = null) => new(DiagnosticSeverity.Error, code, message, path);

    /// <summary>Creates a warning diagnostic.</summary>
    /// <param name="code">The code.</param>
    /// <param name="message">The message.</param>
    /// <param name="path">The JSON path, or <see langword="null"/>.</param>
    /// <returns>The diagnostic.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank.</exception>
    public static Diagnostic Warning(string code, string message, string? path = null) => new(DiagnosticSeverity.Warning, code, message, path);

    /// <summary>Creates an informational diagnostic.</summary>
    /// <param name="code">The code.</param>
    /// <param name="message">The message.</param>
    /// <param name="path">The JSON path, or <see langword="null"/>.</param>
    /// <returns>The diagnostic.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank.</exception>
    public static Diagnostic Info(string code, string message, string? path = null) => new(DiagnosticSeverity.Info, code, message, path);

    /// <inheritdoc/>
    public bool Equals(Diagnostic? other)
        => other is not null && Severity == other.Severity && Code == other.Code && Message == other.Message && Path == other.Path;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Diagnostic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Severity, Code, Message, Path);

    /// <summary>Formats as <c>path: message [code]</c>, the form the command line prints.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var level = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return Path is null ? $"{level} {Code}: {Message}" : $"{level} {Code} at {Path}: {Message}";
    }
}
