using System.Reflection;
using System.Runtime.InteropServices;

namespace Ontwar.Cbc.Native;

/// <summary>
/// Finds and loads CBC's C library and points the engine's P/Invoke declarations at it. The library names tried are
/// <see cref="DefaultCandidates"/>; <see cref="Load"/> takes others so that the missing-library path can be tested
/// without uninstalling anything.
/// </summary>
internal static class CbcLibrary
{
    /// <summary>The Debian package that provides the library.</summary>
    internal const string DebianPackage = "coinor-libcbc3";

    private static readonly object Gate = new();
    private static IntPtr s_handle;
    private static bool s_resolverSet;

    /// <summary>The names tried, in order: the Debian soname, the development symlink, then the platform's own naming of <c>CbcSolver</c>.</summary>
    internal static IReadOnlyList<string> DefaultCandidates { get; } = ["libCbcSolver.so.3", "libCbcSolver.so", "CbcSolver"];

    /// <summary>Loads the library once per process and registers the resolver for <see cref="CbcNative"/>.</summary>
    /// <exception cref="CbcNotAvailableException">No candidate could be loaded.</exception>
    internal static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (s_handle != IntPtr.Zero)
            {
                return;
            }

            s_handle = Load(DefaultCandidates);
            if (!s_resolverSet)
            {
                NativeLibrary.SetDllImportResolver(typeof(CbcLibrary).Assembly, Resolve);
                s_resolverSet = true;
            }
        }
    }

    /// <summary>Loads the first candidate that the platform's loader finds.</summary>
    /// <param name="candidates">Library names or paths.</param>
    /// <returns>The native library handle.</returns>
    /// <exception cref="CbcNotAvailableException">No candidate could be loaded; the message names the Debian package.</exception>
    internal static IntPtr Load(IReadOnlyList<string> candidates)
    {
        Exception? last = null;
        foreach (var name in candidates)
        {
            try
            {
                return NativeLibrary.Load(name, typeof(CbcLibrary).Assembly, null);
            }
            catch (DllNotFoundException e)
            {
                last = e;
            }
            catch (BadImageFormatException e)
            {
                last = e;
            }
        }

        throw new CbcNotAvailableException(NotAvailableMessage(candidates), last);
    }

    /// <summary>The message of <see cref="CbcNotAvailableException"/>.</summary>
    /// <param name="candidates">The names that were tried.</param>
    /// <returns>What is missing and how to install it.</returns>
    internal static string NotAvailableMessage(IReadOnlyList<string> candidates)
        => $"The COIN-OR CBC solver library could not be loaded (tried {string.Join(", ", candidates)}). "
           + $"The CBC engine needs CBC's C library, libCbcSolver.so.3 (CBC 2.10): on Debian or Ubuntu install the package "
           + $"{DebianPackage} with 'sudo apt-get install {DebianPackage}'; elsewhere install CBC and put libCbcSolver on the "
           + "library search path (LD_LIBRARY_PATH, DYLD_LIBRARY_PATH or PATH). Ontwar's own engines do not need it.";

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
        => libraryName == CbcNative.LibraryName ? s_handle : IntPtr.Zero;
}
