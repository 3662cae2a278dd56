using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Ontwar.Cli;

/// <summary>
/// Writes <c>--output</c> files safely: the text goes to a short-named temporary file beside the target, which is then
/// renamed over it, so a reader never sees half a file and a failure leaves the old file intact. Only a regular file
/// (or nothing) is replaced: a folder, a device such as <c>/dev/null</c>, a FIFO or a socket is refused, as is a
/// read-only file. A symbolic link is followed: the file it points to is replaced and the link is kept; a link to
/// nothing is refused. A replaced file keeps its permissions (its Unix file mode).
/// </summary>
internal static partial class OutputFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What a path names, as far as replacing it goes.</summary>
    internal enum Kind
    {
        /// <summary>Nothing: the path does not exist.</summary>
        Missing,

        /// <summary>A regular file.</summary>
        File,

        /// <summary>A folder.</summary>
        Directory,

        /// <summary>A symbolic link (not followed).</summary>
        Link,

        /// <summary>A device, FIFO or socket: something a rename would destroy rather than update.</summary>
        Special,
    }

    /// <summary>Writes <paramref name="content"/> (UTF-8, no byte-order mark) to <paramref name="outputPath"/>, replacing a regular file atomically.</summary>
    /// <exception cref="CliException">The path is not valid, names something that is not a regular file, or cannot be written.</exception>
    internal static void Write(string outputPath, string content)
    {
        var full = Target(outputPath);
        var folder = Path.GetDirectoryName(full) ?? full;
        var kind = KindOf(full);
        UnixFileMode? mode = null;
        if (kind == Kind.File)
        {
            if ((File.GetAttributes(full) & FileAttributes.ReadOnly) != 0)
            {
                throw new CliException($"cannot write '{outputPath}': the file is read-only; make it writable or choose another name.");
            }

            mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(full);
        }

        // Short and random: a 250-character target name still leaves room, and no two runs share a temporary file.
        var temp = Path.Combine(folder, $".ontwar-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            // CreateNew: never write through a file or link someone placed under that name.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, Utf8NoBom))
            {
                writer.Write(content);
            }

            if (mode is { } m && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, m);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{outputPath}': {e.Message}", e);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>The file to replace: the full path, or where a symbolic link finally points; checked to be replaceable.</summary>
    private static string Target(string outputPath)
    {
        string full;
        try
        {
            full = Path.GetFullPath(outputPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliException($"cannot write '{outputPath}': not a valid path.", e);
        }

        if (KindOf(full) == Kind.Link)
        {
            FileSystemInfo? final;
            try
            {
                final = File.ResolveLinkTarget(full, returnFinalTarget: true);
            }
            catch (IOException e)
            {
                throw new CliException($"cannot write '{outputPath}': the symbolic link cannot be followed ({e.Message}).", e);
            }

            if (final is null || KindOf(final.FullName) == Kind.Missing)
            {
                throw new CliException($"cannot write '{outputPath}': it is a symbolic link to a file that does not exist; give the file itself.");
            }

            full = final.FullName;
        }

        switch (KindOf(full))
        {
            case Kind.Directory:
                throw new CliException($"cannot write '{outputPath}': it is a folder; give a file name.");
            case Kind.Special:
                throw new CliException($"cannot write '{outputPath}': it is a device, FIFO or socket, not a regular file; Ontwar replaces only regular files (write to standard output and redirect it instead).");
        }

        var folder = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(folder))
        {
            throw new CliException($"cannot write '{outputPath}': the folder '{folder}' does not exist.");
        }

        return full;
    }

    /// <summary>What a path names, without following a final symbolic link.</summary>
    internal static Kind KindOf(string path)
    {
        if (OperatingSystem.IsLinux() && LinuxFileType(path) is { } type)
        {
            return type;
        }

        // Elsewhere .NET tells folders, links and files apart; devices and FIFOs are a Unix matter this covers on Linux.
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return info.LinkTarget is null ? Kind.Missing : Kind.Link;
        }

        if (info.LinkTarget is not null)
        {
            return Kind.Link;
        }

        return Directory.Exists(path) ? Kind.Directory : Kind.File;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file is harmless and its name says what made it.
        }
    }

    /// <summary>The file type from <c>statx(2)</c>, whose layout is the same on every Linux architecture; null when unavailable.</summary>
    private static Kind? LinuxFileType(string path)
    {
        const int AtFdCwd = -100;
        const int AtSymlinkNoFollow = 0x100;
        const uint StatxType = 0x1;
        const int ModeOffset = 28;
        const int NoSuchFile = 2;
        const int NotADirectory = 20;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                int error = Marshal.GetLastPInvokeError();
                return error is NoSuchFile or NotADirectory ? Kind.Missing : null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        int type = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return type switch
        {
            0x8000 => Kind.File,
            0x4000 => Kind.Directory,
            0xA000 => Kind.Link,
            _ => Kind.Special,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
