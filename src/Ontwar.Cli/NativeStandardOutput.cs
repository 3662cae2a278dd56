using System.Runtime.InteropServices;

namespace Ontwar.Cli;

/// <summary>
/// Keeps native libraries from writing to the process's standard output while a function runs. HiGHS (through OR-Tools
/// 9.15) prints its banner to file descriptor 1 even with output suppressed, and the command's standard output is its
/// result (a JSON plan, a DOT graph), so that line would corrupt it. On Linux and macOS descriptor 1 points at
/// <c>/dev/null</c> for the call; elsewhere the function simply runs.
/// </summary>
internal static partial class NativeStandardOutput
{
    private const int StandardOutput = 1;
    private const int WriteOnly = 1;

    /// <summary>Runs <paramref name="run"/> with native writes to standard output discarded.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="run">The function.</param>
    /// <returns>Its result.</returns>
    internal static T Discarded<T>(Func<T> run)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return run();
        }

        // Whatever .NET has written is already on the descriptor (Console.Out flushes on every write).
        int saved = Dup(StandardOutput);
        int sink = saved < 0 ? -1 : Open("/dev/null", WriteOnly);
        if (sink < 0 || Dup2(sink, StandardOutput) < 0)
        {
            Close(sink);
            Close(saved);
            return run();
        }

        try
        {
            return run();
        }
        finally
        {
            // C's buffered output must reach /dev/null before descriptor 1 is given back.
            _ = FFlush(IntPtr.Zero);
            _ = Dup2(saved, StandardOutput);
            Close(saved);
            Close(sink);
        }
    }

    private static void Close(int descriptor)
    {
        if (descriptor >= 0)
        {
            _ = CloseDescriptor(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "dup")]
    private static partial int Dup(int descriptor);

    [LibraryImport("libc", EntryPoint = "dup2")]
    private static partial int Dup2(int descriptor, int target);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseDescriptor(int descriptor);

    [LibraryImport("libc", EntryPoint = "fflush")]
    private static partial int FFlush(IntPtr stream);
}
