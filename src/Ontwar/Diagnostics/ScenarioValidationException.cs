namespace Ontwar.Diagnostics;

/// <summary>
/// Thrown when a scenario (from a file, a builder or constructors) is invalid. Carries every problem found,
/// not only the first.
/// </summary>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public ScenarioValidationException(IEnumerable<Diagnostic> diagnostics)
        : this(Materialise(diagnostics))
    {
    }

    /// <summary>Creates the exception with no diagnostics; prefer the constructor that takes them.</summary>
    public ScenarioValidationException()
        : this(Array.Empty<Diagnostic>())
    {
    }

    /// <summary>Creates the exception with a message only; prefer the constructor that takes diagnostics.</summary>
    /// <param name="message">The message.</param>
    public ScenarioValidationException(string message)
        : base(message) => Diagnostics = Array.Empty<Diagnostic>();

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioValidationException(string message, Exception innerException)
        : base(message, innerException) => Diagnostics = Array.Empty<Diagnostic>();

    private ScenarioValidationException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Summarise(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static IReadOnlyList<Diagnostic> Materialise(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return diagnostics.ToList().AsReadOnly();
    }

    private static string Summarise(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Count switch
    {
        0 => "The scenario is invalid.",
        1 => "The scenario is invalid: " + diagnostics[0],
        _ => $"The scenario has {diagnostics.Count} problems; the first: {diagnostics[0]}",
    };
}
