using System.Text;
using System.Text.Json;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class ValidateCommandTests
{
    private static readonly string Maria = Json.SamplePath("maria.json");

    [Theory]
    [InlineData("maria.json")]
    [InlineData("stederen.json")]
    public void A_valid_file_exits_0_with_nothing_on_stdout(string sample)
    {
        var r = CliRunner.Run("validate", Json.SamplePath(sample));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Contains(": valid (", Assert.Single(r.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_file_exits_2_with_one_line_per_problem()
    {
        var r = CliRunner.RunWithText(Json.Minimal(activity: ", \"workload\": -1", member: ", \"maxTeams\": 0"), "validate", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Equal(
            [
                "$.activities[0].workload: Expected a workload in hours, greater than zero, found -1. [not-positive]",
                "$.members[0].maxTeams: Expected a number of teams, a whole number of at least 1, found 0. [out-of-range]",
            ],
            r.ErrorLines);
    }

    [Fact]
    public void Json_format_prints_the_report_on_stdout()
    {
        var r = CliRunner.RunWithText(Json.Minimal(member: ", \"hours\": 0"), "validate", "-", "--format", "json");
        Assert.Equal(2, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("<stdin>", root.GetProperty("file").GetString());
        Assert.False(root.GetProperty("valid").GetBoolean());
        var d = Assert.Single(root.GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("not-positive", d.GetProperty("code").GetString());
        Assert.Equal("$.members[0].hours", d.GetProperty("path").GetString());
    }

    [Fact]
    public void Json_format_of_a_valid_file_summarises_it()
    {
        var r = CliRunner.Run("validate", Maria, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.True(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(5, doc.RootElement.GetProperty("counts").GetProperty("activities").GetInt32());
        Assert.Empty(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void Standard_input_is_read_as_bytes_and_checked_for_utf8()
    {
        using var good = new MemoryStream(File.ReadAllBytes(Maria));
        Assert.Equal(0, CliRunner.Run(good, "validate", "-").ExitCode);

        using var bad = new MemoryStream([.. "{\"name\": \"caf"u8, 0xE9, .. "\"}"u8]);
        var r = CliRunner.Run(bad, "validate", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.EndsWith("[invalid-utf8]", Assert.Single(r.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_standard_input_keeps_non_ascii_letters()
    {
        // Maria's sample has "Hygiënische zorgen": the text reader is encoded back to the same UTF-8 bytes.
        var r = CliRunner.RunWithText(File.ReadAllText(Maria), "validate", "-", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("<stdin>", doc.RootElement.GetProperty("file").GetString());
        Assert.Equal("Maria: heupbreuk, thuis blijven wonen", doc.RootElement.GetProperty("scenario").GetString());
    }

    [Fact]
    public void A_missing_file_exits_2_naming_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ontwar-missing-" + Guid.NewGuid().ToString("N") + ".json");
        var r = CliRunner.Run("validate", missing);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        var line = Assert.Single(r.ErrorLines);
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.Contains("does not exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_instead_of_a_file_exits_2()
    {
        var r = CliRunner.Run("validate", Path.GetTempPath());
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("folder", Assert.Single(r.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "a.json", "--format", "xml")]
    [InlineData("validate", "a.json", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Usage_errors_exit_2_without_output(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.StartsWith("ontwar: ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_goes_to_stdout_and_exits_0()
    {
        var r = CliRunner.Run("validate", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--format", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_writes_the_json_report_to_a_file_atomically()
    {
        var folder = Directory.CreateTempSubdirectory("ontwar-cli-");
        try
        {
            var target = Path.Combine(folder.FullName, "report.json");
            File.WriteAllText(target, "old content");
            var r = CliRunner.Run("validate", Maria, "--format", "json", "--output", target);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal(string.Empty, r.Stdout);
            using var doc = JsonDocument.Parse(File.ReadAllText(target));
            Assert.True(doc.RootElement.GetProperty("valid").GetBoolean());
            Assert.Equal(["report.json"], folder.GetFiles().Select(f => f.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Output_into_a_missing_folder_exits_2_and_writes_nothing()
    {
        var target = Path.Combine(Path.GetTempPath(), "ontwar-no-folder-" + Guid.NewGuid().ToString("N"), "report.json");
        var r = CliRunner.Run("validate", Maria, "--format", "json", "--output", target);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("does not exist", Assert.Single(r.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Output_with_text_format_is_a_usage_error()
    {
        var r = CliRunner.Run("validate", Maria, "--output", Path.Combine(Path.GetTempPath(), "x.json"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--format json", Assert.Single(r.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_failure_exits_1_with_one_line_and_no_stack_trace()
    {
        using var failing = new FailingStream();
        var r = CliRunner.Run(failing, "validate", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.StartsWith("ontwar: unexpected error: the disk said no", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        using var failing = new FailingStream();
        var r = CliRunner.Run(failing, "validate", "-", "--verbose");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Program_main_is_wired_to_the_same_entry_point()
    {
        // The tool's Main delegates to CliApp.Run; running the built assembly's entry point with --help proves the wiring.
        var entry = typeof(Ontwar.Cli.CliApp).Assembly.EntryPoint!;
        var stdout = Console.Out;
        using var capture = new StringWriter();
        try
        {
            Console.SetOut(capture);
            Assert.Equal(0, entry.Invoke(null, [new[] { "--help" }]));
        }
        finally
        {
            Console.SetOut(stdout);
        }

        Assert.Contains("validate", capture.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A stream whose reads fail with an exception Ontwar does not expect from an input.</summary>
    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("the disk said no");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
