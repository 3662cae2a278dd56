namespace Ontwar.Cbc;

/// <summary>
/// CBC's native library (<c>libCbcSolver.so.3</c>, Debian package <c>coinor-libcbc3</c>) could not be loaded. The
/// message says which names were tried and how to install the library; <see cref="CbcEngine.IsAvailable"/> checks
/// beforehand without throwing.
/// </summary>
public sealed class CbcNotAvailableException : Exception
{
    /// <summary>Creates the exception with a generic message naming the Debian package.</summary>
    public CbcNotAvailableException()
        : base(Native.CbcLibrary.NotAvailableMessage(Native.CbcLibrary.DefaultCandidates))
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    public CbcNotAvailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The loader's error, or <see langword="null"/>.</param>
    public CbcNotAvailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
