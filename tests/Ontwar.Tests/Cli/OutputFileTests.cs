using System.Diagnostics;
using Ontwar.Cli;
using Xunit;

namespace Ontwar.Tests.Cli;

/// <summary><c>--output</c>: atomic replacement of regular files only, modes kept, links followed, short temporary names.</summary>
/// <remarks>File modes, FIFOs and devices are Unix matters; CI runs on Linux.</remarks>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ontwar-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private string[] Entries() => [.. Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Writes_a_new_file_and_leaves_no_temporary_file()
    {
        OutputFile.Write(PathOf("plan.json"), "{}\n");

        Assert.Equal("{}\n", File.ReadAllText(PathOf("plan.json")));
        Assert.Equal(["plan.json"], Entries());
    }

    [Fact]
    public void Replaces_a_file_and_keeps_its_mode()
    {
        var file = PathOf("plan.json");
        File.WriteAllText(file, "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        OutputFile.Write(file, "new");

        Assert.Equal("new", File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void A_name_of_250_characters_works()
    {
        var name = new string('n', 250);

        OutputFile.Write(PathOf(name), "x");

        Assert.Equal([name], Entries());
    }

    [Fact]
    public void Follows_a_symbolic_link_and_keeps_it()
    {
        File.WriteAllText(PathOf("target.json"), "old");
        File.CreateSymbolicLink(PathOf("link.json"), PathOf("target.json"));

        OutputFile.Write(PathOf("link.json"), "new");

        Assert.Equal(OutputFile.Kind.Link, OutputFile.KindOf(PathOf("link.json")));
        Assert.Equal("new", File.ReadAllText(PathOf("target.json")));
        Assert.Equal(["link.json", "target.json"], Entries());
    }

    [Fact]
    public void Refuses_a_link_to_nothing()
    {
        File.CreateSymbolicLink(PathOf("link.json"), PathOf("missing.json"));

        var e = Assert.Throws<CliException>(() => OutputFile.Write(PathOf("link.json"), "x"));

        Assert.Contains("symbolic link to a file that does not exist", e.Message, StringComparison.Ordinal);
        Assert.Equal(["link.json"], Entries());
    }

    [Fact]
    public void Refuses_a_folder_a_device_and_a_fifo()
    {
        Directory.CreateDirectory(PathOf("folder"));
        var fifo = PathOf("fifo");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]))!)
        {
            mkfifo.WaitForExit();
        }

        Assert.Contains("it is a folder", Assert.Throws<CliException>(() => OutputFile.Write(PathOf("folder"), "x")).Message, StringComparison.Ordinal);
        Assert.Equal(OutputFile.Kind.Special, OutputFile.KindOf(fifo));
        Assert.Contains("device, FIFO or socket", Assert.Throws<CliException>(() => OutputFile.Write(fifo, "x")).Message, StringComparison.Ordinal);
        Assert.Equal(OutputFile.Kind.Special, OutputFile.KindOf("/dev/null"));
        Assert.Contains("device, FIFO or socket", Assert.Throws<CliException>(() => OutputFile.Write("/dev/null", "x")).Message, StringComparison.Ordinal);
        Assert.Equal(OutputFile.Kind.Special, OutputFile.KindOf(fifo));
    }

    [Fact]
    public void Refuses_a_read_only_file_and_leaves_it()
    {
        var file = PathOf("plan.json");
        File.WriteAllText(file, "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead);

        var e = Assert.Throws<CliException>(() => OutputFile.Write(file, "new"));

        Assert.Contains("read-only", e.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(file));
    }

    [Fact]
    public void Refuses_a_missing_folder()
    {
        var e = Assert.Throws<CliException>(() => OutputFile.Write(PathOf(Path.Combine("missing", "plan.json")), "x"));

        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tells_files_folders_and_missing_paths_apart()
    {
        File.WriteAllText(PathOf("file"), "x");

        Assert.Equal(OutputFile.Kind.File, OutputFile.KindOf(PathOf("file")));
        Assert.Equal(OutputFile.Kind.Directory, OutputFile.KindOf(_folder));
        Assert.Equal(OutputFile.Kind.Missing, OutputFile.KindOf(PathOf("missing")));
        Assert.Equal(OutputFile.Kind.Missing, OutputFile.KindOf(PathOf(Path.Combine("file", "below"))));
    }

    [Fact]
    public void The_command_line_exits_2_with_one_line_for_a_device()
    {
        var result = CliRunner.Run("validate", Serialization.Json.SamplePath("maria.json"), "--format", "json", "--output", "/dev/null");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("ontwar: cannot write '/dev/null': it is a device, FIFO or socket, not a regular file; Ontwar replaces only regular files (write to standard output and redirect it instead).", Assert.Single(result.ErrorLines));
    }
}
